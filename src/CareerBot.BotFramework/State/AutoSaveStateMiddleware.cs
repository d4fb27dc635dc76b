using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.State;

/// <summary>
/// Saves the given states after the rest of the pipeline (and the bot) has run. A turn that throws saves
/// nothing, so a half-done turn does not persist half its changes. States kept in the same storage are written in
/// one batch: if one of them was changed by another turn meanwhile (a conversation state and the user's state, say)
/// none of them is written, rather than the conversation moving on while the user's change is refused.
/// </summary>
public sealed class AutoSaveStateMiddleware : IMiddleware
{
    private readonly BotState[] _botStates;

    public AutoSaveStateMiddleware(params BotState[] botStates)
    {
        ArgumentNullException.ThrowIfNull(botStates);
        if (botStates.Any(s => s is null))
        {
            throw new ArgumentException("Bot states cannot be null.", nameof(botStates));
        }

        _botStates = [.. botStates];
    }

    public IReadOnlyList<BotState> BotStates => _botStates;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        await next(cancellationToken).ConfigureAwait(false);
        var pending = _botStates
            .Select(state => (state.Storage, Save: state.PrepareSave(turnContext, force: false)))
            .Where(p => p.Save is not null)
            .ToList();
        foreach (var batch in pending.GroupBy(p => p.Storage, ReferenceEqualityComparer.Instance))
        {
            // The same state given twice, or two instances of one state class, share one cache: write it once.
            var saves = batch.Select(p => p.Save!).DistinctBy(save => save.StorageKey, StringComparer.Ordinal).ToList();
            var changes = saves.ToDictionary(save => save.StorageKey, save => save.Item, StringComparer.Ordinal);
            var eTags = await ((IStorage)batch.Key!).WriteAsync(changes, cancellationToken).ConfigureAwait(false);
            saves.ForEach(save => save.MarkSaved(eTags));
        }
    }
}
