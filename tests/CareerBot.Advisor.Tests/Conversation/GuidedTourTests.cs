using CareerBot.Advisor.Resources;
using CareerBot.Advisor.Tests.Support;
using CareerBot.BotFramework.State;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>Transcripts of the guided tour: every step answered with sources, questions on the way, stopping, restarts, English.</summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class GuidedTourTests(RealKnowledgeFixture knowledge)
{
    [Fact]
    public async Task The_tour_walks_through_the_eight_steps_each_with_a_cited_answer_then_ends_with_the_menu()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        var replies = await chat.SendAsync("Visite guidée du métier");
        string[] titles = ["Le rôle", "Les missions", "Les compétences", "Les formations", "Les salaires", "Les employeurs et les secteurs", "Les évolutions de carrière", "L'avenir du métier : le débat"];

        for (var step = 1; step <= titles.Length; step++)
        {
            Assert.Equal(2, replies.Count);
            Assert.Contains($"**Étape {step}/8 : {titles[step - 1]}**", replies[0].Text, StringComparison.Ordinal);
            Assert.Matches(@"\[\d+\]", replies[0].Text!);
            Assert.Equal("Et ensuite ?", replies[1].Text);
            var expected = step < titles.Length ? "Suivant" : "Terminer la visite";
            Assert.Equal([expected, "Poser une question", "Arrêter la visite"], AdvisorChat.Buttons(replies));
            replies = await chat.SendAsync(expected);
        }

        var end = AdvisorChat.Join(replies);
        Assert.Contains("C'est la fin de la visite guidée", end, StringComparison.Ordinal);
        Assert.Contains("Évaluer mon profil", AdvisorChat.Buttons(replies));
    }

    [Fact]
    public async Task The_salary_step_shows_every_sources_figures_and_their_disagreement()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("visite guidée");
        for (var i = 0; i < 3; i++)
        {
            await chat.SendAsync("suivant");
        }

        var salaries = AdvisorChat.Join(await chat.SendAsync("suivant"));

        Assert.Contains("Étape 5/8 : Les salaires", salaries, StringComparison.Ordinal);
        Assert.Contains(45000m, NumberMentions.Figures(salaries).SelectMany(m => m.Values));
        Assert.Contains(Messages.For("fr").Get(nameof(AdvisorMessages.NoteDisagree)), salaries, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_a_question_then_the_tour_resumes_at_the_same_step()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("visite guidée");
        await chat.SendAsync("suivant");

        Assert.Contains("Je vous écoute", await chat.TextAsync("Poser une question"), StringComparison.Ordinal);
        var replies = await chat.SendAsync("quelles entreprises recrutent");

        Assert.Contains("Ubisoft", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("Reprenons : Et ensuite ?", replies[^1].Text);
        Assert.Contains("Étape 3/8", await chat.TextAsync("suivant"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_typed_instead_of_a_choice_is_answered_and_the_choice_asked_again()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("visite guidée");

        var replies = await chat.SendAsync("Quel est le salaire d'un prompt engineer junior ?");

        Assert.Contains("45", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("Reprenons : Et ensuite ?", replies[^1].Text);
        Assert.Contains("Étape 2/8", await chat.TextAsync("suivant"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_the_tour_shows_the_menu_and_the_next_message_is_a_question_again()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("visite guidée");

        var stopped = await chat.SendAsync("Arrêter la visite");

        Assert.Contains("Visite arrêtée", AdvisorChat.Join(stopped), StringComparison.Ordinal);
        Assert.Contains("Visite guidée du métier", AdvisorChat.Buttons(stopped));
        Assert.DoesNotContain("Étape", await chat.TextAsync("quelles entreprises recrutent des prompt engineers ?"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_restart_the_tour_continues_at_the_same_step()
    {
        var storage = new MemoryStorage();
        await using (var before = new AdvisorChat(knowledge.Base, storage))
        {
            await before.SendAsync("visite guidée");
            await before.SendAsync("suivant");
            await before.SendAsync("suivant");
        }

        await using var after = new AdvisorChat(knowledge.Base, storage);
        Assert.Contains("Étape 4/8 : Les formations", await after.TextAsync("suivant"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tour_in_english()
    {
        await using var chat = new AdvisorChat(knowledge.Base, locale: "en-US");
        var first = await chat.SendAsync("guided tour");

        Assert.Contains("**Step 1/8: The role**", first[0].Text, StringComparison.Ordinal);
        Assert.Equal("What next?", first[1].Text);
        Assert.Equal(["Next", "Ask a question", "Stop the tour"], AdvisorChat.Buttons(first));
        Assert.Contains("**Step 2/8: The tasks**", await chat.TextAsync("next"), StringComparison.Ordinal);
        Assert.Contains("Tour stopped", await chat.TextAsync("Stop the tour"), StringComparison.Ordinal);
    }
}
