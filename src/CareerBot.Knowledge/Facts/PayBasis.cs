namespace CareerBot.Knowledge.Facts;

/// <summary>Whether a salary figure is before or after social charges, or the source does not say.</summary>
public enum PayBasis
{
    Gross,
    Net,
    Unknown,
}
