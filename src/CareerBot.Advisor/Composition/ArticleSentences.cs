using System.Text.RegularExpressions;

namespace CareerBot.Advisor.Composition;

/// <summary>The sentences of the articles' text, one way for every part that quotes less than a whole passage or quote.</summary>
internal static partial class ArticleSentences
{
    /// <summary>The sentences of <paramref name="text"/>, verbatim, cut after an end mark before a capital or an opening quote.</summary>
    public static string[] Split(string text) => SentenceEnd().Split(text);

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[«“""\p{Lu}])")]
    private static partial Regex SentenceEnd();
}
