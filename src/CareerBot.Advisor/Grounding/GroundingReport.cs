namespace CareerBot.Advisor.Grounding;

/// <summary>The guard's verdict: grounded when there is no violation.</summary>
public sealed record GroundingReport(IReadOnlyList<GroundingViolation> Violations)
{
    public bool IsGrounded => Violations.Count == 0;
}
