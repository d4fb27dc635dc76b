using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Builder.Streaming;
using CareerBot.BotFramework.Dialogs.Prompts;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Teams;
using Microsoft.Extensions.Options;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// Answers a question on the channel with the answer step: the text streamed where the channel can show it, one final
/// message with its sources cited the way the channel renders them (on Teams, its next questions' buttons follow in a
/// message of their own), in the turn's language; the exchange is kept in the conversation's history (for follow-ups)
/// and among its recent answers (for ratings). Used for free questions, side questions in the middle of a dialog and
/// the guided tour's steps.
/// </summary>
public sealed class AnswerReplier(IAnswerService answers, AdvisorState state, AnswerArchive archive, IOptions<ConversationOptions> options)
{
    /// <summary>Longest text kept per remembered message: enough for a follow-up, bounded for storage.</summary>
    private const int MaxRememberedLength = 600;

    /// <summary>Teams shows at most six suggested actions.</summary>
    private const int MaxTeamsSuggestions = 6;

    private const string PersonalConversation = "personal";

    /// <summary>Longest answer text kept for a rating: the stored feedback shows what was rated, within a bounded state.</summary>
    private const int MaxRatedLength = 4000;

    /// <param name="lead">Markdown put before the answer (a tour step's heading), or null.</param>
    /// <param name="offerRating">
    /// Whether the answer gets its buttons (next questions, and 👍/👎 outside Teams, which shows its own under every
    /// answer). Off in the middle of a dialog, where the question asked again brings its own buttons.
    /// </param>
    /// <param name="insteadOfRefusal">
    /// What to send if the answer step finds the message out of scope or asking nothing (small talk among words of its
    /// own: « stylé merci », « logique, merci »), then neither kept in the history nor offered for rating; null sends
    /// the refusal, or the short invitation to ask.
    /// </param>
    public async Task<Answer> ReplyAsync(ITurnContext turnContext, string question, string? lead = null, bool offerRating = true, Activity? insteadOfRefusal = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var data = await state.Conversation.GetAsync(turnContext, () => new AdvisorConversationData(), cancellationToken).ConfigureAwait(false);
        var language = AdvisorTurn.Of(turnContext).Language;
        var request = new AnswerRequest(question, language, data.History.ToList());
        var prefix = lead is null ? string.Empty : lead + "\n\n";

        await using var stream = new StreamingResponse(turnContext);
        Answer? final = null;
        await foreach (var update in answers.StreamAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (update.Final is { } answer)
            {
                final = answer;
            }
            else if (update.Partial is { } partial)
            {
                stream.QueueTextChunk(prefix + partial);
            }
        }

        // The answer service always ends with a final answer; a stream without one is a broken contract.
        if (final is null)
        {
            throw new InvalidOperationException("The answer service ended without a final answer.");
        }

        if (final.Origin is AnswerOrigin.OutOfScope or AnswerOrigin.Remark && insteadOfRefusal is not null)
        {
            await stream.EndStreamAsync(insteadOfRefusal, cancellationToken).ConfigureAwait(false);
            return final;
        }

        if (final.Origin == AnswerOrigin.Remark)
        {
            // Like small talk: neither kept in the history (the next follow-up leans on the last question) nor rated.
            await stream.EndStreamAsync(AdvisorTurn.Of(turnContext).Reply(prefix + final.Text), cancellationToken).ConfigureAwait(false);
            return final;
        }

        var rated = !final.OutOfScope;
        Activity message;
        Activity? nextSteps = null;
        if (rated)
        {
            var sources = final.Sources.Select(s => new CitationSource(s.Number, s.Title, s.Quote));
            message = CitedMessage.Create(prefix + final.Text, sources, turnContext.Activity.ChannelId, AdvisorTurn.Of(turnContext).Locale, aiGenerated: final.Origin == AnswerOrigin.Llm);
            nextSteps = OfferNextSteps(message, turnContext, final.Suggestions, offerRating);
        }
        else
        {
            // A refusal offers the menu: what the bot can do instead.
            message = Menu.Create(turnContext, prefix + final.Text);
        }

        var response = await stream.EndStreamAsync(message, cancellationToken).ConfigureAwait(false);
        if (nextSteps is not null)
        {
            await turnContext.SendActivityAsync(nextSteps, cancellationToken).ConfigureAwait(false);
        }

        Remember(data, new ConversationTurn(FromUser: true, question), new ConversationTurn(FromUser: false, final.Text) { Topic = final.Topic, Passages = [.. final.Sources.Select(s => s.PassageId)] });
        if (rated)
        {
            var archived = new ArchivedAnswer(
                final.Text.Length > MaxRatedLength ? final.Text[..MaxRatedLength] : final.Text,
                [.. final.Sources.Select(s => new RecentSource(s.Number, s.Title, s.PassageId))]);
            KeepForRating(data, new RecentAnswer
            {
                // Teams' feedback refers to the reply's id; other channels rate the last answer, so any unique id does.
                Id = response?.Id ?? Guid.NewGuid().ToString("N"),
                Question = question,
                Language = language,
                Answer = await archive.KeepAsync(archived, cancellationToken).ConfigureAwait(false),
            });
        }

        return final;
    }

