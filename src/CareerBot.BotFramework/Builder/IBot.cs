namespace CareerBot.BotFramework.Builder;

/// <summary>A bot: the logic run for every turn (one incoming activity).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}

/// <summary>The code run at the end of the middleware pipeline (usually <see cref="IBot.OnTurnAsync"/>).</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
