namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>
/// Teams' limits on AI citations ("Bot messages with AI-generated content", section Citations,
/// learn.microsoft.com/microsoftteams/platform/bots/how-to/bot-messages-ai-generated-content): a message with more
/// citations is rejected with 400; longer titles and abstracts do not fit the citation pop-up.
/// </summary>
public static class CitationLimits
{
    /// <summary>
    /// The docs say "a maximum of 20 citations are displayed in a message"; Microsoft's Agents Playground, which
    /// checks messages with Teams' schema, refuses more than 10 with a 400. Ten is what both accept.
    /// </summary>
    public const int MaxCitations = 10;

    /// <summary><c>citation.appearance.name</c>: "Maximum characters: 80".</summary>
    public const int MaxNameLength = 80;

    /// <summary><c>citation.appearance.abstract</c>: "Maximum characters: 160".</summary>
    public const int MaxAbstractLength = 160;
}
