using System.Globalization;
using CareerBot.Advisor.Conversation;
using CareerBot.Advisor.Resources;
using CareerBot.Advisor.Tests.Support;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>
/// Transcripts of small talk: the reply of each intent in the message's language, without sources or rating, the menu
/// where it helps; questions, commands and dialogs unchanged around it.
/// </summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class SmallTalkTests(RealKnowledgeFixture knowledge)
{
    private static readonly CultureInfo French = CultureInfo.InvariantCulture;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData("Bonjour", SmallTalkIntent.Greeting, "fr")]
    [InlineData("salut, ça va ?", SmallTalkIntent.Greeting, "fr")]
    [InlineData("Hello there", SmallTalkIntent.Greeting, "en")]
    [InlineData("merci !", SmallTalkIntent.Thanks, "fr")]
    [InlineData("ok merci beaucoup !", SmallTalkIntent.Thanks, "fr")]
    [InlineData("thanks!", SmallTalkIntent.Thanks, "en")]
    [InlineData("au revoir", SmallTalkIntent.Goodbye, "fr")]
    [InlineData("Qui es-tu ?", SmallTalkIntent.Identity, "fr")]
    [InlineData("who are you?", SmallTalkIntent.Identity, "en")]
    [InlineData("tu peux m'aider ?", SmallTalkIntent.Capabilities, "fr")]
    [InlineData("que sais-tu faire ?", SmallTalkIntent.Capabilities, "fr")]
    [InlineData("hi, what can you do?", SmallTalkIntent.Capabilities, "en")]
    [InlineData("ok", SmallTalkIntent.Acknowledgement, "fr")]
    [InlineData("t'es nul", SmallTalkIntent.Frustration, "fr")]
    [InlineData("this is useless", SmallTalkIntent.Frustration, "en")]
    public async Task Small_talk_gets_its_reply_in_the_message_language_without_sources_or_rating(string text, SmallTalkIntent intent, string language)
    {
        await using var chat = new AdvisorChat(knowledge.Base);

        var reply = Assert.Single(await chat.SendAsync(text));

        var expected = Resource(SmallTalkReply.Key(intent), language);
        var menuPrompt = Resource(nameof(ConversationMessages.MenuPrompt), language);
        Assert.Equal(SmallTalkReply.HasMenu(intent) ? expected + "\n\n" + menuPrompt : expected, reply.Text);
        Assert.Equal(language == "en" ? "en-US" : "fr-FR", reply.Locale);
        Assert.DoesNotContain(reply.Entities ?? [], e => e.Type == "https://schema.org/Message");
        Assert.DoesNotContain(OutOfScope("fr")[..30], reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(OutOfScope("en")[..30], reply.Text, StringComparison.Ordinal);
        var buttons = AdvisorChat.Buttons([reply]);
        Assert.DoesNotContain("👍", buttons);
        if (SmallTalkReply.HasMenu(intent))
        {
            Assert.Equal([Resource(nameof(ConversationMessages.Menu_Tour), language), Resource(nameof(ConversationMessages.Menu_Profile), language), Resource(nameof(ConversationMessages.Menu_Question), language), Resource(nameof(ConversationMessages.Menu_MyProfile), language), Resource(nameof(ConversationMessages.Menu_Help), language)], buttons);
        }
        else
        {
            Assert.Empty(buttons);
        }
    }

    [Fact]
    public async Task Small_talk_among_words_of_its_own_gets_its_reply_when_the_answer_step_finds_no_question()
    {
        await using var chat = new AdvisorChat(knowledge.Base);

        Assert.Equal(Resource(SmallTalkReply.Key(SmallTalkIntent.Thanks), "fr"), await chat.TextAsync("stylé merci"));
        Assert.Equal(Resource(SmallTalkReply.Key(SmallTalkIntent.Acknowledgement), "fr"), await chat.TextAsync("ahah énorme 😂"));
        // A question with a word of small talk is still answered.
        Assert.Contains("[1]", await chat.TextAsync("cool, et combien gagne un prompt engineer ?"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thanks_with_a_word_of_a_topic_is_thanks_and_thanks_that_goes_on_is_a_question()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("quels sont les avantages du métier ?");

        // « passionnant » names the upsides, but nothing is asked.
        Assert.Equal(Resource(SmallTalkReply.Key(SmallTalkIntent.Thanks), "fr"), await chat.TextAsync("Merci, c'était passionnant"));
        Assert.Contains("[1]", await chat.TextAsync("merci, et le salaire"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reaction_to_an_answer_gets_small_talk_or_an_invitation_to_ask_and_the_next_follow_up_still_leans_on_the_answer()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.TextAsync("combien gagne un prompt engineer junior en France ?");

        // Words of the articles ("logique", "dommage") beside small talk or alone ask nothing of them.
        Assert.Equal(Resource(SmallTalkReply.Key(SmallTalkIntent.Thanks), "fr"), await chat.TextAsync("logique, merci"));
        var remark = Assert.Single(await chat.SendAsync("dommage"));
        Assert.Equal(Remark("fr"), remark.Text);
        Assert.DoesNotContain(remark.Entities ?? [], e => e.Type == "https://schema.org/Message");
        Assert.Empty(AdvisorChat.Buttons([remark]));
        Assert.Equal(Remark("fr"), await chat.TextAsync("ça fait peur"));
        // Neither is kept as the question the conversation is about: the follow-up changes the country of the pay question.
        Assert.Contains("$", await chat.TextAsync("et aux États-Unis ?"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Small_talk_keeps_the_conversation_language_when_it_does_not_say_one()
    {
        await using var chat = new AdvisorChat(knowledge.Base, locale: "en-US");

        Assert.Equal(Resource(SmallTalkReply.Key(SmallTalkIntent.Acknowledgement), "en"), await chat.TextAsync("ok"));
        Assert.Equal(Resource(SmallTalkReply.Key(SmallTalkIntent.Greeting), "en") + "\n\n" + Resource(nameof(ConversationMessages.MenuPrompt), "en"), await chat.TextAsync("coucou"));
        Assert.Equal(Resource(SmallTalkReply.Key(SmallTalkIntent.Acknowledgement), "en"), await chat.TextAsync("cool 👍"));
        // « merci » is French: the reply follows.
        Assert.Equal(Resource(SmallTalkReply.Key(SmallTalkIntent.Thanks), "fr"), await chat.TextAsync("merci"));
    }

    [Fact]
    public async Task On_teams_the_greeting_brings_the_menu_card_and_thanks_neither_card_nor_feedback_buttons()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);

        var greeting = Assert.Single(await chat.SendAsync("bonjour"));
        Assert.Equal(Resource(SmallTalkReply.Key(SmallTalkIntent.Greeting), "fr"), greeting.Text);
        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(greeting.Attachments!).ContentType);

        var thanks = Assert.Single(await chat.SendAsync("merci"));
        Assert.Equal(Resource(SmallTalkReply.Key(SmallTalkIntent.Thanks), "fr"), thanks.Text);
        Assert.Empty(thanks.Attachments ?? []);
        Assert.Null(thanks.ChannelData);
    }

    [Fact]
    public async Task A_question_that_starts_with_a_greeting_is_answered_as_a_question()
    {
        await using var chat = new AdvisorChat(knowledge.Base);

        var replies = await chat.SendAsync("bonjour, combien gagne un prompt engineer junior ?");

        var answer = AdvisorChat.Join(replies);
        Assert.Contains("45", answer, StringComparison.Ordinal);
        Assert.Contains(replies[^1].Entities ?? [], e => e.Type == "https://schema.org/Message");
        Assert.DoesNotContain(Resource(SmallTalkReply.Key(SmallTalkIntent.Greeting), "fr"), answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("que sais tu faire", "fr")]
    [InlineData("what can you do", "en")]
    [InlineData("aide", "fr")]
    public async Task Commands_win_over_small_talk(string text, string language)
    {
        await using var chat = new AdvisorChat(knowledge.Base);

        Assert.Equal(Resource(nameof(ConversationMessages.Help), language), await chat.TextAsync(text));
    }

    [Fact]
    public async Task A_follow_up_after_thanks_still_leans_on_the_last_question()
    {
        const string Question = "Quel est le salaire d'un prompt engineer junior ?";
        const string FollowUp = "et pour un senior ?";
        await using var direct = new AdvisorChat(knowledge.Base);
        await direct.SendAsync(Question);
        var expected = await direct.TextAsync(FollowUp);

        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync(Question);
        Assert.Equal(Resource(SmallTalkReply.Key(SmallTalkIntent.Thanks), "fr"), await chat.TextAsync("merci !"));
        var followUp = await chat.TextAsync(FollowUp);

        Assert.Equal(expected, followUp);
        Assert.DoesNotContain(OutOfScope("fr"), followUp, StringComparison.Ordinal);
        // Alone, « et pour un senior ? » gets another answer: the one above did lean on the question asked before « merci ».
        await using var alone = new AdvisorChat(knowledge.Base);
        Assert.NotEqual(expected, await alone.TextAsync(FollowUp));
    }

    [Fact]
    public async Task A_rating_after_small_talk_rates_the_last_answer_and_small_talk_alone_has_nothing_to_rate()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("bonjour");
        Assert.Equal(Resource(nameof(ConversationMessages.Feedback_NoAnswer), "fr"), await chat.TextAsync("👍"));

        await chat.SendAsync("Quel est le salaire d'un prompt engineer junior ?");
        await chat.SendAsync("super merci");
        Assert.Equal(Resource(nameof(ConversationMessages.Feedback_Thanks), "fr"), await chat.TextAsync("👍"));
    }

    [Fact]
    public async Task Inside_the_guided_tour_ok_and_merci_stay_the_tour_choices()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("visite guidée");

        var next = AdvisorChat.Join(await chat.SendAsync("ok"));

        Assert.Contains("Étape 2/8", next, StringComparison.Ordinal);
        Assert.DoesNotContain(Resource(SmallTalkReply.Key(SmallTalkIntent.Acknowledgement), "fr"), next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inside_the_profile_assessment_small_talk_is_left_to_the_dialog()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("Évaluer mon profil");

        var replies = AdvisorChat.Join(await chat.SendAsync("merci"));

        Assert.DoesNotContain(Resource(SmallTalkReply.Key(SmallTalkIntent.Thanks), "fr"), replies, StringComparison.Ordinal);
        Assert.StartsWith("(2/6)", (await chat.SendAsync("Bac+5"))[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_identity_reply_counts_the_articles_of_the_knowledge_base()
    {
        // SmallTalk_Identity says « cinq articles » / « five French articles »: it must change with the knowledge base.
        Assert.Equal(5, knowledge.Base.Sources.Count);
        Assert.Contains("cinq articles", Resource(SmallTalkReply.Key(SmallTalkIntent.Identity), "fr"), StringComparison.Ordinal);
        Assert.Contains("five French articles", Resource(SmallTalkReply.Key(SmallTalkIntent.Identity), "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_intent_has_its_reply_in_both_languages()
    {
        foreach (var intent in Enum.GetValues<SmallTalkIntent>())
        {
            Assert.False(string.IsNullOrWhiteSpace(Resource(SmallTalkReply.Key(intent), "fr")));
            Assert.NotEqual(Resource(SmallTalkReply.Key(intent), "fr"), Resource(SmallTalkReply.Key(intent), "en"));
        }
    }

    private static string Resource(string key, string language) =>
        ConversationMessages.ResourceManager.GetString(key, language == "en" ? English : French)
        ?? throw new InvalidOperationException($"No string {key}.");

    private static string Remark(string language) =>
        AdvisorMessages.ResourceManager.GetString(nameof(AdvisorMessages.Remark), language == "en" ? English : French)!;

    private static string OutOfScope(string language) =>
        AdvisorMessages.ResourceManager.GetString(nameof(AdvisorMessages.OutOfScope), language == "en" ? English : French)!;
}
