using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Conversations;

namespace CareerBot.DirectLine.Adapter;

/// <summary>
/// Runs the bot in-process for the self-hosted Direct Line: an activity a client posted becomes a turn (through the
/// same middleware as <c>/api/messages</c>, which the host adds), and what the bot sends is appended to the
/// conversation's log, where polling clients and WebSocket streams read it.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    /// <summary>How the bot appears in the conversation (<c>from</c> of its activities, <c>recipient</c> of the user's).</summary>
    public static readonly ChannelAccount Bot = new("careerbot", "CareerBot", "bot");

    private readonly ConversationStore _store;
    private readonly TimeProvider _timeProvider;

    public DirectLineAdapter(ConversationStore store, TimeProvider timeProvider)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <summary>
    /// Logs the user's activity (clients see their own activities come back, which is how Web Chat knows a message
    /// was delivered), completes its routing fields, then runs the turn. Returns the id given to the activity once the
    /// turn has ended, as Azure's service answers a post once the bot has answered it.
    /// </summary>
    public async Task<string> ProcessActivityAsync(DirectLineConversation conversation, Activity activity, string serviceUrl, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        activity.ChannelId = Channels.DirectLine;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(conversation.Id);
        activity.Recipient = new ChannelAccount(Bot.Id, Bot.Name, Bot.Role);
        // The user is the one the token names, whatever the body claims: a page cannot speak for someone else.
        activity.From = new ChannelAccount(conversation.User.Id, activity.From?.Name ?? conversation.User.Name, "user");
        activity.Id = null;
        activity.Timestamp = null;
        var id = conversation.Append(activity);
        await RunPipelineAsync(new TurnContext(this, activity), bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>
    /// Tells the bot that the user and the bot joined (as Azure Direct Line does when a conversation starts with a
    /// user id), so the bot's welcome is the first thing the user reads. Not logged: clients never see it.
    /// </summary>
    public Task StartConversationAsync(DirectLineConversation conversation, string serviceUrl, IBot bot, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(bot);
        var user = new ChannelAccount(conversation.User.Id, conversation.User.Name, "user");
        var activity = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = _timeProvider.GetUtcNow(),
            ChannelId = Channels.DirectLine,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(conversation.Id),
            From = user,
            Recipient = new ChannelAccount(Bot.Id, Bot.Name, Bot.Role),
            MembersAdded = [new ChannelAccount(Bot.Id, Bot.Name, Bot.Role), user],
            Locale = locale,
        };
        return RunPipelineAsync(new TurnContext(this, activity), bot.OnTurnAsync, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var conversation = ConversationOf(turnContext);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            switch (activity.Type)
            {
                case ActivityTypes.Delay:
                    await DelayActivity.WaitAsync(activity, _timeProvider, cancellationToken).ConfigureAwait(false);
                    responses[i] = new ResourceResponse();
                    continue;
                case ActivityTypes.Trace:
                case ActivityTypes.InvokeResponse:
                    // Debugging aids for the Emulator and HTTP-only answers: nothing a Direct Line client shows.
                    responses[i] = new ResourceResponse();
                    continue;
            }

            // Ids are the service's to give: a bot-chosen id could collide with another activity's.
            activity.Id = null;
            activity.Timestamp = null;
            responses[i] = new ResourceResponse(conversation.Append(activity));
        }

        return responses;
    }

    /// <summary>
    /// Appends the new version under the id of the one it replaces: clients that key activities by id show the
    /// update in place, and the watermark still moves so that every reader gets it.
    /// </summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id, "activity.Id");
        activity.Timestamp = null;
        return Task.FromResult(new ResourceResponse(ConversationOf(turnContext).Append(activity)));
    }

    /// <summary>Direct Line 3.0 has no way to tell a client that an activity was deleted.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line cannot delete an activity.");

    private DirectLineConversation ConversationOf(ITurnContext turnContext)
    {
        var id = turnContext.Activity.Conversation?.Id;
        return (id is null ? null : _store.Find(id))
            ?? throw new InvalidOperationException($"The Direct Line conversation '{id}' is gone (expired or evicted).");
    }
}
