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
        // Plain loops, not LINQ: this runs on every turn, and a turn saves one or two states into one storage.
        var batches = new List<(IStorage Storage, List<PendingSave> Saves)>(1);
        foreach (var state in _botStates)
        {
            if (state.PrepareSave(turnContext, force: false) is not { } save)
            {
                continue;
            }

            var saves = BatchOf(batches, state.Storage);
            // The same state given twice, or two instances of one state class, share one cache: write it once.
            if (!saves.Exists(kept => kept.StorageKey == save.StorageKey))
            {
                saves.Add(save);
            }
        }

        foreach (var (storage, saves) in batches)
        {
            var changes = new Dictionary<string, StoreItem>(saves.Count, StringComparer.Ordinal);
            foreach (var save in saves)
            {
                changes[save.StorageKey] = save.Item;
            }

            var eTags = await storage.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
            saves.ForEach(save => save.MarkSaved(eTags));
        }
    }

    private static List<PendingSave> BatchOf(List<(IStorage Storage, List<PendingSave> Saves)> batches, IStorage storage)
    {
        foreach (var batch in batches)
        {
            if (ReferenceEquals(batch.Storage, storage))
            {
                return batch.Saves;
            }
        }

        var saves = new List<PendingSave>(2);
        batches.Add((storage, saves));
        return saves;
    }
}
