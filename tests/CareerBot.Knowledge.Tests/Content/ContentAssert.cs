namespace CareerBot.Knowledge.Tests.Content;

internal static class ContentAssert
{
    /// <summary>Fails with every problem on its own line: xunit's collection message would cut them short.</summary>
    public static void NoProblems(IReadOnlyCollection<string> problems) =>
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n" + string.Join('\n', problems));
}
