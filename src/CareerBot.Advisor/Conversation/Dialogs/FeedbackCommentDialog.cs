using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Dialogs;
using CareerBot.BotFramework.Dialogs.Prompts;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Conversation.Dialogs;

/// <summary>
/// After a 👎: asks what was wrong, and stores the next message as the rating's comment, unless it is « passer » or a
/// new question about the job (which is answered instead: nobody should have to skip a form to go on). Begun with the
/// rating's id.
/// </summary>
internal sealed class FeedbackCommentDialog(AnswerRatings ratings, AnswerReplier replier, SideQuestion sideQuestion) : Dialog(DialogId)
{
    public const string DialogId = "feedback.comment";

    private const string RecordKey = "record";

    private static readonly IList<Choice> Skip =
    [
        new("skip", "passer", "skip", "non", "no", "non merci", "no thanks", "rien", "nothing", "ok", "c'est bon"),
    ];

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.ActiveDialog!.State[RecordKey] = options as string ?? throw new ArgumentException("Begin the comment dialog with the rating's id.", nameof(options));
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turnContext = dc.Context;
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var text = turnContext.Activity.Text?.Trim();
        var texts = AdvisorTurn.Of(turnContext).Texts;
        var skipped = string.IsNullOrEmpty(text)
            || ChoicePrompt.Recognize(text, Skip, byNumber: false) is not null
            || ChoicePrompt.Recognize(text, [new Choice("skip", texts.Get(nameof(ConversationMessages.Feedback_Skip)))], byNumber: false) is not null;
        if (skipped)
        {
            await turnContext.SendActivityAsync(texts.Get(nameof(ConversationMessages.Feedback_Thanks)), cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // A new question about the job is answered rather than filed as a comment; a complaint with a question mark
        // (« pourquoi en dollars ? ») is still a comment, as it is not something the knowledge base covers.
        if (text!.Contains('?', StringComparison.Ordinal) && await sideQuestion.IsCoveredAsync(text, cancellationToken).ConfigureAwait(false))
        {
            var result = await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            await replier.ReplyAsync(turnContext, text, cancellationToken: cancellationToken).ConfigureAwait(false);
            return result;
        }

        var record = DialogStateValues.As<string>(dc.ActiveDialog!.State[RecordKey])!;
        await ratings.CommentAsync(record, text!, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(texts.Get(nameof(ConversationMessages.Feedback_CommentSaved)), cancellationToken: cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var texts = AdvisorTurn.Of(turnContext).Texts;
        var question = SuggestedActionsRenderer.WithChoices(Activity.CreateMessage(texts.Get(nameof(ConversationMessages.Feedback_AskComment))), [texts.Get(nameof(ConversationMessages.Feedback_Skip))]);
        question.Locale = AdvisorTurn.Of(turnContext).Locale;
        return turnContext.SendActivityAsync(question, cancellationToken);
    }
}
