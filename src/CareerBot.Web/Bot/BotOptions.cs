namespace CareerBot.Web.Bot;

/// <summary>
/// Section <c>Bot</c>: which bot answers on <c>/api/messages</c>. The advisor reads its own settings from the same
/// section (<c>ConversationOptions</c>: <c>HistoryMessages</c>, <c>RatedAnswers</c>).
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// <c>Advisor</c> (default): the career advisor. <c>Echo</c>: a bot that only confirms each message (same
    /// protocol, state and middleware), the baseline the load benchmarks compare the advisor with.
    /// </summary>
    public BotMode Mode { get; set; } = BotMode.Advisor;
}
