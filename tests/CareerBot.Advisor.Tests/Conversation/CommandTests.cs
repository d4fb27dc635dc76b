using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Resources;
using System.Text.Json;
using CareerBot.Advisor.Tests.Support;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>Transcripts of the welcome, the menu and the commands that work anywhere.</summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class CommandTests(RealKnowledgeFixture knowledge)
{
    [Fact]
    public async Task A_new_user_is_welcomed_once_with_the_menu_then_briefly_in_a_later_conversation()
    {
        var storage = new BotFramework.State.MemoryStorage();
        await using var chat = new AdvisorChat(knowledge.Base, storage);

        var welcome = Assert.Single(await chat.JoinAsync());
        Assert.Contains("Je suis **CareerBot**", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(["Visite guidée du métier", "Évaluer mon profil", "Poser une question", "Mon profil", "Aide"], AdvisorChat.Buttons([welcome]));

        await using var later = new AdvisorChat(knowledge.Base, storage) { ConversationId = "conv-2" };
        var again = Assert.Single(await later.JoinAsync());
        Assert.StartsWith("Re-bonjour", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_gets_the_menu_as_an_adaptive_card_whose_buttons_post_their_command()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);

        var welcome = Assert.Single(await chat.JoinAsync());

        var card = Assert.Single(welcome.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var actions = card.Content!.Value.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal("Visite guidée du métier", actions[0].GetProperty("title").GetString());
        Assert.Equal("Action.Submit", actions[0].GetProperty("type").GetString());
        Assert.Equal("profile", actions[1].GetProperty("data").GetProperty("command").GetString());
        // No Teams-only "msteams" block: the Agents Playground's card renderer throws on it, and the command alone
        // works on every channel.
        Assert.False(actions[1].GetProperty("data").TryGetProperty("msteams", out _));
        Assert.Null(welcome.SuggestedActions);

        // Web Chat posts an Action.Submit's data as the message's value, without text.
        var started = await chat.SubmitAsync(new { command = "profile" });
        Assert.StartsWith("(1/6)", started[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installing_the_teams_app_welcomes_the_user_in_the_locale_teams_gives()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams, locale: "en-US");
        var install = chat.Message(null);
        install.Type = ActivityTypes.InstallationUpdate;
        install.Action = "add";

        var welcome = Assert.Single(await chat.RunAsync(install));

        Assert.StartsWith("Hello! I'm **CareerBot**", welcome.Text, StringComparison.Ordinal);
        Assert.Equal("Assess my profile", welcome.Attachments![0].Content!.Value.GetProperty("actions")[1].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Teams_announcing_the_conversation_twice_gets_one_welcome_and_its_language_sticks()
    {
        // The Agents Playground posts installationUpdate and conversationUpdate together, with locale en-US everywhere.
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams, locale: "en-US");
        var install = chat.Message(null);
        install.Type = ActivityTypes.InstallationUpdate;
        install.Action = "add";

        Assert.Single(await chat.RunAsync(install));
        Assert.Empty(await chat.JoinAsync());

        // A French user clicks the French label of a menu: the assessment is in French, whatever the locale says.
        Assert.StartsWith("(1/6) Quel est votre niveau", (await chat.SendAsync("Évaluer mon profil"))[^1].Text, StringComparison.Ordinal);
        // A card click carries no words: it keeps the conversation's language.
        Assert.StartsWith("(1/6) Quel est votre niveau", (await chat.SubmitAsync(new { command = "profile" }))[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_roadmap_in_teams_cites_one_number_per_article_within_what_teams_accepts()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);
        await chat.SendAsync("Évaluer mon profil");
        IReadOnlyList<Activity> last = [];
        foreach (var answer in new[] { "Bac+5", "Développeur confirmé", "notions", "informatique", "jamais", "freelance" })
        {
            last = await chat.SendAsync(answer);
        }

        var roadmap = last[0];
        var numbers = System.Text.RegularExpressions.Regex.Matches(roadmap.Text!, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        var entity = Assert.Single(roadmap.Entities!, e => e.Type == "https://schema.org/Message");
        var citations = entity.Properties!["citation"].EnumerateArray().Select(c => c.GetProperty("position").GetInt32()).ToList();
        Assert.InRange(citations.Count, 2, BotFramework.Schema.Entities.CitationLimits.MaxCitations);
        Assert.Equal(numbers, citations);
        Assert.Null(roadmap.SuggestedActions);
        Assert.NotNull(last[^1].SuggestedActions);
    }

    [Fact]
    public async Task Cancel_leaves_any_dialog_and_shows_the_menu()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("Évaluer mon profil");

        var cancelled = await chat.SendAsync("annuler");

        Assert.StartsWith("C'est annulé.", cancelled[^1].Text, StringComparison.Ordinal);
        Assert.Contains("Évaluer mon profil", AdvisorChat.Buttons(cancelled));
        Assert.StartsWith("Il n'y a rien en cours.", await chat.TextAsync("annuler"), StringComparison.Ordinal);
        // « Bac+5 » is no longer an answer to anything: it is read as a question.
        Assert.DoesNotContain("(2/6)", await chat.TextAsync("Bac+5"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_and_help_in_the_middle_of_the_assessment_leave_it_where_it_was()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("Évaluer mon profil");
        await chat.SendAsync("Bac+5");

        var menu = await chat.SendAsync("menu");
        Assert.Equal("Que voulez-vous faire ?", Assert.Single(menu).Text);

        var help = await chat.SendAsync("aide");
        Assert.Contains("**annuler**", help[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Reprenons : (2/6)", help[^1].Text, StringComparison.Ordinal);
        Assert.StartsWith("(3/6)", await chat.TextAsync("débutant"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_cancels_everything_and_welcomes_again()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("visite guidée");

        var restarted = await chat.SendAsync("recommencer");

        Assert.StartsWith("On repart de zéro.", restarted[^1].Text, StringComparison.Ordinal);
        Assert.Contains("Visite guidée du métier", AdvisorChat.Buttons(restarted));
        Assert.DoesNotContain("Étape", await chat.TextAsync("suivant"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_language_mid_assessment_asks_the_same_question_in_the_new_language()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("Évaluer mon profil");

        var switched = await chat.SendAsync("english");

        Assert.StartsWith("OK, I'll answer in English", switched[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Let's pick up where we were: (1/6) What is your level of education?", switched[^1].Text, StringComparison.Ordinal);
        // The choice stays even for a French message, until the user switches back or asks for automatic.
        Assert.StartsWith("(2/6) How are your programming skills", await chat.TextAsync("Bac+5"), StringComparison.Ordinal);
        Assert.StartsWith("D'accord, je vous réponds désormais en français", await chat.TextAsync("français"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_message_is_answered_in_its_own_language_unless_the_user_chose_one()
    {
        await using var chat = new AdvisorChat(knowledge.Base);

        Assert.Contains("45 000", await chat.TextAsync("Quel est le salaire d'un prompt engineer junior ?"), StringComparison.Ordinal);
        var english = await chat.SendAsync("What skills do you need to become a prompt engineer?");
        Assert.Equal("en-US", english[^1].Locale);
    }

    [Fact]
    public async Task Ask_a_question_from_the_menu_answers_the_next_message()
    {
        await using var chat = new AdvisorChat(knowledge.Base);

        Assert.Contains("Je vous écoute", await chat.TextAsync("Poser une question"), StringComparison.Ordinal);
        var answer = await chat.SendAsync("quelles entreprises recrutent des prompt engineers ?");

        Assert.Contains("BNP Paribas", answer[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["👍", "👎"], AdvisorChat.Buttons(answer).TakeLast(2));
    }

    [Fact]
    public async Task A_message_without_text_gets_a_clear_request_and_a_card_value_without_a_command_too()
    {
        await using var chat = new AdvisorChat(knowledge.Base);

        Assert.Contains("Je ne lis que le texte", AdvisorChat.Join(await chat.SubmitAsync(new { something = "else" })), StringComparison.Ordinal);
        Assert.Contains("Je ne lis que le texte", AdvisorChat.Join(await chat.SubmitAsync(JsonDocument.Parse("[1]").RootElement)), StringComparison.Ordinal);
    }
}
