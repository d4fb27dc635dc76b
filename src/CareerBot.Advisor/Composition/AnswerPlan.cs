using CareerBot.Advisor.Grounding;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Composition;

/// <summary>
/// What an answer will be made of, offline or by the language model: the records chosen (null when no record answers
/// and a passage does), and the grounding context that numbers their passages 1..n as the offline answer cites them.
/// <see cref="ModelContext"/> is what a language model gets: the same first, then the other records that fit.
/// <see cref="Key"/> names the plan for the cache of composed answers: two questions with the same plan get the same
/// answer. A passage answer quotes <see cref="Excerpt"/> when set (the sentence that gives a detail asked), else the
/// passage's opening; <see cref="Topic"/> is the topic it keeps the conversation on.
/// </summary>
internal sealed record AnswerPlan(RecordSelection? Selection, GroundingContext Context, GroundingContext ModelContext, string Key)
{
    public string? Excerpt { get; init; }

    public FactTopic? Topic { get; init; }
}
