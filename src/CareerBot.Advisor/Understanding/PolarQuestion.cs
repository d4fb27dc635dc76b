namespace CareerBot.Advisor.Understanding;

/// <summary>A question answered by yes or no about what the job needs.</summary>
internal enum PolarQuestion
{
    /// <summary>Not such a question.</summary>
    None,

    /// <summary>Whether something is needed: "faut-il savoir coder ?", "do I need a degree?".</summary>
    Need,

    /// <summary>Whether one can do without it: "peut-on devenir prompt engineer sans diplôme ?".</summary>
    Without,
}
