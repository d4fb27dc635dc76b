using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CareerBot.Advisor.Language;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;
using CareerBot.Knowledge.Evaluation;
using CareerBot.Knowledge.Text;

namespace CareerBot.Web.Evaluation;

/// <summary>
/// Reads a bot reply the way the conversation evaluation scores it: the body (the text before the sources the
/// channel appended), the <c>[n]</c> markers, the entity citations, words, figures, language, and matching of
/// expected and forbidden strings insensitive to case, accents, whitespace and digit grouping.
/// </summary>
public static partial class ReplyText
{
    /// <summary>
    /// The text before the sources <c>CitedMessage</c> appends: Web Chat / Direct Line reference definitions
    /// (<c>[n]: url "title"</c> lines) or the "Sources" list of the other channels. Teams' text has nothing appended.
    /// </summary>
    public static string Body(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cut = text.Length;
        foreach (var regex in new[] { ReferenceDefinition(), SourcesHeading() })
        {
            var match = regex.Match(text);
            if (match.Success && match.Index < cut)
            {
                cut = match.Index;
            }
        }

        return text[..cut].TrimEnd();
    }

    /// <summary>The numbers of the <c>[n]</c> markers of <paramref name="body"/>, in order of first appearance.</summary>
    public static IReadOnlyList<int> Markers(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Marker().Matches(body)
            .Select(m => int.Parse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
    }

    /// <summary>The positions of the citations of the activity's schema.org Message entity (empty when it has none).</summary>
    public static IReadOnlyList<int> EntityCitations(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (activity.Entities ?? [])
            .Select(AIMessageEntity.FromEntity)
            .Where(e => e?.Citation is not null)
            .SelectMany(e => e!.Citation!.Select(c => c.Position))
            .ToList();
    }

    /// <summary>
    /// Citations numbered 1..n: the body's markers, in order of first appearance, are 1, 2, …, k, and the entity's
    /// citations (when there are any) are exactly {1..k}. A reply without citations passes.
    /// </summary>
    public static bool CitationsNumbered(IReadOnlyList<int> markers, IReadOnlyList<int> entityCitations)
    {
        ArgumentNullException.ThrowIfNull(markers);
        ArgumentNullException.ThrowIfNull(entityCitations);
        for (var i = 0; i < markers.Count; i++)
        {
            if (markers[i] != i + 1)
            {
                return false;
            }
        }

        return entityCitations.Count == 0 || entityCitations.Order().SequenceEqual(Enumerable.Range(1, markers.Count));
    }

    /// <summary>
    /// The words of the body a user reads: citation markers and Markdown syntax are not words, a grouped number
    /// ("45 000") is one word, and a token with no letter or digit ("€", "—") is none.
    /// </summary>
    public static int WordCount(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = NumberMentions.JoinDigitGroups(Marker().Replace(body, " "));
        text = MarkdownLink().Replace(text, "$1");
        return WordSplit().Split(text).Count(w => w.Any(char.IsLetterOrDigit));
    }

    /// <summary>Whether the text holds a figure: a sequence of two digits or more.</summary>
    public static bool HasFigure(string text) => TwoDigits().IsMatch(text ?? string.Empty);

    /// <summary>
    /// Whether every group of <paramref name="expected"/> has one of its <c>a|b</c> alternatives in
    /// <paramref name="text"/>; returns the groups that have none.
    /// </summary>
    public static IReadOnlyList<string> MissingGroups(string text, IEnumerable<string> expected) => FactMatcher.MissingGroups(text, expected);

    /// <summary>The entries of <paramref name="forbidden"/> found in <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> FoundForbidden(string text, IEnumerable<string> forbidden)
    {
        ArgumentNullException.ThrowIfNull(forbidden);
        var haystack = FactMatcher.Normalize(text);
        return forbidden.Where(f => FactMatcher.Contains(haystack, FactMatcher.Normalize(f))).ToList();
    }

    /// <summary>
    /// Whether the body's own words are English. Quoted evidence (« », “ ”, " ") is removed, since an English answer
    /// may quote the French articles, and so are proper names (capitalised words inside a sentence: « Guardia School »,
    /// « Morgan McKinley »), which belong to no language, and lines that are only a bold heading: today they are the
    /// titles of the (French) articles an answer groups its quotes under, names rather than the bot's words. What is left goes to the project's
    /// <see cref="LanguageDetector"/>, the same function-word and diacritic count the bot uses to choose the reply's
    /// language, with French as the fallback: English must lead, a tie (or nothing left) fails. Using the bot's own
    /// detector keeps one definition of "English" in the project; its French side also counts diacritics, which a
    /// French sentence nearly always has and an English one almost never.
    /// </summary>
    public static bool IsEnglish(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = Quoted().Replace(BoldLine().Replace(Marker().Replace(body, " "), " "), " ");
        var kept = new List<string>();
        var sentenceStart = true;
        foreach (var word in WordSplit().Split(text).Where(w => w.Length > 0))
        {
            var letters = word.TrimStart('*', '_', '(', '[', '-', '—');
            var isName = !sentenceStart && letters.Length > 0 && char.IsUpper(letters[0]);
            if (!isName)
            {
                kept.Add(word);
            }

            sentenceStart = word.EndsWith('.') || word.EndsWith('!') || word.EndsWith('?') || word.EndsWith(':') || word is "-" or "*" or "•";
        }

        return LanguageDetector.Detect(string.Join(' ', kept), LanguageDetector.French) == LanguageDetector.English;
    }

    [GeneratedRegex(@"(?m)^[ \t]*\[\d+\]:[ \t]")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"(?m)^[ \t]*\*\*Sources[\p{Zs}]*:\*\*[ \t]*$")]
    private static partial Regex SourcesHeading();

    /// <summary>A citation marker: <c>[n]</c>, not escaped (<c>\[n\]</c> is the sources list) and not a link's text.</summary>
    [GeneratedRegex(@"(?<!\\)\[(\d{1,3})\](?![(:])")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"[\s]+")]
    private static partial Regex WordSplit();

    [GeneratedRegex(@"\d{2,}")]
    private static partial Regex TwoDigits();

    [GeneratedRegex(@"(?m)^[ \t]*\*\*[^*\n]+\*\*[ \t]*$")]
    private static partial Regex BoldLine();

    [GeneratedRegex(@"«[^»]*»|“[^”]*”|""[^""]*""")]
    private static partial Regex Quoted();

}
