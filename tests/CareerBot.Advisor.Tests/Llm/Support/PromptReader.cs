using CareerBot.Testing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Advisor.Tests.Llm.Support;

/// <summary>Reads the grounded prompt the way a model would: the numbered sources and the question.</summary>
internal static partial class PromptReader
{
    public static IReadOnlyList<(int Id, string Text)> Sources(string user) =>
        [.. Source().Matches(user).Select(m => (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value))];

    /// <summary>How many sources are retrieved passages: the ones before the first fact quote (<c>kind="quote"</c>).</summary>
    public static int PassageCount(string user) => Opening().Matches(user).TakeWhile(m => !m.Value.Contains("kind=\"quote\"", StringComparison.Ordinal)).Count();

    /// <summary>The number of the first source whose text contains <paramref name="text"/>, or null.</summary>
    public static int? SourceContaining(string user, string text) =>
        Sources(user).Where(s => s.Text.Contains(text, StringComparison.Ordinal)).Select(s => (int?)s.Id).FirstOrDefault();

    public static string? Question(string user) => QuestionTag().Match(user) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"<source id=""(\d+)""[^>]*>\n(.*?)\n</source>", RegexOptions.Singleline)]
    private static partial Regex Source();

    [GeneratedRegex(@"<source id=""\d+""[^>]*>")]
    private static partial Regex Opening();

    [GeneratedRegex(@"<question>(.*?)</question>", RegexOptions.Singleline)]
    private static partial Regex QuestionTag();
}
