namespace CareerBot.BotFramework.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/>: it usually prompts (waiting) or ends the dialog.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
