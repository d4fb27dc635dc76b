using System.Net;
using CareerBot.Advisor.Conversation.Dialogs;
using CareerBot.Advisor.Conversation.Roadmaps;
using CareerBot.Advisor.Feedback;
using CareerBot.Advisor.Language;
using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Dialogs;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;
using CareerBot.BotFramework.Teams;
using Microsoft.Extensions.Logging;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// The career advisor on a channel. It welcomes each user (in full once, briefly afterwards) with the menu; runs the
/// commands that work anywhere (aide, menu, annuler, recommencer, language switch, ratings); hands other messages to
/// the dialog in progress (guided tour, profile assessment), which answers side questions itself; replies briefly to
/// small talk (« bonjour », « merci », « t'es qui ? »); and answers any other message as a question, with its sources. Replies are in the user's chosen language, else the message's.
/// </summary>
public sealed partial class AdvisorBot : TeamsActivityHandler
{
    /// <summary>Longest message the bot reads; longer pastes get a polite request to shorten.</summary>
    public const int MaxTextLength = 4000;


    private readonly AdvisorState _state;
    private readonly AnswerReplier _replier;
    private readonly AnswerRatings _ratings;
    private readonly SourcesReply _sources;
    private readonly RoadmapMessage _roadmaps;
    private readonly DialogSet _dialogs;
    private readonly ILogger<AdvisorBot> _logger;

