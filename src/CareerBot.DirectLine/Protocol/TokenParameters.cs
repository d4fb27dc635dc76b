using CareerBot.BotFramework.Schema;

namespace CareerBot.DirectLine.Protocol;

/// <summary>
/// The optional body of a token request or a conversation start: the user to bind the conversation to, and (on a
/// start) the user's locale, which the bot receives with the greeting.
/// </summary>
public sealed class TokenParameters
{
    public ChannelAccount? User { get; set; }

    public string? Locale { get; set; }
}
