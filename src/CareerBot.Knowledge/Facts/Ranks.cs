namespace CareerBot.Knowledge.Facts;

/// <summary>The values of the <see cref="FacetNames.Rank"/> facet a question may name.</summary>
public static class Ranks
{
    /// <summary>The top of the pay figures ("le plus haut salaire", "the highest pay ever advertised").</summary>
    public const string Highest = "highest";

    /// <summary>The bottom of the pay figures ("le salaire le plus bas", "the lowest pay").</summary>
    public const string Lowest = "lowest";
}
