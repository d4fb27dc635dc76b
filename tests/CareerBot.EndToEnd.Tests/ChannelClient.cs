using System.Net.Http.Json;
using System.Text;
using CareerBot.BotFramework.Schema;

namespace CareerBot.EndToEnd.Tests;

/// <summary>Posts activities to a running bot the way a channel does.</summary>
public static class ChannelClient
{
    public static Activity Message(string conversationId, string text, string serviceUrl = "http://127.0.0.1:9/", string deliveryMode = DeliveryModes.ExpectReplies) => new()
    {
        Type = ActivityTypes.Message,
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

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, Activity activity, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(BotJson.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new("Bearer", bearer);
        }

        return await http.SendAsync(request);
    }

    public static async Task<string> SayAsync(HttpClient http, string conversationId, string text)
    {
        using var response = await PostAsync(http, Message(conversationId, text));
        response.EnsureSuccessStatusCode();
        var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options);
        return Assert.Single(replies!.Activities).Text!;
    }
}