    public AdvisorBot(AdvisorState state, AnswerReplier replier, AnswerRatings ratings, SourcesReply sources, SideQuestion sideQuestion, RoadmapBuilder builder, RoadmapMessage roadmaps, TimeProvider time, ILogger<AdvisorBot> logger)
    {
        _state = state;
        _replier = replier;
        _ratings = ratings;
        _sources = sources;
        _roadmaps = roadmaps;
        _logger = logger;
        _dialogs = new DialogSet(state.Dialogs)
            .Add(new GuidedTourDialog(state, replier, sideQuestion))
            .Add(new ProfileDialog(state, replier, sideQuestion, builder, roadmaps, time))
            .Add(new FeedbackCommentDialog(ratings, replier, sideQuestion));
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    /// <summary>Teams says the app was installed with installationUpdate; it may not send a conversationUpdate for the user.</summary>
    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _state.LoadAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var data = await _state.Conversation.GetAsync(turnContext, () => new AdvisorConversationData(), cancellationToken).ConfigureAwait(false);
        var user = await _state.User.GetAsync(turnContext, () => new AdvisorUserData(), cancellationToken).ConfigureAwait(false);
        var activity = turnContext.Activity;
        // In a Teams channel or group chat the message starts with « <at>CareerBot</at> »: the bot reads what follows.
        activity.RemoveRecipientMention();
        var text = activity.Text?.Trim();
        var command = CommandRecognizer.FromValue(activity.Value) ?? CommandRecognizer.Recognize(text);
        // A button's label says the language of the menu the user read (« Évaluer mon profil »); a word that could be
        // either ("menu", a card click without text) keeps the conversation's language.
        var language = user.LanguageOverride ?? LanguageDetector.Detect(text, data.Language ?? LanguageOf(activity.Locale));
        data.Language = language;
        var texts = AdvisorTurn.Of(turnContext).SpeakIn(language).Texts;

        if (command is null && string.IsNullOrEmpty(text))
        {
            await turnContext.SendActivityAsync(texts.Get(nameof(ConversationMessages.NoText)), cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        if (text?.Length > MaxTextLength)
        {
            await turnContext.SendActivityAsync(texts.Format(nameof(ConversationMessages.TooLong), text.Length, MaxTextLength), cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (command is { } known)
        {
            await RunAsync(known, dc, data, user, cancellationToken).ConfigureAwait(false);
        }
        else if (dc.ActiveDialog is not null)
        {
            // The dialog reads its own choices first (« ok », « merci » in the guided tour), so small talk waits.
            await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (SmallTalkRecognizer.Default.Recognize(text) is { } smallTalk)
        {
            // A short reply, neither kept in the history (a follow-up after « merci » leans on the last question) nor
            // offered for rating (👍 after « merci » rates the last answer).
            LogSmallTalk(_logger, smallTalk);
            await turnContext.SendActivityAsync(SmallTalkReply.Create(turnContext, smallTalk), cancellationToken).ConfigureAwait(false);
        }
        else if (SmallTalkRecognizer.Default.ThanksAlone(text!) is { } thanks)
        {
            LogSmallTalk(_logger, thanks);
            await turnContext.SendActivityAsync(SmallTalkReply.Create(turnContext, thanks), cancellationToken).ConfigureAwait(false);
        }
        else if (SourcesReply.AsksOrigin(text!))
        {
            // Where an article comes from is in its front matter, not in its passages: the answer step has no record of it.
            data.ExpectQuestion = false;
            var reply = _sources.Named(text!, language) ?? await _sources.ForAsync(data.RecentAnswers.LastOrDefault(), language, cancellationToken).ConfigureAwait(false);
            await SendMarkdownAsync(turnContext, reply, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            data.ExpectQuestion = false;
            // Small talk among words of its own (« stylé merci »): the short reply, if the answer step finds no question.
            var smallTalkAmong = SmallTalkRecognizer.Default.RecognizeAmong(text) is { } among ? SmallTalkReply.Create(turnContext, among) : null;
            await _replier.ReplyAsync(turnContext, text!, insteadOfRefusal: smallTalkAmong, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Teams' own 👍/👎 under an answer: filed with the answer it rates, if it is still among the recent ones.</summary>
    protected override async Task OnTeamsFeedbackAsync(ITurnContext turnContext, TeamsFeedback feedback, string? ratedActivityId, CancellationToken cancellationToken)
    {
        var data = await _state.Conversation.GetAsync(turnContext, () => new AdvisorConversationData(), cancellationToken).ConfigureAwait(false);
        var answer = data.RecentAnswers.LastOrDefault(a => a.Id == ratedActivityId);
        if (answer is null)
        {
            // Rated too long after (the answer left the recent ones) or not an answer: nothing to file it with.
            LogUnknownRating(_logger, ratedActivityId);
            return;
        }

        var reaction = feedback.Reaction == TeamsFeedbackReaction.Like ? FeedbackReaction.Like : FeedbackReaction.Dislike;
        await _ratings.RateAsync(turnContext, answer, reaction, feedback.Comment, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A card button with <c>Action.Execute</c> (Universal Actions): its verb, else its data's <c>command</c>, runs like
    /// the same command typed; the bot's replies go to the chat and Teams shows the short acknowledgement on the card.
    /// </summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        await _state.LoadAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var data = await _state.Conversation.GetAsync(turnContext, () => new AdvisorConversationData(), cancellationToken).ConfigureAwait(false);
        var user = await _state.User.GetAsync(turnContext, () => new AdvisorUserData(), cancellationToken).ConfigureAwait(false);
        var language = user.LanguageOverride ?? data.Language ?? LanguageOf(turnContext.Activity.Locale) ?? LanguageDetector.French;
        data.Language = language;
        var texts = AdvisorTurn.Of(turnContext).SpeakIn(language).Texts;

        var action = invokeValue.Action!;
        if ((CommandRecognizer.FromName(action.Verb) ?? CommandRecognizer.FromValue(action.Data)) is not { } command)
        {
            LogUnknownVerb(_logger, action.Verb);
            return AdaptiveCardInvokeResponse.Error(HttpStatusCode.BadRequest, "UnknownVerb", texts.Get(nameof(ConversationMessages.CardActionUnknown)));
        }

        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await RunAsync(command, dc, data, user, cancellationToken).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Message(texts.Get(nameof(ConversationMessages.CardActionDone)));
    }

    private async Task RunAsync(Command command, DialogContext dc, AdvisorConversationData data, AdvisorUserData user, CancellationToken cancellationToken)
    {
        var turnContext = dc.Context;
        var texts = AdvisorTurn.Of(turnContext).Texts;
        switch (command)
        {
            case Command.Help:
                await SendMarkdownAsync(turnContext, texts.Get(nameof(ConversationMessages.Help)), cancellationToken).ConfigureAwait(false);
                await ResumeAsync(dc, cancellationToken).ConfigureAwait(false);
                break;
            case Command.Menu:
                await turnContext.SendActivityAsync(Menu.Create(turnContext), cancellationToken).ConfigureAwait(false);
                break;
            case Command.Cancel:
                var cancelled = await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                data.ExpectQuestion = false;
                var lead = cancelled.Status == DialogTurnStatus.Cancelled ? nameof(ConversationMessages.Cancelled) : nameof(ConversationMessages.NothingToCancel);
                await turnContext.SendActivityAsync(Menu.Create(turnContext, texts.Get(lead)), cancellationToken).ConfigureAwait(false);
                break;
            case Command.Restart:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                data.History.Clear();
                data.RecentAnswers.Clear();
                data.ExpectQuestion = false;
                var restart = texts.Get(nameof(ConversationMessages.Restarted)) + "\n\n" + texts.Get(nameof(ConversationMessages.Welcome));
                await turnContext.SendActivityAsync(Menu.Create(turnContext, restart), cancellationToken).ConfigureAwait(false);
                break;
            case Command.English or Command.French:
                var chosen = command == Command.English ? LanguageDetector.English : LanguageDetector.French;
                user.LanguageOverride = chosen;
                data.Language = chosen;
                await turnContext.SendActivityAsync(AdvisorTurn.Of(turnContext).SpeakIn(chosen).Texts.Get(nameof(ConversationMessages.LanguageSwitched)), cancellationToken: cancellationToken).ConfigureAwait(false);
                await ResumeAsync(dc, cancellationToken).ConfigureAwait(false);
                break;
            case Command.AutoLanguage:
                user.LanguageOverride = null;
                await turnContext.SendActivityAsync(texts.Get(nameof(ConversationMessages.LanguageAuto)), cancellationToken: cancellationToken).ConfigureAwait(false);
                await ResumeAsync(dc, cancellationToken).ConfigureAwait(false);
                break;
            case Command.Tour or Command.Profile:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                data.ExpectQuestion = false;
                await dc.BeginDialogAsync(command == Command.Tour ? GuidedTourDialog.DialogId : ProfileDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
                break;
            case Command.MyProfile:
                if (user.Profile is { } profile && user.Roadmap is { } roadmap)
                {
                    await _roadmaps.SendAsync(turnContext, profile, roadmap, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await turnContext.SendActivityAsync(
                        Menu.WithButtons(texts, texts.Get(nameof(ConversationMessages.MyProfile_None)), nameof(ConversationMessages.Menu_Profile), nameof(ConversationMessages.Menu_Tour)),
                        cancellationToken).ConfigureAwait(false);
                }

                await ResumeAsync(dc, cancellationToken).ConfigureAwait(false);
                break;
            case Command.Question:
                data.ExpectQuestion = true;
                await turnContext.SendActivityAsync(texts.Get(nameof(ConversationMessages.AskQuestion)), cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            case Command.Like or Command.Dislike:
                await RateLastAnswerAsync(dc, data, command == Command.Like ? FeedbackReaction.Like : FeedbackReaction.Dislike, cancellationToken).ConfigureAwait(false);
                break;
            case Command.Sources:
                await SendMarkdownAsync(turnContext, await _sources.ForAsync(data.RecentAnswers.LastOrDefault(), data.Language ?? LanguageDetector.French, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                await ResumeAsync(dc, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task RateLastAnswerAsync(DialogContext dc, AdvisorConversationData data, FeedbackReaction reaction, CancellationToken cancellationToken)
    {
        var turnContext = dc.Context;
        var texts = AdvisorTurn.Of(turnContext).Texts;
        if (data.RecentAnswers.LastOrDefault() is not { } answer)
        {
            await turnContext.SendActivityAsync(texts.Get(nameof(ConversationMessages.Feedback_NoAnswer)), cancellationToken: cancellationToken).ConfigureAwait(false);
            await ResumeAsync(dc, cancellationToken).ConfigureAwait(false);
            return;
        }

        var record = await _ratings.RateAsync(turnContext, answer, reaction, comment: null, cancellationToken).ConfigureAwait(false);
        if (reaction == FeedbackReaction.Dislike)
        {
            // On top of any dialog in progress, which asks its question again once the comment is in.
            await dc.BeginDialogAsync(FeedbackCommentDialog.DialogId, record, cancellationToken).ConfigureAwait(false);
            return;
        }

        await turnContext.SendActivityAsync(texts.Get(nameof(ConversationMessages.Feedback_Thanks)), cancellationToken: cancellationToken).ConfigureAwait(false);
        await ResumeAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After a command in the middle of a dialog, the dialog's question again (« Reprenons : … »).</summary>
    private static async Task ResumeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null)
        {
            AdvisorTurn.Of(dc.Context).MarkResuming();
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The welcome and the menu, once per conversation: Teams sends both an installationUpdate and a conversationUpdate
    /// when the app is added. The welcome's language becomes the conversation's, so a click on its menu stays in it.
    /// </summary>
    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = await _state.Conversation.GetAsync(turnContext, () => new AdvisorConversationData(), cancellationToken).ConfigureAwait(false);
        if (data.Welcomed)
        {
            return;
        }

        data.Welcomed = true;
        var user = await _state.User.GetAsync(turnContext, () => new AdvisorUserData(), cancellationToken).ConfigureAwait(false);
        data.Language = user.LanguageOverride ?? data.Language ?? LanguageOf(turnContext.Activity.Locale) ?? LanguageDetector.French;
        var texts = AdvisorTurn.Of(turnContext).SpeakIn(data.Language).Texts;
        var welcome = user.Welcomed ? texts.Get(nameof(ConversationMessages.WelcomeBack)) : texts.Get(nameof(ConversationMessages.Welcome));
        user.Welcomed = true;
        await turnContext.SendActivityAsync(Menu.Create(turnContext, welcome), cancellationToken).ConfigureAwait(false);
    }

    private static Task<ResourceResponse?> SendMarkdownAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(AdvisorTurn.Of(turnContext).Reply(text), cancellationToken);

    private static string? LanguageOf(string? locale) =>
        locale is null ? null : locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? LanguageDetector.English : LanguageDetector.French;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Small talk: {Intent}.")]
    private static partial void LogSmallTalk(ILogger logger, SmallTalkIntent intent);

    [LoggerMessage(Level = LogLevel.Information, Message = "A card's Action.Execute verb {Verb} names no command; answered 400.")]
    private static partial void LogUnknownVerb(ILogger logger, string? verb);

    [LoggerMessage(Level = LogLevel.Information, Message = "A rating names activity {ReplyToId}, which is not among the conversation's recent answers; it is not stored.")]
    private static partial void LogUnknownRating(ILogger logger, string? replyToId);
}
