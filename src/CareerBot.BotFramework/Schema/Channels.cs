namespace CareerBot.BotFramework.Schema;

/// <summary>Values of <see cref="Activity.ChannelId"/> for the channels whose rendering differs.</summary>
public static class Channels
{
    public const string MsTeams = "msteams";
    public const string WebChat = "webchat";
    public const string DirectLine = "directline";
    public const string Emulator = "emulator";
}
