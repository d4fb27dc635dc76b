using System.Net.Http.Json;
using System.Text;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Web.Tests;

/// <summary>Talks to /api/messages like a channel using expectReplies, so replies come back in the response.</summary>
public sealed class BotClient(HttpClient http, string conversationId)
{
    public static Activity NewActivity(string type, string conversationId, string? text = null) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        ChannelId = "emulator",
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount("user-1", "Camille", "user"),
        Recipient = new ChannelAccount("bot", "CareerBot", "bot"),
        Conversation = new ConversationAccount(conversationId),
        Locale = "fr-FR",
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    public async Task<IList<Activity>> SendAsync(Activity activity)
    {
        using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(BotJson.Serialize(activity), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options);
        return replies!.Activities;
    }

    public Task<IList<Activity>> SayAsync(string text) => SendAsync(NewActivity(ActivityTypes.Message, conversationId, text));

    public Task<IList<Activity>> JoinAsync()
    {
        var activity = NewActivity(ActivityTypes.ConversationUpdate, conversationId);
        activity.MembersAdded = [new ChannelAccount("bot", "CareerBot"), new ChannelAccount("user-1", "Camille")];
        return SendAsync(activity);
    }
}
