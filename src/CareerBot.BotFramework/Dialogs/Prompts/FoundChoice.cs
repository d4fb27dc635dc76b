namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>The choice a <see cref="ChoicePrompt"/> recognised: its value and its position in the options (0-based).</summary>
public sealed record FoundChoice(string Value, int Index);
