using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Resources;
using System.Text.Json;
using CareerBot.Advisor.Feedback;
using CareerBot.Advisor.Tests.Support;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>Transcripts of ratings: 👍/👎 buttons and a comment in Web Chat and the Emulator, Teams' own feedback invoke.</summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class RatingTests(RealKnowledgeFixture knowledge)
{
    private const string Question = "Quel est le salaire d'un prompt engineer junior ?";

    [Fact]
    public async Task A_thumbs_up_is_stored_with_the_question_the_answer_and_its_sources()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        var answer = await chat.SendAsync(Question);
        // The next questions first, then 👍/👎.
        Assert.Equal(["👍", "👎"], AdvisorChat.Buttons(answer).TakeLast(2));
        Assert.Contains(Messages.For("fr").Get(nameof(AdvisorMessages.AllFiguresButton)), AdvisorChat.Buttons(answer));

        Assert.Equal("Merci pour votre retour !", await chat.TextAsync("👍"));

        var record = Assert.Single(await Stored(chat));
        Assert.Equal(FeedbackReaction.Like, record.Reaction);
        Assert.Equal(Question, record.Question);
        Assert.Contains("45", record.Answer, StringComparison.Ordinal);
        Assert.NotEmpty(record.Sources);
        Assert.Equal("fr", record.Language);
        Assert.Equal(FeedbackRecord.HashUser(Channels.Emulator, chat.UserId), record.UserHash);
        Assert.DoesNotContain(chat.UserId, record.UserHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thumbs_down_asks_for_a_comment_which_is_stored_with_the_rating()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync(Question);

        var ask = await chat.SendAsync("👎");
        Assert.Contains("Qu'est-ce qui n'allait pas", ask[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["Passer"], AdvisorChat.Buttons(ask));
        Assert.Equal("Merci, votre commentaire est enregistré.", await chat.TextAsync("Les montants mensuels et annuels sont mélangés"));

        var record = Assert.Single(await Stored(chat));
        Assert.Equal(FeedbackReaction.Dislike, record.Reaction);
        Assert.Equal("Les montants mensuels et annuels sont mélangés", record.Comment);
    }

    [Fact]
    public async Task The_comment_can_be_skipped_or_replaced_by_a_new_question()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync(Question);
        await chat.SendAsync("👎");
        Assert.Equal("Merci pour votre retour !", await chat.TextAsync("passer"));

        await chat.SendAsync("👎");
        var answered = await chat.TextAsync("quelles entreprises recrutent des prompt engineers ?");

        Assert.Contains("Ubisoft", answered, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await Stored(chat)).Comment);
    }

    [Fact]
    public async Task A_rating_in_the_middle_of_the_assessment_leaves_it_at_its_question()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync(Question);
        await chat.SendAsync("Évaluer mon profil");

        var thanks = await chat.SendAsync("👍");

        Assert.Equal("Merci pour votre retour !", thanks[0].Text);
        Assert.StartsWith("Reprenons : (1/6)", thanks[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_to_rate_before_the_first_answer()
    {
        await using var chat = new AdvisorChat(knowledge.Base);

        Assert.Equal("Je n'ai pas encore donné de réponse à évaluer.", await chat.TextAsync("👍"));
        Assert.Empty(await Stored(chat));
    }

    [Fact]
    public async Task Teams_feedback_buttons_are_asked_for_and_their_invoke_is_stored_and_answered_200()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);
        var answered = await chat.SendAsync(Question);
        Assert.True(Rated(answered).ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
        // Teams draws its own 👍/👎: the suggested actions are the next questions only.
        Assert.NotEmpty(AdvisorChat.Buttons(answered));
        Assert.DoesNotContain(AdvisorChat.Buttons(answered), title => title is "👍" or "👎");

        var invoke = chat.Message(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "message/submitAction";
        invoke.ReplyToId = "sent-0";
        invoke.Value = JsonSerializer.SerializeToElement(new
        {
            actionName = "feedback",
            actionValue = new { reaction = "dislike", feedback = JsonSerializer.Serialize(new { feedbackText = "Trop long" }) },
        });
        var replies = await chat.RunAsync(invoke);

        var response = Assert.Single(replies);
        Assert.Equal(ActivityTypes.InvokeResponse, response.Type);
        Assert.Equal(200, response.Value!.Value.GetProperty("status").GetInt32());
        var record = Assert.Single(await Stored(chat));
        Assert.Equal(FeedbackReaction.Dislike, record.Reaction);
        Assert.Equal("Trop long", record.Comment);
        Assert.Equal(Question, record.Question);
    }

    [Fact]
    public async Task Teams_feedback_finds_each_of_the_last_five_answers_and_not_an_older_one()
    {
        string[] questions =
        [
            Question,
            "quelle formation pour devenir prompt engineer",
            "quelles entreprises recrutent des prompt engineers ?",
            "quelles compétences faut-il pour devenir prompt engineer ?",
            "est-ce qu'il faut connaître Python ?",
            "peut-on être prompt engineer en télétravail ?",
        ];
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);
        var ids = new List<string>();
        foreach (var question in questions)
        {
            ids.Add(Rated(await chat.SendAsync(question)).Id!);
        }

        await chat.RunAsync(Feedback(chat, ids[0], "like"));
        Assert.Empty(await Stored(chat)); // six answers ago: its slot now holds the sixth

        await chat.RunAsync(Feedback(chat, ids[1], "like"));
        await chat.RunAsync(Feedback(chat, ids[5], "dislike"));
        var stored = await Stored(chat);
        Assert.Equal(2, stored.Count);
        Assert.Contains(stored, r => r.Question == questions[1] && r.Reaction == FeedbackReaction.Like);
        Assert.Contains(stored, r => r.Question == questions[5] && r.Reaction == FeedbackReaction.Dislike);
    }

    [Fact]
    public async Task The_conversation_state_keeps_references_to_the_rated_answers_not_their_text()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        var answerText = (await chat.SendAsync(Question)).First(r => r.Entities is { Count: > 0 }).Text!;
        await chat.SendAsync("quelle formation pour devenir prompt engineer");

        var state = (await chat.Storage.ReadAsync(["emulator/conversations/" + chat.ConversationId])).Values.Single().Document;
        var recent = state.GetProperty("AdvisorConversationData").GetProperty("recentAnswers");
        Assert.Equal(2, recent.GetArrayLength());
        Assert.All(recent.EnumerateArray(), a => Assert.False(a.TryGetProperty("text", out _)));
        Assert.DoesNotContain(answerText[..60], recent.GetRawText(), StringComparison.Ordinal);

        Assert.Equal("Merci pour votre retour !", await chat.TextAsync("👍"));
        var record = Assert.Single(await Stored(chat));
        Assert.Equal("quelle formation pour devenir prompt engineer", record.Question);
        Assert.NotEmpty(record.Answer);
        Assert.NotEmpty(record.Sources);
    }

    [Fact]
    public async Task An_invoke_that_is_not_feedback_still_gets_501()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);
        var invoke = chat.Message(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "message/submitAction";
        invoke.Value = JsonSerializer.SerializeToElement(new { actionName = "other" });

        var response = Assert.Single(await chat.RunAsync(invoke));

        Assert.Equal(501, response.Value!.Value.GetProperty("status").GetInt32());
    }

    /// <summary>The answer Teams shows its 👍/👎 under: the next questions' buttons may follow it in a message of their own.</summary>
    private static Activity Rated(IReadOnlyList<Activity> replies) =>
        Assert.Single(replies, r => r.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("feedbackLoopEnabled", out _));

    private static async Task<List<FeedbackRecord>> Stored(AdvisorChat chat)
    {
        var records = new List<FeedbackRecord>();
        await foreach (var record in chat.Feedback.ReadAsync())
        {
            records.Add(record);
        }

        return records;
    }

    private static Activity Feedback(AdvisorChat chat, string replyToId, string reaction)
    {
        var invoke = chat.Message(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "message/submitAction";
        invoke.ReplyToId = replyToId;
        invoke.Value = JsonSerializer.SerializeToElement(new { actionName = "feedback", actionValue = new { reaction } });
        return invoke;
    }
}
