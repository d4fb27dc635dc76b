using CareerBot.Knowledge.Chunking;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// A passage found for a question. <see cref="Rank"/> starts at 1. <see cref="Score"/> orders the hits (BM25, or the
/// fused rank score in hybrid mode; comments already scaled down). <see cref="Relevance"/> is the 0–1 share of the
/// question's concepts that the passage contains, the figure the <c>MinScore</c> floor applies to.
/// </summary>
public sealed record SearchHit(Passage Passage, double Score, int Rank, double Relevance);
