namespace CareerBot.Advisor.Grounding;

public enum GroundingViolationKind
{
    /// <summary>An amount, percentage, year or count found in no given passage nor matching fact.</summary>
    Number,

    /// <summary>A named employer, school or platform found in no given passage nor matching fact.</summary>
    Name,

    /// <summary>A citation [n] with no passage n in the context.</summary>
    Citation,
}
