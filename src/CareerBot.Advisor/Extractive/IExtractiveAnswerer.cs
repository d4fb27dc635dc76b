using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Grounding;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// The offline answer: sentences of the top passages that answer the question, grouped by source, the matching
/// fact-sheet records (with a note when sources disagree), and the sources list. Needs no network and never fails.
/// </summary>
public interface IExtractiveAnswerer
{
    Answer Compose(AnswerRequest request, GroundingContext context);
}
