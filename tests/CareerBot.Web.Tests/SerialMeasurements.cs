namespace CareerBot.Web.Tests;

/// <summary>
/// Tests that measure the process (managed memory): they run alone, after the parallel ones, so that other tests'
/// allocations do not blur the figure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialMeasurements
{
    public const string Name = "Serial measurements";
}
