namespace CareerBot.Knowledge.Facts;

/// <summary>What a salary figure is counted over.</summary>
public enum PayPeriod
{
    Day,
    Month,
    Year,
}
