namespace CareerBot.Web.Bot;

/// <summary>See <see cref="BotOptions.Mode"/>.</summary>
public enum BotMode
{
    Advisor,
    Echo,
}
