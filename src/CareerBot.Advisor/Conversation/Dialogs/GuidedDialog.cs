using CareerBot.BotFramework.Dialogs;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Conversation.Dialogs;

/// <summary>
/// A dialog that guides the user with <see cref="OptionPrompt"/> questions and lets them ask something else at any
/// time: a message that answers none of the choices but is a question (or follows « Poser une question ») is answered
/// on the spot, and the question is asked again (« Reprenons : … »), at the same step.
/// </summary>
internal abstract class GuidedDialog(string dialogId, AdvisorState state, AnswerReplier replier, SideQuestion sideQuestion) : ComponentDialog(dialogId)
{
    protected AnswerReplier Replier { get; } = replier;

    protected override async Task<bool> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var turnContext = innerDc.Context;
        var text = turnContext.Activity.Type == ActivityTypes.Message ? turnContext.Activity.Text?.Trim() : null;
        // Only a question with choices can be interrupted: a step waiting for free text takes the message as it is.
        if (string.IsNullOrEmpty(text) || innerDc.ActiveDialog is not { } active || innerDc.FindDialog(active.Id) is not OptionPrompt prompt || prompt.Recognizes(text))
        {
            return false;
        }

        var data = await state.Conversation.GetAsync(turnContext, () => new AdvisorConversationData(), cancellationToken).ConfigureAwait(false);
        if (!data.ExpectQuestion && !await sideQuestion.IsQuestionAsync(text, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        data.ExpectQuestion = false;
        await Replier.ReplyAsync(turnContext, text, offerRating: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        AdvisorTurn.Of(turnContext).MarkResuming();
        return true;
    }
}
