namespace CareerBot.Advisor.Grounding;

/// <summary>One thing an answer says that the sources don't: its kind, the offending text, and why.</summary>
public sealed record GroundingViolation(GroundingViolationKind Kind, string Text, string Reason);
