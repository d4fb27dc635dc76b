namespace CareerBot.Web.Bot;

/// <summary>Section <c>Bot</c>: which bot answers on <c>/api/messages</c>.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// <c>Advisor</c> (default): the career advisor. <c>Echo</c>: a bot that only confirms each message (same
    /// protocol, state and middleware), the baseline the load benchmarks compare the advisor with.
    /// </summary>
    public BotMode Mode { get; set; } = BotMode.Advisor;

    /// <summary>How many past messages (the user's and the bot's) are kept to make follow-up questions standalone.</summary>
    public int HistoryMessages { get; set; } = 6;
}
