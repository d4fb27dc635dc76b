using System.Collections.Concurrent;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;

namespace CareerBot.BotFramework.Builder;

/// <summary>
/// Builds the reply that carries an answer with <c>[n]</c> markers and its sources, in the form each channel renders:
/// Teams shows the citation entity (nothing added to the text, so the sources are not listed twice; each marker is put
/// in a paragraph's own text, the only place the Agents Playground's Teams view draws it as a citation); Web Chat and
/// Direct Line get Markdown reference definitions, which Web Chat turns into citation badges and a reference list;
/// every other channel (the Emulator…) gets a visible "Sources" list under the text. All of them carry the same
/// schema.org <c>Message</c> entity, so the sources stay machine-readable everywhere.
/// </summary>
public static class CitedMessage
{
    /// <summary>The Markdown text format (the default of Teams and Web Chat, said explicitly for the others).</summary>
    private const string MarkdownFormat = "markdown";

    /// <param name="text">The answer, Markdown, with <c>[n]</c> markers.</param>
    /// <param name="sources">The sources; <see cref="CitationSource.Number"/> is the n of their marker.</param>
    /// <param name="channelId">The channel the reply goes to (<see cref="Activity.ChannelId"/> of the turn).</param>
    /// <param name="locale">The reply's locale; also chooses the typography of the "Sources" heading.</param>
    /// <param name="aiGenerated">Whether Teams and Web Chat should label the message "AI generated".</param>
    public static Activity Create(string text, IEnumerable<CitationSource> sources, string? channelId, string? locale = null, bool aiGenerated = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sources);
        var ordered = sources.DistinctBy(s => s.Number).OrderBy(s => s.Number).Select(WithHttpUrl).ToList();
        foreach (var source in ordered)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(source.Number, 1, nameof(sources));
            ArgumentException.ThrowIfNullOrWhiteSpace(source.Title, nameof(sources));
        }

        var style = CitationStyles.For(channelId);
        var message = Activity.CreateMessage(style switch
        {
            CitationStyle.ReferenceDefinitions => CitationMarkdown.WithReferenceDefinitions(text, ordered),
            CitationStyle.SourcesList => CitationMarkdown.WithSourcesList(text, ordered, locale),
            CitationStyle.Entity when ordered.Count > 0 => CitationMarkdown.WithMarkersInParagraphs(text),
            _ => text,
        });
        message.TextFormat = MarkdownFormat;
        message.Locale = locale;

        if (ordered.Count > 0 || aiGenerated)
        {
            var entity = AIMessageEntity.Create(ordered.Select(s => ToCitation(s, style)), aiGenerated);
            if (style == CitationStyle.ReferenceDefinitions && aiGenerated)
            {
                entity.Keywords = [AIMessageEntity.AIGeneratedContent];
            }

            message.Entities = [entity.ToEntity()];
        }

        return message;
    }

    private static Citation ToCitation(CitationSource source, CitationStyle style)
    {
        // Web Chat opens a citation without address in a dialog showing appearance.text; Teams would parse that
        // field as an Adaptive Card, so it gets the quote as the abstract only.
        var dialogText = style == CitationStyle.ReferenceDefinitions && source.Url is null && !string.IsNullOrWhiteSpace(source.Quote) ? source.Quote : null;
        return Citation.Create(source.Number, source.Title, source.Quote, source.Url, dialogText);
    }

    /// <summary>The source itself when its address is already as <see cref="HttpUrl"/> gives it: no copy of it per answer.</summary>
    private static CitationSource WithHttpUrl(CitationSource source)
    {
        var url = HttpUrl(source.Url);
        return string.Equals(url, source.Url, StringComparison.Ordinal) ? source : source with { Url = url };
    }

    /// <summary>The address when it is an absolute http(s) URL: any other scheme is not a page a user can open.</summary>
    private static string? HttpUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        // Answers cite the same few addresses again and again (a knowledge base's sources): each is parsed once, not
        // into a Uri and its strings on every answer. Bounded, so that a caller citing ever new addresses only stops
        // being remembered, never grows the process.
        if (KnownUrls.TryGetValue(url, out var known))
        {
            return known;
        }

        var parsed = Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
        if (KnownUrls.Count < MaxKnownUrls)
        {
            KnownUrls.TryAdd(url, parsed);
        }

        return parsed;
    }

    private const int MaxKnownUrls = 4096;

    private static readonly ConcurrentDictionary<string, string?> KnownUrls = new(StringComparer.Ordinal);
}
