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

    public static Fact Fact(string id, string kind, string source, string quote, string? summary = null) =>
        new() { Id = id, Kind = kind, Source = source, Quote = quote, Summary = summary };

    public static Fact Salary(
        string id,
        string source,
        string quote,
        decimal? amount,
        decimal? amountMax = null,
        string currency = "EUR",
        string period = "year",
        string basis = "gross",
        string level = "junior",
        string? country = "FR",
        string? summary = null) =>
        new()
        {
            Id = id,
            Kind = "salary",
            Source = source,
            Quote = quote,
            Summary = summary,
            Amount = amount,
            AmountMax = amountMax,
            Currency = amount is null ? null : currency,
            Period = period,
            Basis = basis,
            Level = level,
            Country = country,
        };

    public static GroundingContext Context(params SearchHit[] hits) => new(hits, []);

    public static GroundingContext Context(IReadOnlyList<SearchHit> hits, params Fact[] facts) => new(hits, facts);
}
