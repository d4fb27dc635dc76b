namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>What a prompt made of the user's message: whether it understood it, and as what.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default);
