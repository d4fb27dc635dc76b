namespace CareerBot.Advisor.Tests.Support;

/// <summary>The test classes that share one load of the real knowledge folder.</summary>
[CollectionDefinition(Name)]
public sealed class RealKnowledgeCollection : ICollectionFixture<RealKnowledgeFixture>
{
    public const string Name = "Real knowledge";
}
