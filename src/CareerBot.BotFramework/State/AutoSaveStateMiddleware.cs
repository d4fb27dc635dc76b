using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.State;

/// <summary>
/// Saves the given states after the rest of the pipeline (and the bot) has run. A turn that throws saves
/// nothing, so a half-done turn does not persist half its changes.
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
        foreach (var botState in _botStates)
        {
            await botState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        }
    }
}
