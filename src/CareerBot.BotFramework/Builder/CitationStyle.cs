using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Builder;

/// <summary>How a channel gets to see the sources of a cited answer.</summary>
internal enum CitationStyle
{
    /// <summary>
    /// Teams renders the citation entity itself (markers become hover cards): the text keeps its words, with each marker
    /// in a paragraph's own text, where the Agents Playground's Teams view looks for it.
    /// </summary>
    Entity,

    /// <summary>
    /// Web Chat (4.16+) renders Markdown reference definitions <c>[n]: url "title"</c> as citation badges and a
    /// reference list, enriched by the citation entity (Web Chat docs/CITATION.md).
    /// </summary>
    ReferenceDefinitions,

    /// <summary>
    /// Channels that render neither (the Emulator's older Web Chat hides reference definitions): a visible
    /// Markdown list under the text.
    /// </summary>
    SourcesList,
}

internal static class CitationStyles
{
    public static CitationStyle For(string? channelId) => channelId switch
    {
        Channels.MsTeams => CitationStyle.Entity,
        Channels.WebChat or Channels.DirectLine => CitationStyle.ReferenceDefinitions,
        _ => CitationStyle.SourcesList,
    };
}
