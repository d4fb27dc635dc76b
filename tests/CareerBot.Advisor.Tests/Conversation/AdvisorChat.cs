using System.Text.Json;
using CareerBot.Advisor.Conversation;
using CareerBot.Advisor.Feedback;
using CareerBot.Advisor.Hosting;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.Knowledge;
using CareerBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>
/// A conversation with the real advisor bot, as transcripts: every turn runs through a <see cref="RecordingAdapter"/>
/// with the state saved after it (as the host does), on the real knowledge base and the offline answer step, and
/// returns what the bot sent. Two chats over the same storage are the same user before and after a restart: each
/// builds its own services, so nothing survives but what was stored.
/// </summary>
internal sealed class AdvisorChat : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly RecordingAdapter _adapter = new();
    private readonly IBot _bot;
    private readonly string _channelId;
    private readonly string _locale;
    private int _turns;

    public AdvisorChat(IKnowledgeSearch knowledge, IStorage? storage = null, string channelId = Channels.Emulator, string locale = "fr-FR", IFeedbackStore? feedback = null)
    {
        _channelId = channelId;
        _locale = locale;
        Storage = storage ?? new MemoryStorage();
        Feedback = feedback ?? new MemoryFeedbackStore();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Llm:Provider"] = "None" }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(knowledge)
            .AddSingleton(Storage)
            .AddSingleton(Feedback)
            .AddSingleton<ConversationState>()
            .AddSingleton<UserState>()
            .AddCareerBotGrounding()
            .AddCareerBotAdvisor(configuration)
            .AddCareerBotConversation(configuration);
        _services = services.BuildServiceProvider();
        _bot = _services.GetRequiredService<AdvisorBot>();
        _adapter.Use(new AutoSaveStateMiddleware(_services.GetRequiredService<ConversationState>(), _services.GetRequiredService<UserState>()));
    }

    public IStorage Storage { get; }

    public IFeedbackStore Feedback { get; }

    public string ConversationId { get; init; } = "conv-1";

    public string UserId { get; init; } = "user-1";

    /// <summary>The user types <paramref name="text"/>; returns the bot's replies of that turn.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(string text) => RunAsync(Message(text));

    /// <summary>The user clicks a card button whose data is <paramref name="value"/> (Web Chat posts it with no text).</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(object value)
    {
        var activity = Message(null);
        activity.Value = JsonSerializer.SerializeToElement(value);
        return RunAsync(activity);
    }

    /// <summary>The user joins the conversation (conversationUpdate adding the user and the bot).</summary>
    public Task<IReadOnlyList<Activity>> JoinAsync()
    {
        var activity = Message(null);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.MembersAdded = [new ChannelAccount(UserId, "User"), new ChannelAccount("bot-1", "Bot")];
        return RunAsync(activity);
    }

    /// <summary>Runs any activity of the user's as a turn.</summary>
    public async Task<IReadOnlyList<Activity>> RunAsync(Activity activity)
    {
        var before = _adapter.Sent.Count;
        await _adapter.ProcessAsync(activity, _bot.OnTurnAsync);
        return _adapter.Sent.Skip(before).ToList();
    }

    /// <summary>The text of the turn's replies, joined, for reading like a user.</summary>
    public async Task<string> TextAsync(string text) => Join(await SendAsync(text));

    /// <remarks>Amounts are grouped with no-break spaces, as in the sources; they read as plain spaces here.</remarks>
    public static string Join(IEnumerable<Activity> replies) =>
        string.Join("\n---\n", replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text)).Replace('\u202F', ' ').Replace('\u00A0', ' ');

    /// <summary>The suggested actions' titles of the turn's last message.</summary>
    public static IReadOnlyList<string> Buttons(IReadOnlyList<Activity> replies) =>
        replies.LastOrDefault(r => r.Type == ActivityTypes.Message)?.SuggestedActions?.Actions?.Select(a => a.Title!).ToList() ?? [];

    public Activity Message(string? text)
    {
        var activity = RecordingAdapter.Message(text ?? string.Empty, ConversationId, _channelId, UserId);
        activity.Id = $"incoming-{++_turns}";
        activity.Text = text;
        activity.Locale = _locale;
        return activity;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
