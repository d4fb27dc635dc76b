using System.Globalization;
using System.Text;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests.Soak;

/// <summary>
/// One conversation of a soak user: a fresh conversation id, one delivery mode for all its turns, and a short
/// random think time before each turn, as a fast human would type. Each turn must get exactly its expected
/// replies, in order, or the conversation stops with a <see cref="SoakFailure"/> saying what came.
/// </summary>
internal sealed class SoakConversation(SoakDelivery delivery, string userId, SoakLanguage language, bool expectReplies, Random random)
{
    private static readonly CompositeFormat Describe = CompositeFormat.Parse("{0} ({1}) «{2}»: expected [{3}], got [{4}]");

    public string Id { get; } = "soak-" + Guid.NewGuid().ToString("N");

    public bool ExpectReplies => expectReplies;

    public Task<IReadOnlyList<Activity>> JoinAsync(params ExpectedReply[] expected)
    {
        var activity = NewActivity(ActivityTypes.ConversationUpdate, null);
        activity.MembersAdded = [new ChannelAccount("bot", "CareerBot"), new ChannelAccount(userId, "Soak")];
        return TurnAsync(activity, expected);
    }

    public Task<IReadOnlyList<Activity>> SayAsync(string text, params ExpectedReply[] expected) =>
        TurnAsync(NewActivity(ActivityTypes.Message, text), expected);

    private async Task<IReadOnlyList<Activity>> TurnAsync(Activity activity, ExpectedReply[] expected)
    {
        await Task.Delay(random.Next(20, 200));
        var replies = await delivery.SendAsync(activity, expectReplies, expected.Length);
        var ok = replies.Count == expected.Length && expected.Zip(replies).All(pair => pair.First.Matches(pair.Second));
        if (!ok)
        {
            throw new SoakFailure(string.Format(
                CultureInfo.InvariantCulture,
                Describe,
                Id,
                expectReplies ? "expectReplies" : "normal",
                activity.Text ?? activity.Type,
                string.Join(" | ", expected.Select(e => e.Description)),
                string.Join(" | ", replies.Select(r => $"{r.Type}: {Shorten(r.Text)}"))));
        }

        return replies;
    }

    private Activity NewActivity(string type, string? text)
    {
        var activity = BotClient.NewActivity(type, Id, text);
        activity.From = new ChannelAccount(userId, "Soak", "user");
        activity.Locale = language.Locale;
        return activity;
    }

    private static string Shorten(string? text) => text is null ? "(no text)" : text.Length <= 80 ? text : text[..80] + "…";
}
