namespace CareerBot.Knowledge.Search;

/// <summary>A candidate passage of one ranking, by document number.</summary>
internal sealed record RankedPassage(int Doc, double Score, double Relevance);
