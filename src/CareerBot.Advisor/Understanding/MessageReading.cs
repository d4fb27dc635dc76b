using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Understanding;

/// <summary>
/// What one message says on its own: the topics its words point to (score: the words of the matched phrases), the
/// facet values it names (with the words used), and its shape (a follow-up opening, a request for the other side or
/// for every figure). Its <see cref="Unknown"/> words are those neither the vocabulary nor the articles know.
/// </summary>
internal sealed record MessageReading(
    IReadOnlyDictionary<FactTopic, int> Topics,
    IReadOnlyDictionary<string, (string Value, string Words)> Facets,
    bool OpensAsFollowUp,
    bool Contrary,
    bool AllFigures,
    int Known,
    int Unknown)
{
    /// <summary>The topic with the highest score; a tie goes to the topic listed first in the vocabulary.</summary>
    public FactTopic? BestTopic(IReadOnlyList<FactTopic> order)
    {
        FactTopic? best = null;
        var bestScore = 0;
        foreach (var topic in order)
        {
            if (Topics.TryGetValue(topic, out var score) && score > bestScore)
            {
                (best, bestScore) = (topic, score);
            }
        }

        return best;
    }

    public bool SaysAnything => Topics.Count > 0 || Facets.Count > 0 || Contrary || AllFigures;
}
