using System.Text.Json.Serialization;

namespace CareerBot.Knowledge.Facts;

/// <summary>The experience level a salary figure is for, as the <c>level</c> facet of <c>facts.json</c> writes it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CareerLevel>))]
public enum CareerLevel
{
    Junior,
    Confirmed,
    Senior,

    /// <summary>The source gives the figure for the job as a whole, whatever the experience.</summary>
    All,
}

public static class CareerLevels
{
    /// <summary>The level a facet value names (<c>junior</c>, <c>confirmed</c>, <c>senior</c>, <c>all</c>); null otherwise.</summary>
    public static CareerLevel? Parse(string? value) => value switch
    {
        "junior" => CareerLevel.Junior,
        "confirmed" => CareerLevel.Confirmed,
        "senior" => CareerLevel.Senior,
        "all" => CareerLevel.All,
        _ => null,
    };

    /// <summary>The sources say "confirmé", "expérimenté" or "senior" for the same level: past the first years.</summary>
    public static bool IsExperienced(this CareerLevel level) => level is CareerLevel.Confirmed or CareerLevel.Senior;
}
