using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;

namespace CareerBot.Web.Evaluation;

/// <summary>
/// Runs scripted conversations through the real bot, turn by turn on an in-process adapter with the conversation and
/// user state saved after each turn (as the host's AutoSaveStateMiddleware does), and scores every turn. Each
/// conversation starts with the conversationUpdate that makes the bot welcome the user; the welcome is not scored.
/// </summary>
public sealed class ConversationEvaluator
{
    private const string BotId = "careerbot-eval";

    private readonly IBot _bot;
    private readonly CollectingAdapter _adapter = new();
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];

    public ConversationEvaluator(IBot bot, ConversationState conversationState, UserState userState)
    {
        ArgumentNullException.ThrowIfNull(bot);
        _bot = bot;
        _adapter.Use(new AutoSaveStateMiddleware(conversationState, userState));
    }

    public async Task<ConversationReport> EvaluateAsync(IReadOnlyList<EvalConversation> conversations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        var results = new List<TurnResult>();
        foreach (var conversation in conversations)
        {
            results.AddRange(await RunAsync(conversation, cancellationToken).ConfigureAwait(false));
        }

        return ConversationReport.From(conversations.Count, results);
    }

    private async Task<IReadOnlyList<TurnResult>> RunAsync(EvalConversation conversation, CancellationToken cancellationToken)
    {
        // Ids unique to this run, so that a persistent state store never hands a conversation an earlier run's state.
        var conversationId = $"eval-{_runId}-{conversation.Id}";
        var userId = $"eval-user-{_runId}-{conversation.Id}";
        var sequence = 0;
        Activity Incoming(string type, string? text) => new()
        {
            Type = type,
            Id = $"{conversationId}-{++sequence}",
            Text = text,
            ChannelId = conversation.ChannelOrDefault,
            ServiceUrl = "http://127.0.0.1:9/",
            From = new ChannelAccount(userId, "User"),
            Recipient = new ChannelAccount(BotId, "CareerBot"),
            Conversation = new ConversationAccount(conversationId),
            Locale = conversation.Locale ?? "fr-FR",
            Timestamp = DateTimeOffset.UtcNow,
        };

        var join = Incoming(ActivityTypes.ConversationUpdate, null);
        join.MembersAdded = [new ChannelAccount(userId, "User"), new ChannelAccount(BotId, "CareerBot")];
        var results = new List<TurnResult>();
        try
        {
            await _adapter.RunTurnAsync(join, _bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The welcome is not scored, but a bot that cannot welcome still gets its turns played.
        }

        for (var i = 0; i < conversation.Turns.Count; i++)
        {
            var turn = conversation.Turns[i];
            TurnScore score;
            try
            {
                var replies = await _adapter.RunTurnAsync(Incoming(ActivityTypes.Message, turn.User), _bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
                score = TurnScorer.Score(turn, replies);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                score = new TurnScore([$"error ({ex.GetType().Name}: {ex.Message})"], string.Empty, 0, 0, 0);
            }

            results.Add(new TurnResult(conversation.Id, i + 1, turn, score));
        }

        return results;
    }
}

/// <summary>One scored turn; <see cref="Index"/> counts from 1.</summary>
public sealed record TurnResult(string ConversationId, int Index, EvalTurn Turn, TurnScore Score);
