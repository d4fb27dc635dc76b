using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Grounding;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// The sources of an extractive answer, one per cited number: the article's title and, as the quote, the extracts
/// of the passage the answer relies on (joined by " … "), or for a fact whose passage was not retrieved, its quote
/// (with the passage that holds it when the knowledge base has it).
/// </summary>
internal static class SourceList
{
    private const string Gap = " … ";

    public static IReadOnlyList<AnswerSource> Of(CitedExtracts cited, CitationMap map, CorpusView corpus) =>
        cited.Numbers.Select(number =>
        {
            if (map.PassageAt(number) is { } hit)
            {
                var passage = hit.Passage;
                return new AnswerSource(number, passage.Id, passage.SourceId, passage.SourceTitle, string.Join(Gap, cited.Of(number, passage.Text)));
            }

            var fact = map.QuoteAt(number)!;
            var holder = corpus.PassageQuoting(fact.Quote);
            return new AnswerSource(number, holder?.Id ?? fact.Source, fact.Source, corpus.TitleOf(fact.Source) ?? fact.Source, fact.Quote);
        }).ToList();
}
