using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.State;

/// <summary>
/// A named, typed property of a <see cref="BotState"/> (created by <see cref="BotState.CreateProperty{T}"/>).
/// Each call loads the state for the turn if needed; changes are kept in the turn until
/// <see cref="BotState.SaveChangesAsync"/> (or <see cref="AutoSaveStateMiddleware"/>) writes them.
/// </summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>The value, or <c>default</c> when the property is not set.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);

    /// <summary>
    /// The value; when the property is not set (or set to null), <paramref name="defaultValueFactory"/>'s result
    /// is stored and returned. The returned object is the one that will be saved, so mutating it is a change.
    /// </summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
