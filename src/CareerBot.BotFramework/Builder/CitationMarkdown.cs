using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CareerBot.BotFramework.Schema.Entities;

namespace CareerBot.BotFramework.Builder;

/// <summary>
/// The Markdown of a cited answer for each way of showing its sources: the sources written out on channels that do not
/// render the citation entity, and the markers placed where Teams draws them. Sources come ordered, and their URLs are
/// absolute http(s) or null.
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

    /// <summary>
    /// The text with each <c>[n]</c> marker in a paragraph's own text: the Agents Playground's Teams view (Microsoft's
    /// emulation of the Teams client) draws a citation only for a marker there, and shows the one of a tight list item
    /// (no paragraph inside it) or of emphasised text as plain "[n]". So lists become loose (a blank line between items
    /// makes each item's text a paragraph), and emphasis around a marker is closed before the marker and opened again
    /// after it. Fenced code is left as written: a marker there is not a citation.
    /// </summary>
    public static string WithMarkersInParagraphs(string text)
    {
        var builder = new StringBuilder(text.Length + 32);
        var inFence = false;
        var inList = false;
        var previousBlank = true;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i > 0)
            {
                builder.Append('\n');
            }

            var fence = Fence().IsMatch(line);
            if (fence || inFence)
            {
                inFence ^= fence;
                previousBlank = false;
                builder.Append(line);
                continue;
            }

            var blank = string.IsNullOrWhiteSpace(line);
            if (ListItem().IsMatch(line))
            {
                if (inList && !previousBlank)
                {
                    builder.Append('\n');
                }

                inList = true;
            }
            else if (!blank && previousBlank && !char.IsWhiteSpace(line[0]))
            {
                // An unindented paragraph after a blank line ends the list; an indented one goes on with its item.
                inList = false;
            }

            previousBlank = blank;
            builder.Append(MarkersOutOfEmphasis(line));
        }

        return builder.ToString();
    }

    /// <summary>
    /// "**45 000 € [1] et 60 000 € [2]**" becomes "**45 000 €** [1] **et 60 000 €** [2]". A span with emphasis nested
    /// in it is left as written rather than risk breaking it.
    /// </summary>
    private static string MarkersOutOfEmphasis(string line) => Emphasis().Replace(line, span =>
    {
        var body = span.Groups["body"].Value;
        if (!Marker().IsMatch(body) || body.AsSpan().ContainsAny('*', '_'))
        {
            return span.Value;
        }

        var delimiter = span.Groups["delimiter"].Value;
        // Split puts the captured marker runs at the odd indices, between the pieces of text to emphasise.
        var pieces = MarkerRun().Split(body)
            .Select((piece, i) => i % 2 == 1 ? piece : piece.Length == 0 ? null : delimiter + piece + delimiter)
            .OfType<string>();
        return string.Join(' ', pieces);
    });

    // French typography puts a no-break space before the colon; the word itself is the same in French and English.
    private static string Heading(string? locale) =>
        locale is not null && locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "Sources\u00A0:" : "Sources:";

    /// <summary>Backslash-escapes the characters that would turn a title or quote into emphasis, links or HTML.</summary>
    private static string Escape(string value)
    {
        // Most titles and quotes have nothing to escape: no copy for them.
        var first = value.AsSpan().IndexOfAny(MarkdownSpecials);
        if (first < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8).Append(value, 0, first);
        foreach (var c in value.AsSpan(first))
        {
            if (MarkdownSpecials.Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static readonly SearchValues<char> MarkdownSpecials = SearchValues.Create("\\`*_[]<>#|~");

    private static string EscapeTitle(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    [GeneratedRegex(@"(\[\d+\])(?=\[\d+\])", RegexOptions.CultureInvariant)]
    private static partial Regex AdjacentMarkers();

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>Markers side by side and the spaces around them: what stays between two emphasised pieces.</summary>
    [GeneratedRegex(@"\s*((?:\[\d+\]\s*)*\[\d+\])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerRun();

    /// <summary>
    /// Strong or emphasised text on one line (CommonMark: no space just inside the delimiters; "_" not within a word).
    /// </summary>
    [GeneratedRegex(@"(?<delimiter>\*\*?)(?=\S)(?<body>.+?)(?<=\S)\k<delimiter>|(?<!\w)(?<delimiter>__?)(?=\S)(?<body>.+?)(?<=\S)\k<delimiter>(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    /// <summary>A list item's first line: "- ", "* ", "+ ", "1. " or "1) ", indented or not (nested lists).</summary>
    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    /// <summary>A line that opens or closes fenced code.</summary>
    [GeneratedRegex(@"^ {0,3}(?:```|~~~)", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();
}
