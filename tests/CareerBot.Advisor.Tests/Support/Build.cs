using CareerBot.Advisor.Grounding;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Tests.Support;

/// <summary>Hand-made passages, hits, facts and contexts for unit tests.</summary>
internal static class Build
{
    public static SearchHit Hit(string text, string source = "src", int n = 1, string title = "Un article", string? heading = null, PassageKind kind = PassageKind.Article, int rank = 1) =>
        new(new Passage($"{source}#{n}", source, title, heading, kind, text) { Section = heading }, 10.0 / rank, rank, 1.0);

    public static Fact Fact(string id, FactTopic topic, string source, string quote, string? label = null) =>
        new() { Id = id, Topic = topic, Source = source, Quote = quote, Label = new(label ?? quote, label ?? quote) };

    public static Fact Salary(
        string id,
        string source,
        string quote,
        decimal? amount,
        decimal? amountMax = null,
        string currency = "EUR",
        PayPeriod period = PayPeriod.Year,
        PayBasis basis = PayBasis.Gross,
        string level = "junior",
        string? country = "FR",
        string? label = null) =>
        new()
        {
            Id = id,
            Topic = FactTopic.Salary,
            Source = source,
            Quote = quote,
            Label = new(label ?? quote, label ?? quote),
            Amount = amount,
            AmountMax = amountMax,
            Currency = amount is null ? null : currency,
            Period = period,
            Basis = basis,
            Facets = country is null ? new Dictionary<string, string> { [FacetNames.Level] = level } : new Dictionary<string, string> { [FacetNames.Level] = level, [FacetNames.Country] = country },
        };

    public static GroundingContext Context(params SearchHit[] hits) => new(hits, []);

    public static GroundingContext Context(IReadOnlyList<SearchHit> hits, params Fact[] facts) => new(hits, facts);
}
