using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Advisor.Resources;
using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Documents;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// The reply to « source ? », and to a question on where an article comes from (« c'est de quand ? », "who wrote the
/// Clubic article?"): the articles the question names by their publisher or author, else those the last answer cites,
/// under the numbers it cites them with, each with its publisher, author and date when the article says them; or,
/// before any answer, how the bot cites its sources.
/// </summary>
public sealed partial class SourcesReply(AnswerArchive archive, IKnowledgeSearch knowledge)
{
    /// <summary>The French months as the articles write them, folded, January first.</summary>
    private static readonly string[] Months = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    /// <summary>The front matter fields that say where an article comes from, in the order shown.</summary>
    private static readonly string[] OriginFields = ["publisher", "author", "date"];

    /// <summary>The front matter fields whose words name an article in a question (« l'article de Clubic »).</summary>
    private static readonly string[] NameFields = ["publisher", "author"];

    /// <summary>Whether a message asks who published or wrote an article, or when.</summary>
    public static bool AsksOrigin(string text) => AnswerCues.AsksOrigin(Tokens.Of(text));

    /// <summary>The articles a question names by their publisher or author, with where each comes from; null when it names none.</summary>
    public string? Named(string question, string language)
    {
        var texts = Messages.For(language, ConversationMessages.ResourceManager);
        var words = Tokens.FoldedWords(question).ToHashSet(StringComparer.Ordinal);
        var lines = knowledge.Sources
            .Where(document => NameFields.Select(document.Metadata.GetValueOrDefault).OfType<string>().SelectMany(Tokens.FoldedWords).Any(w => w.Length >= 4 && words.Contains(w)))
            .Select(document => texts.Format(nameof(ConversationMessages.Sources_Article), document.Title, Origin(document)))
            .ToList();
        return lines.Count == 0 ? null : texts.Format(nameof(ConversationMessages.Sources_Named), string.Join('\n', lines));
    }

    public async Task<string> ForAsync(RecentAnswer? last, string language, CancellationToken cancellationToken = default)
    {
        var texts = Messages.For(language, ConversationMessages.ResourceManager);
        var answer = last is null ? null : await archive.FindAsync(last.Answer, cancellationToken).ConfigureAwait(false);
        var lines = (answer?.Sources ?? [])
            .GroupBy(source => SourceIdOf(source.PassageId), StringComparer.Ordinal)
            .Select(article => Line(article.Key, [.. article], texts))
            .ToList();
        return lines.Count == 0
            ? texts.Get(nameof(ConversationMessages.Sources_None))
            : texts.Format(nameof(ConversationMessages.Sources_Last), string.Join('\n', lines));
    }

    private string Line(string sourceId, IReadOnlyList<RecentSource> cited, Messages texts)
    {
        var numbers = string.Join(' ', cited.Select(source => $"[{source.Number}]").Distinct());
        var origin = knowledge.Sources.FirstOrDefault(d => d.Id == sourceId) is { } document ? Origin(document) : string.Empty;
        return origin.Length == 0
            ? texts.Format(nameof(ConversationMessages.Sources_Line), numbers, cited[0].Title)
            : texts.Format(nameof(ConversationMessages.Sources_LineWithOrigin), numbers, cited[0].Title, origin);
    }

    /// <summary>Where an article comes from: its publisher, author and date, those its front matter says.</summary>
    private static string Origin(SourceDocument document) =>
        string.Join(", ", OriginFields
            .Select(key => (Key: key, Value: document.Metadata.GetValueOrDefault(key)))
            .Select(field => field.Key == "date" && field.Value is { } date ? DateOf(date) : field.Value)
            .OfType<string>());

    /// <summary>
    /// The date an article's front matter writes in French (« Mise en ligne : 24/07/25 », « 02 janvier 2024 à 13h03 »),
    /// as 2025-07-24, which reads the same in either language; as written when it is no date this knows.
    /// </summary>
    private static string DateOf(string written)
    {
        var folded = Folding.Fold(written);
        if (NumericDate().Match(folded) is { Success: true } numeric)
        {
            var year = int.Parse(numeric.Groups["year"].Value, CultureInfo.InvariantCulture);
            return Iso(year < 100 ? 2000 + year : year, numeric.Groups["month"].Value, numeric.Groups["day"].Value) ?? written;
        }

        if (WrittenDate().Match(folded) is { Success: true } words && Array.IndexOf(Months, words.Groups["month"].Value) is var month and >= 0)
        {
            return Iso(int.Parse(words.Groups["year"].Value, CultureInfo.InvariantCulture), (month + 1).ToString(CultureInfo.InvariantCulture), words.Groups["day"].Value) ?? written;
        }

        return written;
    }

    private static string? Iso(int year, string month, string day) =>
        DateOnly.TryParseExact($"{year:D4}-{int.Parse(month, CultureInfo.InvariantCulture):D2}-{int.Parse(day, CultureInfo.InvariantCulture):D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"\b(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{2}|\d{4})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:er)? (?<month>[a-z]+) (?<year>\d{4})\b")]
    private static partial Regex WrittenDate();

    /// <summary>A passage's id is its article's id, '#', its number in the article.</summary>
    private static string SourceIdOf(string passageId) => passageId.Split('#')[0];
}
