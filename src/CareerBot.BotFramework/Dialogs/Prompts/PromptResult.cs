namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// What a prompt ends with when it gives up after <see cref="PromptOptions.MaxAttempts"/> answers it could not
/// accept. A prompt that succeeds ends with the recognised value itself, so a step tells them apart with
/// <c>stepContext.Result is PromptResult</c>.
/// </summary>
public sealed record PromptResult(string PromptId, int Attempts);
