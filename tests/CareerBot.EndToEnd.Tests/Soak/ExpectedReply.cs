using CareerBot.BotFramework.Schema;

namespace CareerBot.EndToEnd.Tests.Soak;

/// <summary>What one reply of a turn must be: a message that passes <see cref="Matches"/>, described for the failure report.</summary>
internal sealed record ExpectedReply(string Description, Func<Activity, bool> Matches)
{
    public static ExpectedReply AnyMessage { get; } = new("a message", IsMessage);

    public static ExpectedReply StartingWith(string prefix) =>
        new($"a message starting with «{prefix}»", a => IsMessage(a) && a.Text!.StartsWith(prefix, StringComparison.Ordinal));

    public static ExpectedReply Containing(params string[] parts) =>
        new($"a message containing «{string.Join("», «", parts)}»", a => IsMessage(a) && parts.All(p => a.Text!.Contains(p, StringComparison.Ordinal)));

    /// <summary>A message offering exactly <paramref name="buttons"/> suggested actions (the menu: 5, a rating: 2).</summary>
    public static ExpectedReply WithButtons(int buttons, string? prefix = null) =>
        new($"a message with {buttons} buttons{(prefix is null ? "" : $" starting with «{prefix}»")}", a =>
            IsMessage(a) && a.SuggestedActions?.Actions?.Count == buttons && (prefix is null || a.Text!.StartsWith(prefix, StringComparison.Ordinal)));

    private static bool IsMessage(Activity activity) => activity.Type == ActivityTypes.Message && activity.Text is not null;
}
