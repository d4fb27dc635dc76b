using System.Net.Http.Json;
using System.Text;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Testing;

/// <summary>
/// Talks to a bot's <c>/api/messages</c> the way a channel does. Activities ask for <c>expectReplies</c> by default,
/// so the replies come back in the HTTP response; <see cref="PostAsync"/> gives the raw response for any case.
/// </summary>
public sealed class BotClient(HttpClient http, string conversationId)
{
    /// <summary>The discard port on loopback: nothing listens there, so no reply can be delivered by accident.</summary>
    public const string UnreachableServiceUrl = "http://127.0.0.1:9/";

    /// <summary>Sent as <c>Authorization: Bearer …</c> on every request; no header when null.</summary>
    public string? Bearer { get; init; }

    /// <summary>An activity from the user <c>user-1</c> (Camille) to the bot, on the Emulator channel, in French.</summary>
    public static Activity NewActivity(
        string type,
        string conversationId,
        string? text = null,
        string serviceUrl = UnreachableServiceUrl,
        string deliveryMode = DeliveryModes.ExpectReplies) => new()
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            Text = text,
            ChannelId = "emulator",
            ServiceUrl = serviceUrl,
            From = new ChannelAccount("user-1", "Camille", "user"),
            Recipient = new ChannelAccount("bot", "CareerBot", "bot"),
            Conversation = new ConversationAccount(conversationId),
            Locale = "fr-FR",
            DeliveryMode = deliveryMode,
        };

    /// <summary>Posts <paramref name="activity"/> as JSON and returns the response, whatever its status.</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(BotJson.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        if (Bearer is not null)
        {
            request.Headers.Authorization = new("Bearer", Bearer);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Posts an <c>expectReplies</c> activity and returns the bot's replies; fails unless the status is 2xx.</summary>
    public async Task<IList<Activity>> SendAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
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
