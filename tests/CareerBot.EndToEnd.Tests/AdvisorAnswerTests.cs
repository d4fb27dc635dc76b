using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// The advisor in the real host process, replying through a channel connector (normal delivery): the offline answer by
/// default, and with <c>Llm:Provider=OpenAI</c> pointed at a local OpenAI-compatible server, a streamed answer that Web
/// Chat shows as it arrives and that ends with the cited final message.
/// </summary>
public sealed partial class AdvisorAnswerTests : IDisposable
{
    private readonly TempDirectory _dataDirectory = new();

    [Fact]
    public async Task Without_a_language_model_the_channel_gets_the_cited_offline_answer()
    {
        await using var channel = await FakeChannelConnector.StartAsync();
        await using var bot = await BotProcess.StartAsync(Settings());

        var replies = await SayAsync(bot, channel, "conv-offline", "Quel est le salaire d'un prompt engineer junior ?", replies: 1);

        var reply = Assert.Single(replies);
        Assert.Equal(ActivityTypes.Message, reply.Type);
        var text = Flat(reply.Text);
        Assert.Contains("45 000", text, StringComparison.Ordinal);
        Assert.Contains("5 850", text, StringComparison.Ordinal);
        // Web Chat renders citations from Markdown reference lines under the text.
        Assert.Matches(@"\[\d+\]: cite:\d+", text);
    }

    [Fact]
    public async Task A_streaming_model_reaches_web_chat_as_typing_updates_then_one_cited_final_message()
    {
        await using var openAi = await FakeOpenAiServer.StartAsync();
        openAi.ChunkDelay = TimeSpan.FromMilliseconds(40);
        openAi.Responder = chat => FakeReply.Completion(GroundedJuniorSalary(chat));
        await using var channel = await FakeChannelConnector.StartAsync();
        var settings = Settings();
        settings["Llm__Provider"] = "OpenAI";
        settings["Llm__Endpoint"] = openAi.Endpoint.ToString();
        settings["Llm__ChatModel"] = "fake-model";
        settings["Llm__ApiKey"] = "test-key";
        await using var bot = await BotProcess.StartAsync(settings);

        var replies = await SayAsync(bot, channel, "conv-stream", "Quel est le salaire d'un prompt engineer junior en France ?", replies: 2);

        var updates = replies.Where(r => r.Type == ActivityTypes.Typing).ToList();
        var final = Assert.Single(replies, r => r.Type == ActivityTypes.Message);
        Assert.NotEmpty(updates);
        Assert.All(updates, u => Assert.Equal("streaming", StreamField(u, "streamType")));
        Assert.Equal("final", StreamField(final, "streamType"));
        Assert.Contains("45 000", Flat(final.Text), StringComparison.Ordinal);
        Assert.Matches(@"\[\d+\]: cite:\d+", final.Text!);
        Assert.StartsWith(Flat(updates[0].Text).TrimEnd(), Flat(final.Text), StringComparison.Ordinal);
        Assert.True(openAi.Chats.Any(c => c.Stream), "the model was asked to stream");
    }

    public void Dispose() => _dataDirectory.Dispose();

    private Dictionary<string, string?> Settings() => new(BotProcess.SqliteSettings(_dataDirectory)) { ["Bot__Mode"] = "Advisor" };

    /// <summary>Posts a Web Chat message and collects what the bot sends back, until <paramref name="replies"/> include a message.</summary>
    private static async Task<IReadOnlyList<Activity>> SayAsync(BotProcess bot, FakeChannelConnector channel, string conversationId, string text, int replies)
    {
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        var message = BotClient.NewActivity(ActivityTypes.Message, conversationId, text, channel.ServiceUrl.ToString(), DeliveryModes.Normal);
        message.ChannelId = "webchat";
        using var response = await new BotClient(http, conversationId).PostAsync(message);
        response.EnsureSuccessStatusCode();
        await channel.WaitForAsync(r => r.ReadActivity() is { Type: ActivityTypes.Message } a && a.ReplyToId == message.Id, TimeSpan.FromSeconds(30));
        var received = channel.Delivered.Select(r => r.ReadActivity()).Where(a => a.ReplyToId == message.Id).ToList();
        Assert.True(received.Count >= replies, $"{received.Count} activities received");
        return received;
    }

    /// <summary>A grounded answer citing the source that states the French junior range, whatever its number.</summary>
    internal static string GroundedJuniorSalary(RecordedChat chat)
    {
        var prompt = string.Join("\n", chat.Messages.Select(m => m.Content));
        var number = SourceWith().Matches(prompt).First(m => m.Groups["text"].Value.Contains("45 000", StringComparison.Ordinal)).Groups["id"].Value;
        return $"En France, un prompt engineer junior peut espérer un salaire annuel brut compris entre 45 000 € et 60 000 € [{number}]. " +
            $"Les autres sources donnent d'autres chiffres, à lire chacun avec sa source [{number}].";
    }

    internal static string? StreamField(Activity activity, string name) =>
        activity.ChannelData is JsonElement { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var value) ? value.GetString() : null;

    internal static string Flat(string? text) => new((text ?? string.Empty).Select(c => char.IsWhiteSpace(c) ? ' ' : c).ToArray());

    [GeneratedRegex("<source id=\"(?<id>\\d+)\"[^>]*>(?<text>.*?)</source>", RegexOptions.Singleline)]
    private static partial Regex SourceWith();
}
