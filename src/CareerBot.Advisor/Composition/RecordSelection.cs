using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Composition;

/// <summary>
/// The records an answer is made of: <see cref="Lead"/> answer the question in its first sentence, <see cref="Points"/>
/// support it; <see cref="Uncovered"/> are the user's words for the facets the articles say nothing about ("Japon"),
/// the answer then giving the closest the articles cover. <see cref="Topic"/> may differ from the question's when a
/// facet only exists elsewhere ("et le master ?" after a salary question reads as the schools). <see cref="Matching"/>
/// is every record that fits, best first (lead and points included): what a language model may draw on.
/// <see cref="Polar"/> says the lead answers yes or no about a need, its records carrying the side they take.
/// <see cref="NoFigure"/> says the question asks for a number that none of these records gives.
/// </summary>
internal sealed record RecordSelection(FactTopic Topic, IReadOnlyList<Fact> Lead, IReadOnlyList<Fact> Points, IReadOnlyList<string> Uncovered)
{
    public IReadOnlyList<Fact> Matching { get; init; } = [];

    public PolarQuestion Polar { get; init; }

    public bool NoFigure { get; init; }

    public IEnumerable<Fact> All => Lead.Concat(Points);
}
