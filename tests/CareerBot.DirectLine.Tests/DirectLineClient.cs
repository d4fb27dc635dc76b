using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Protocol;

namespace CareerBot.DirectLine.Tests;

/// <summary>A minimal Direct Line 3.0 client over HTTP for the integration tests; every wait is bounded.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public async Task<HostToken> GetHostTokenAsync(string? userId = null)
    {
        using var response = await http.PostAsJsonAsync("api/directline/token", userId is null ? new TokenParameters() : new TokenParameters { User = new ChannelAccount(userId) }, BotJson.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<HostToken>(BotJson.Options))!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return http.SendAsync(request);
    }

    public async Task<Conversation> StartAsync(string token)
    {
        using var response = await SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Conversation>(BotJson.Options))!;
    }

    public async Task<string> PostAsync(string conversationId, string token, string text)
    {
        using var response = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
            JsonContent.Create(new Activity { Type = ActivityTypes.Message, From = new ChannelAccount("dl_ignored"), Text = text, Locale = "fr-FR" }, options: BotJson.Options));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options))!.Id!;
    }

    public async Task<ActivitySet> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ActivitySet>(BotJson.Options))!;
    }

    /// <summary>Polls GET activities (bounded) until a bot message matches <paramref name="predicate"/>.</summary>
    public async Task<Activity> WaitForBotMessageAsync(string conversationId, string token, Func<Activity, bool> predicate)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var set = await GetActivitiesAsync(conversationId, token);
            var match = set.Activities.FirstOrDefault(a => a.Type == ActivityTypes.Message && a.From?.Role == "bot" && predicate(a));
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("No bot message matched within 20 seconds.");
    }
}
