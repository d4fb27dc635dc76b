using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>What a prompt validator sees: the turn, what was recognised, the options, and the number of answers so far (this one included).</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);

/// <summary>
/// Accepts or rejects a recognised answer (it is also called when nothing was recognised). A validator that
/// sends its own message replaces the retry prompt for that turn.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
