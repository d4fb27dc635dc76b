namespace CareerBot.Knowledge.Search;

/// <summary>
/// Reciprocal rank fusion: each ranking gives an item 1 / (k + rank). Ranks, not scores, are fused, so BM25 scores
/// and cosine similarities need no common scale; k damps the weight of the very first ranks.
/// </summary>
internal static class ReciprocalRankFusion
{
    public static Dictionary<int, double> Fuse(IEnumerable<IEnumerable<int>> rankings, int k)
    {
        var fused = new Dictionary<int, double>();
        foreach (var ranking in rankings)
        {
            var rank = 0;
            foreach (var item in ranking)
            {
                rank++;
                fused[item] = fused.GetValueOrDefault(item) + (1.0 / (k + rank));
            }
        }

        return fused;
    }
}