    /// <summary>
    /// The buttons under an answer: the next questions, and 👍/👎 outside Teams, which draws its own under a message that
    /// asks for them. Teams shows suggested actions only in a one-to-one chat (at most <see cref="MaxTeamsSuggestions"/>),
    /// and there they come in a message of their own, returned to be sent after the answer: the Agents Playground's
    /// Teams view shows a message that carries suggested actions as plain text, without its Markdown and its citations.
    /// Elsewhere they are suggested actions of the answer itself, and null is returned. None in the middle of a dialog,
    /// whose question asked again brings its own.
    /// </summary>
    private static Activity? OfferNextSteps(Activity message, ITurnContext turnContext, IReadOnlyList<string> suggestions, bool offerRating)
    {
        // In the middle of a dialog the question asked again brings the buttons that matter.
        var buttons = offerRating ? new List<string>(suggestions) : [];
        var texts = AdvisorTurn.Of(turnContext).Texts;
        if (turnContext.Activity.ChannelId == Channels.MsTeams)
        {
            TeamsChannelData.WithFeedbackLoop(message);
            if (buttons.Count == 0 || turnContext.Activity.Conversation?.ConversationType is not (null or PersonalConversation))
            {
                return null;
            }

            var next = SuggestedActionsRenderer.WithChoices(Activity.CreateMessage(texts.Get(nameof(ConversationMessages.Answer_Next))), buttons.Take(MaxTeamsSuggestions));
            next.TextFormat = message.TextFormat;
            next.Locale = message.Locale;
            return next;
        }

        if (offerRating)
        {
            buttons.Add(texts.Get(nameof(ConversationMessages.Feedback_Like)));
            buttons.Add(texts.Get(nameof(ConversationMessages.Feedback_Dislike)));
        }

        if (buttons.Count > 0)
        {
            SuggestedActionsRenderer.WithChoices(message, buttons);
        }

        return null;
    }

    private void Remember(AdvisorConversationData data, params ConversationTurn[] turns)
    {
        foreach (var turn in turns)
        {
            data.History.Add(turn with { Text = turn.Text.Length > MaxRememberedLength ? turn.Text[..MaxRememberedLength] : turn.Text });
        }

        Trim(data.History, options.Value.HistoryMessages);
    }

    private void KeepForRating(AdvisorConversationData data, RecentAnswer answer)
    {
        data.RecentAnswers.Add(answer);
        Trim(data.RecentAnswers, options.Value.RatedAnswers);
    }

    private static void Trim<T>(List<T> list, int keep)
    {
        var excess = list.Count - Math.Max(keep, 0);
        if (excess > 0)
        {
            list.RemoveRange(0, excess);
        }
    }
}
