using System.Runtime.InteropServices;
using System.Text.Json;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.State;

/// <summary>
/// State kept in an <see cref="IStorage"/> under a key derived from the turn (see <see cref="ConversationState"/>
/// and <see cref="UserState"/>). It is loaded once per turn into <see cref="ITurnContext.TurnState"/>, read and
/// changed through <see cref="IStatePropertyAccessor{T}"/>s, and written back by <see cref="SaveChangesAsync"/>
/// only if it changed, guarded by the eTag read at load. Values are serialized with <see cref="BotJson.Options"/>.
/// </summary>
public abstract class BotState
{
    private readonly IStorage _storage;
    private readonly string _contextServiceKey;

    /// <param name="storage">Where the state is kept.</param>
    /// <param name="contextServiceKey">The name of this state's cache in the turn state; unique per state class.</param>
    protected BotState(IStorage storage, string contextServiceKey)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentException.ThrowIfNullOrWhiteSpace(contextServiceKey);
        _storage = storage;
        _contextServiceKey = contextServiceKey;
    }

    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new BotStatePropertyAccessor<T>(this, name);
    }

    /// <summary>
    /// Reads the state into the turn's cache, unless it is already cached and <paramref name="force"/> is false
    /// (forcing discards the turn's unsaved changes).
    /// </summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.Get<CachedBotState>(_contextServiceKey) is not null)
        {
            return;
        }

        var storageKey = GetStorageKey(turnContext);
        var items = await _storage.ReadAsync([storageKey], cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Set(_contextServiceKey, CachedBotState.FromStorage(storageKey, items.GetValueOrDefault(storageKey)));
    }

    /// <summary>
    /// Loads those of <paramref name="states"/> not yet cached in this turn, with one read per storage for all of them:
    /// a turn that needs its conversation's and its user's state pays one storage round trip instead of two.
    /// </summary>
    public static async Task LoadAllAsync(ITurnContext turnContext, IReadOnlyList<BotState> states, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(states);
        var missing = states
            .DistinctBy(state => state._contextServiceKey, StringComparer.Ordinal)
            .Where(state => turnContext.TurnState.Get<CachedBotState>(state._contextServiceKey) is null)
            .Select(state => (State: state, Key: state.GetStorageKey(turnContext)))
            .ToList();
        foreach (var batch in missing.GroupBy(load => load.State._storage, ReferenceEqualityComparer.Instance))
        {
            var loads = batch.ToList();
            var items = await loads[0].State._storage.ReadAsync([.. loads.Select(load => load.Key)], cancellationToken).ConfigureAwait(false);
            foreach (var (state, key) in loads)
            {
                turnContext.TurnState.Set(state._contextServiceKey, CachedBotState.FromStorage(key, items.GetValueOrDefault(key)));
            }
        }
    }

    /// <summary>
    /// Writes the cached state if it changed since it was loaded or last saved (always, with
    /// <paramref name="force"/>). The write carries the eTag read at load, so if another turn saved this state
    /// meanwhile a <see cref="StorageConcurrencyException"/> is thrown instead of its change being overwritten.
    /// Does nothing if the state was not loaded in this turn.
    /// </summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (PrepareSave(turnContext, force) is not { } save)
        {
            return;
        }

        var eTags = await _storage.WriteAsync(save.Changes, cancellationToken).ConfigureAwait(false);
        save.MarkSaved(eTags);
    }

    /// <summary>The storage this state is kept in (states sharing one can be saved in one batch).</summary>
    internal IStorage Storage => _storage;

    /// <summary>What <see cref="SaveChangesAsync"/> would write for this turn, or null when there is nothing to write.</summary>
    internal PendingSave? PrepareSave(ITurnContext turnContext, bool force)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedBotState>(_contextServiceKey);
        if (cached is null)
        {
            return null;
        }

        var serialized = cached.Serialize();
        return !force && !cached.DiffersFromStorage(serialized) ? null : new PendingSave(cached, serialized);
    }

    /// <summary>Empties the cached state; the next save writes the empty state (still guarded by the eTag).</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Clear();
    }

    /// <summary>Deletes the state from storage (unconditionally) and drops the turn's cache.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var storageKey = turnContext.TurnState.Get<CachedBotState>(_contextServiceKey)?.StorageKey ?? GetStorageKey(turnContext);
        turnContext.TurnState.Remove(_contextServiceKey);
        await _storage.DeleteAsync([storageKey], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The storage key of this state for the turn; throws <see cref="ArgumentException"/> if the activity lacks an id it needs.</summary>
    protected abstract string GetStorageKey(ITurnContext turnContext);

    /// <summary>Throws a clear <see cref="ArgumentException"/> when a routing field the key needs is missing.</summary>
    protected static string RequireActivityField(ITurnContext turnContext, string? value, string fieldName, string stateName)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{stateName} needs the activity's {fieldName}, which is missing.", nameof(turnContext));
        }

        return value;
    }

    /// <summary>Found is false when the property is absent or JSON null.</summary>
    internal async Task<(bool Found, T? Value)> TryGetPropertyValueAsync<T>(ITurnContext turnContext, string name, CancellationToken cancellationToken)
    {
        var cached = await GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (!cached.Values.TryGetValue(name, out var raw))
        {
            return (false, default);
        }

        switch (raw)
        {
            case T typed:
                return (true, typed);
            case null:
                return (false, default);
            case JsonElement element:
                // Keep the typed object from now on: it is what the bot mutates, and what the save serializes.
                // Read straight from the element's UTF-8 text: Deserialize(JsonElement) would first write it out again.
                var value = JsonSerializer.Deserialize<T>(JsonMarshal.GetRawUtf8Value(element), BotJson.Options);
                cached.Values[name] = value;
                return (value is not null, value);
            default:
                throw new InvalidOperationException($"State property '{name}' holds a {raw.GetType().Name}, not a {typeof(T).Name}; two accessors use the name with different types.");
        }
    }

    internal async Task SetPropertyValueAsync<T>(ITurnContext turnContext, string name, T value, CancellationToken cancellationToken)
    {
        var cached = await GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Values[name] = value;
    }

    internal async Task DeletePropertyValueAsync(ITurnContext turnContext, string name, CancellationToken cancellationToken)
    {
        var cached = await GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Values.Remove(name);
    }

    private async Task<CachedBotState> GetCachedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        return turnContext.TurnState.Get<CachedBotState>(_contextServiceKey)!;
    }
}
