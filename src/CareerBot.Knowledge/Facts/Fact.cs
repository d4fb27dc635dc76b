namespace CareerBot.Knowledge.Facts;

/// <summary>
/// One record of <c>facts.json</c>: a fact of source <see cref="Source"/>, stated verbatim by <see cref="Quote"/>,
/// about <see cref="Topic"/>, with its <see cref="Label"/> in French and English and its <see cref="Facets"/>
/// (level, country, sector…). The pay fields are set only for <see cref="FactTopic.Salary"/>.
/// </summary>
public sealed record Fact
{
    public required string Id { get; init; }

    public required FactTopic Topic { get; init; }

    public required string Source { get; init; }

    public required string Quote { get; init; }

    public required BilingualText Label { get; init; }

    /// <summary>Facet name (<see cref="FacetNames"/>) to value; empty when the record has none.</summary>
    public IReadOnlyDictionary<string, string> Facets { get; init; } = new Dictionary<string, string>();

    /// <summary>The figure, or the low end of a range; null when the source gives no figure.</summary>
    public decimal? Amount { get; init; }

    public decimal? AmountMax { get; init; }

    public string? Currency { get; init; }

    public PayPeriod? Period { get; init; }

    public PayBasis? Basis { get; init; }

    /// <summary>The <c>level</c> facet, typed; null when the record has none (or names no level, which the parser rejects).</summary>
    public CareerLevel? Level => CareerLevels.Parse(Facet(FacetNames.Level));

    /// <summary>ISO country code, or null when the source does not say.</summary>
    public string? Country => Facet(FacetNames.Country);

    public string? Facet(string name) => Facets.TryGetValue(name, out var value) ? value : null;
}
