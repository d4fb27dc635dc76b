namespace CareerBot.BotFramework.Builder;

/// <summary>The ordered middleware of an adapter; runs each one, then the bot callback.</summary>
public sealed class MiddlewareSet
{
    private readonly List<IMiddleware> _middleware = [];

    public MiddlewareSet Use(IMiddleware middleware)
    {
        _middleware.Add(middleware ?? throw new ArgumentNullException(nameof(middleware)));
        return this;
    }

    public Task ReceiveActivityAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken) =>
        RunAsync(turnContext, callback, 0, cancellationToken);

    private Task RunAsync(ITurnContext turnContext, BotCallbackHandler? callback, int index, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback is null ? Task.CompletedTask : callback(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(turnContext, ct => RunAsync(turnContext, callback, index + 1, ct), cancellationToken);
    }
}
