namespace CareerBot.BotFramework.Builder;

/// <summary>Calls the next middleware (or the bot) in the pipeline.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>A step run around every turn, before and after the bot (logging, state saving, typing…).</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
