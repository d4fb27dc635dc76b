using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Dialogs;
using CareerBot.BotFramework.Dialogs.Prompts;

namespace CareerBot.Advisor.Conversation.Dialogs;

/// <summary>
/// The guided tour of the job: the role, the tasks, skills, training, salaries, employers and sectors, career paths
/// and the debate about the job's future (<see cref="TourPlan.Steps"/>). Each step is a short answer of the answer
/// step, with its sources, then a choice: next, ask a question, or stop. One waterfall runs one step and replaces
/// itself with the next, so the saved state always names the step the user is at.
/// </summary>
internal sealed class GuidedTourDialog : GuidedDialog
{
    public const string DialogId = "tour";

    private const string StepDialog = "tour.step";

    public GuidedTourDialog(AdvisorState state, AnswerReplier replier, SideQuestion sideQuestion)
        : base(DialogId, state, replier, sideQuestion)
    {
        AddDialog(new WaterfallDialog(StepDialog, [ShowStepAsync, ChooseAsync, AnswerQuestionAsync]));
        AddDialog(new OptionPrompt(TourPlan.Between));
        AddDialog(new OptionPrompt(TourPlan.AfterLast));
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var position = DialogStateValues.As<TourPosition>(step.Options) ?? new TourPosition();
        var count = TourPlan.Steps.Count;
        var index = Math.Clamp(position.Step, 0, count - 1);
        step.Values["step"] = index;
        if (position.Resume)
        {
            AdvisorTurn.Of(step.Context).MarkResuming();
        }
        else
        {
            var texts = AdvisorTurn.Of(step.Context).Texts;
            var name = TourPlan.Steps[index];
            var heading = texts.Format(nameof(ConversationMessages.Tour_Heading), index + 1, count, texts.Get($"Tour_{name}_Title"));
            if (index == 0)
            {
                heading = texts.Format(nameof(ConversationMessages.Tour_Intro), count) + "\n\n" + heading;
            }

            await Replier.ReplyAsync(step.Context, texts.Get($"Tour_{name}_Question"), heading, offerRating: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var choices = index == count - 1 ? TourPlan.AfterLast : TourPlan.Between;
        return await step.PromptAsync(choices.Id, OptionPrompt.Options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var index = DialogStateValues.As<int>(step.Values["step"]);
        var texts = AdvisorTurn.Of(step.Context).Texts;
        switch (step.Result)
        {
            case TourPlan.Next:
                return await step.ReplaceDialogAsync(StepDialog, new TourPosition { Step = index + 1 }, cancellationToken).ConfigureAwait(false);
            case TourPlan.Ask:
                await step.Context.SendActivityAsync(texts.Get(nameof(ConversationMessages.AskQuestion)), cancellationToken: cancellationToken).ConfigureAwait(false);
                return Dialog.EndOfTurn;
            case TourPlan.Finish:
                await step.Context.SendActivityAsync(Menu.Create(step.Context, texts.Get(nameof(ConversationMessages.Tour_Done))), cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case PromptResult:
                await step.Context.SendActivityAsync(Menu.Create(step.Context, texts.Get(nameof(ConversationMessages.Tour_GaveUp))), cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            default:
                await step.Context.SendActivityAsync(Menu.Create(step.Context, texts.Get(nameof(ConversationMessages.Tour_Stopped))), cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>After « Poser une question »: the message is the question; then back to the same step's choices.</summary>
    private async Task<DialogTurnResult> AnswerQuestionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string { Length: > 0 } question)
        {
            await Replier.ReplyAsync(step.Context, question.Trim(), offerRating: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var index = DialogStateValues.As<int>(step.Values["step"]);
        return await step.ReplaceDialogAsync(StepDialog, new TourPosition { Step = index, Resume = true }, cancellationToken).ConfigureAwait(false);
    }
}
