using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CareerBot.BotFramework.Schema.Entities;

namespace CareerBot.BotFramework.Builder;

/// <summary>
/// The Markdown that shows an answer's sources on channels that do not render the citation entity. Sources come
/// ordered, and their URLs are absolute http(s) or null.
/// </summary>
internal static partial class CitationMarkdown
{
    /// <summary>
    /// The text followed by one reference definition per source: <c>[n]: &lt;url&gt; "title"</c>, or
    /// <c>[n]: cite:n "title"</c> for a source without an address (Web Chat then opens the quote in a dialog).
    /// </summary>
    public static string WithReferenceDefinitions(string text, IReadOnlyList<CitationSource> sources)
    {
        if (sources.Count == 0)
        {
            return text;
        }

        // "[1][2]" is one link (text "1", label "2") in CommonMark: a space makes it the two badges the author meant.
        var builder = new StringBuilder(AdjacentMarkers().Replace(text.TrimEnd(), "$1 "));
        // A definition cannot interrupt a paragraph: a blank line must come first.
        builder.Append('\n');
        foreach (var source in sources)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n[{source.Number}]: ")
                .Append(source.Url is null ? $"cite:{source.Number.ToString(CultureInfo.InvariantCulture)}" : $"<{source.Url}>")
                .Append(" \"")
                .Append(EscapeTitle(TextTruncation.ToSingleLine(source.Title, CitationLimits.MaxNameLength)))
                .Append('"');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text followed by a "Sources" heading and one line per source: <c>- [n] title — *quote*</c>, the title
    /// linked when the source has an address. Titles and quotes are shortened like Teams' citation cards, so the
    /// list stays compact.
    /// </summary>
    public static string WithSourcesList(string text, IReadOnlyList<CitationSource> sources, string? locale)
    {
        if (sources.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.TrimEnd()).Append("\n\n**").Append(Heading(locale)).Append("**\n");
        foreach (var source in sources)
        {
            var title = Escape(TextTruncation.ToSingleLine(source.Title, CitationLimits.MaxNameLength));
            builder.Append(CultureInfo.InvariantCulture, $"\n- \\[{source.Number}\\] ")
                .Append(source.Url is null ? title : $"[{title}](<{source.Url}>)");
            if (!string.IsNullOrWhiteSpace(source.Quote))
            {
                builder.Append(" — *").Append(Escape(TextTruncation.ToSingleLine(source.Quote, CitationLimits.MaxAbstractLength))).Append('*');
            }
        }

        return builder.ToString();
    }

    // French typography puts a no-break space before the colon; the word itself is the same in French and English.
    private static string Heading(string? locale) =>
        locale is not null && locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "Sources\u00A0:" : "Sources:";

    /// <summary>Backslash-escapes the characters that would turn a title or quote into emphasis, links or HTML.</summary>
    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string EscapeTitle(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    [GeneratedRegex(@"(\[\d+\])(?=\[\d+\])", RegexOptions.CultureInvariant)]
    private static partial Regex AdjacentMarkers();
}
