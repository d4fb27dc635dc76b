namespace CareerBot.BotFramework.Dialogs;

/// <summary>The outcome of a call on a <see cref="DialogContext"/>: the stack's status and, when it completed, the result.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
