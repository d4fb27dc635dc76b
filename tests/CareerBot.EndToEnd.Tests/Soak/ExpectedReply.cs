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

    /// <summary>A message offering exactly <paramref name="buttons"/> suggested actions (the menu: 5).</summary>
    public static ExpectedReply WithButtons(int buttons, string? prefix = null) =>
        new($"a message with {buttons} buttons{(prefix is null ? "" : $" starting with «{prefix}»")}", a =>
            IsMessage(a) && a.SuggestedActions?.Actions?.Count == buttons && (prefix is null || a.Text!.StartsWith(prefix, StringComparison.Ordinal)));

    /// <summary>
    /// A free question's answer in <paramref name="language"/>: it opens with one of its topic leads, cites its sources
    /// and ends its buttons (the next questions before them) with 👍/👎.
    /// </summary>
    public static ExpectedReply Answer(SoakLanguage language) =>
        new($"a cited {language.Locale} answer with 👍/👎", a =>
            IsMessage(a)
            && language.AnswerLeads.Any(lead => a.Text!.StartsWith(lead, StringComparison.Ordinal))
            && a.Text!.Contains("[1]", StringComparison.Ordinal)
            && a.SuggestedActions?.Actions is { Count: >= 2 } buttons
            && buttons.TakeLast(2).Select(b => b.Title).SequenceEqual(SoakLanguage.Rating));

    private static bool IsMessage(Activity activity) => activity.Type == ActivityTypes.Message && activity.Text is not null;
}
