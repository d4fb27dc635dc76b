using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.State;

/// <summary>The accessor handed out by <see cref="BotState.CreateProperty{T}"/>.</summary>
internal sealed class BotStatePropertyAccessor<T>(BotState botState, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var (_, value) = await botState.TryGetPropertyValueAsync<T>(turnContext, Name, cancellationToken).ConfigureAwait(false);
        return value;
    }

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(defaultValueFactory);
        var (found, value) = await botState.TryGetPropertyValueAsync<T>(turnContext, Name, cancellationToken).ConfigureAwait(false);
        if (found)
        {
            return value!;
        }

        var created = defaultValueFactory();
        await botState.SetPropertyValueAsync(turnContext, Name, created, cancellationToken).ConfigureAwait(false);
        return created;
    }

    public Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default) =>
        botState.SetPropertyValueAsync(turnContext, Name, value, cancellationToken);

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        botState.DeletePropertyValueAsync(turnContext, Name, cancellationToken);
}
