namespace CareerBot.EndToEnd.Tests.Soak;

/// <summary>
/// The soak runs alone, after the other tests: it keeps both cores busy, which would slow the tests that check a
/// deadline, and their hosts would blur its memory and throughput figures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakCollection
{
    public const string Name = "Soak";
}
