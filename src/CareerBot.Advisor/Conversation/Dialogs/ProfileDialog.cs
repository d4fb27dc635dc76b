using System.Globalization;
using CareerBot.Advisor.Conversation.Roadmaps;
using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Dialogs;
using CareerBot.BotFramework.Dialogs.Prompts;

namespace CareerBot.Advisor.Conversation.Dialogs;

/// <summary>
/// The profile assessment: the questions of <see cref="ProfileQuestions"/> one after the other (each answer kept in the
/// waterfall's values, so a restart continues at the same question), then a personal roadmap built from the answers
/// and the fact sheet, stored in the user's state and shown with its sources.
/// </summary>
internal sealed class ProfileDialog : GuidedDialog
{
    public const string DialogId = "profile";

    private const string StepsDialog = "profile.steps";

    private readonly AdvisorState _state;
    private readonly RoadmapBuilder _builder;
    private readonly RoadmapMessage _message;
    private readonly TimeProvider _time;

    public ProfileDialog(AdvisorState state, AnswerReplier replier, SideQuestion sideQuestion, RoadmapBuilder builder, RoadmapMessage message, TimeProvider time)
        : base(DialogId, state, replier, sideQuestion)
    {
        _state = state;
        _builder = builder;
        _message = message;
        _time = time;
        var questions = ProfileQuestions.All;
        var steps = new List<WaterfallStep>();
        for (var i = 0; i <= questions.Count; i++)
        {
            var index = i;
            steps.Add((step, cancellationToken) => AskAsync(step, index, cancellationToken));
        }

        AddDialog(new WaterfallDialog(StepsDialog, steps));
        for (var i = 0; i < questions.Count; i++)
        {
            AddDialog(new OptionPrompt(questions[i], string.Format(CultureInfo.InvariantCulture, "({0}/{1}) ", i + 1, questions.Count)));
        }
    }

    /// <summary>Step <paramref name="index"/>: keeps the answer to the previous question, then asks the next one, or ends with the roadmap.</summary>
    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, int index, CancellationToken cancellationToken)
    {
        var questions = ProfileQuestions.All;
        var texts = AdvisorTurn.Of(step.Context).Texts;
        if (index == 0)
        {
            await step.Context.SendActivityAsync(texts.Format(nameof(ConversationMessages.Profile_Intro), questions.Count), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else if (step.Result is string answer)
        {
            step.Values[questions[index - 1].Id] = answer;
        }
        else
        {
            // The prompt gave up after too many answers it could not read.
            await step.Context.SendActivityAsync(Menu.Create(step.Context, texts.Get(nameof(ConversationMessages.Profile_GaveUp))), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (index < questions.Count)
        {
            return await step.PromptAsync(questions[index].Id, OptionPrompt.Options, cancellationToken).ConfigureAwait(false);
        }

        var profile = new UserProfile
        {
            Answers = questions.ToDictionary(q => q.Id, q => DialogStateValues.As<string>(step.Values[q.Id])!, StringComparer.Ordinal),
            CompletedAt = _time.GetUtcNow(),
        };
        var user = await _state.User.GetAsync(step.Context, () => new AdvisorUserData(), cancellationToken).ConfigureAwait(false);
        user.Profile = profile;
        user.Roadmap = _builder.Build(profile);
        await _message.SendAsync(step.Context, profile, user.Roadmap, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(profile, cancellationToken).ConfigureAwait(false);
    }
}
