using System.Text.Json.Nodes;

namespace CareerBot.BotFramework.Tests.Schema.Entities;

/// <summary>Compares JSON by structure: property order and formatting do not matter, names, values and types do.</summary>
internal static class JsonAssert
{
    public static void Equivalent(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}{Environment.NewLine}but got {actual}");
}
