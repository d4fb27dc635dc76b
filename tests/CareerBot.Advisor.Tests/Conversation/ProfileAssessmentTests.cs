using CareerBot.Advisor.Resources;
using CareerBot.Advisor.Conversation;
using CareerBot.Advisor.Tests.Support;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>Transcripts of the profile assessment: a good run, wrong answers, giving up, side questions, restarts, English.</summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class ProfileAssessmentTests(RealKnowledgeFixture knowledge)
{
    private static readonly string[] PythonBeginner = ["Bac+5", "débutant", "courant", "rédaction", "de temps en temps", "freelance"];
    private static readonly string[] SeniorDeveloper = ["master", "Développeur confirmé", "anglais technique", "informatique", "tous les jours", "salarié"];

    [Fact]
    public async Task A_well_answered_assessment_ends_with_a_cited_roadmap_in_seven_turns()
    {
        await using var chat = new AdvisorChat(knowledge.Base);

        var first = await chat.SendAsync("Évaluer mon profil");
        Assert.Contains("6 questions", AdvisorChat.Join(first), StringComparison.Ordinal);
        Assert.StartsWith("(1/6) Quel est votre niveau d'études ?", first[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["Bac ou moins", "Bac+2 ou Bac+3", "Bac+5 (master, école d'ingénieurs)", "Doctorat"], AdvisorChat.Buttons(first));

        IReadOnlyList<Activity> last = [];
        for (var i = 0; i < PythonBeginner.Length; i++)
        {
            last = await chat.SendAsync(PythonBeginner[i]);
            if (i < PythonBeginner.Length - 1)
            {
                Assert.StartsWith($"({i + 2}/6)", last[^1].Text, StringComparison.Ordinal);
            }
        }

        // The roadmap, then the buttons to go on in a message of their own.
        Assert.Equal(2, last.Count);
        Assert.Equal(["Poser une question", "Refaire l'évaluation", "Visite guidée du métier"], AdvisorChat.Buttons(last));
        var roadmap = AdvisorChat.Join([last[0]]);
        Assert.Contains("Votre feuille de route", roadmap, StringComparison.Ordinal);
        Assert.Contains("Débutant en Python", roadmap, StringComparison.Ordinal);
        Assert.Matches(@"\[\d+\]", roadmap);
        Assert.Contains("Sources", roadmap, StringComparison.Ordinal);
        // Junior salaries from every source, and the note that they disagree.
        var figures = NumberMentions.Figures(roadmap).SelectMany(m => m.Values).ToList();
        Assert.Contains(45000m, figures);
        Assert.Contains(3100m, figures);
        Assert.Contains(Messages.For("fr").Get(nameof(AdvisorMessages.NoteDisagree)), roadmap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_python_beginner_and_a_senior_developer_get_different_advice()
    {
        var beginner = await RoadmapOfAsync(PythonBeginner, "conv-beginner");
        var senior = await RoadmapOfAsync(SeniorDeveloper, "conv-senior");

        Assert.Contains("Apprenez les bases de Python", beginner, StringComparison.Ordinal);
        Assert.DoesNotContain("Apprenez les bases de Python", senior, StringComparison.Ordinal);
        Assert.Contains("formation courte et spécialisée", senior, StringComparison.Ordinal);
        Assert.DoesNotContain("formation courte et spécialisée", beginner, StringComparison.Ordinal);
        Assert.Contains("(débutant)", beginner, StringComparison.Ordinal);
        Assert.Contains("(expérimenté)", senior, StringComparison.Ordinal);
        Assert.Contains("80 000", senior, StringComparison.Ordinal);
        Assert.DoesNotContain("45 000", senior[..senior.IndexOf("**Sources", StringComparison.Ordinal)], StringComparison.Ordinal);
        // The freelancer is pointed at mission platforms, the employee at job boards.
        Assert.Contains("Upwork", beginner, StringComparison.Ordinal);
        Assert.Contains("LinkedIn", senior, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_answer_is_asked_again_with_the_numbered_answers_and_a_number_then_works()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("Évaluer mon profil");

        var retry = await chat.TextAsync("bof");
        Assert.Contains("Je n'ai pas compris « bof »", retry, StringComparison.Ordinal);
        Assert.Contains("1. Bac ou moins", retry, StringComparison.Ordinal);
        Assert.Contains("4. Doctorat", retry, StringComparison.Ordinal);

        var next = await chat.TextAsync("3");
        Assert.StartsWith("(2/6)", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Three_answers_not_understood_end_the_assessment_cleanly_with_the_menu()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("Évaluer mon profil");
        await chat.SendAsync("bof");
        await chat.SendAsync("42");

        var gaveUp = await chat.SendAsync("xyz");

        Assert.Contains("j'arrête l'évaluation ici", AdvisorChat.Join(gaveUp), StringComparison.Ordinal);
        Assert.Contains("Évaluer mon profil", AdvisorChat.Buttons(gaveUp));
        // Nothing is left waiting: the next message is a question again.
        var answer = await chat.TextAsync("Quel est le salaire d'un prompt engineer junior ?");
        Assert.Contains("45 000", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_side_question_is_answered_then_the_same_question_is_asked_again()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("Évaluer mon profil");
        await chat.SendAsync("Bac+5");

        var replies = await chat.SendAsync("combien gagne un prompt engineer junior");

        Assert.Equal(2, replies.Count);
        Assert.Contains("45 000", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Reprenons : (2/6) Où en êtes-vous en programmation", replies[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("(3/6)", await chat.TextAsync("débutant"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_restart_the_assessment_continues_at_the_same_question()
    {
        var storage = new MemoryStorage();
        await using (var before = new AdvisorChat(knowledge.Base, storage))
        {
            await before.SendAsync("Évaluer mon profil");
            await before.SendAsync("Bac+5");
            await before.SendAsync("débutant");
        }

        await using var after = new AdvisorChat(knowledge.Base, storage);
        var next = await after.TextAsync("courant");

        Assert.StartsWith("(4/6) Dans quel domaine", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_profile_shows_the_stored_roadmap_again_and_offers_to_redo_it()
    {
        var storage = new MemoryStorage();
        await using (var first = new AdvisorChat(knowledge.Base, storage))
        {
            Assert.Contains("pas encore évalué", await first.TextAsync("mon profil"), StringComparison.Ordinal);
            await first.SendAsync("Évaluer mon profil");
            foreach (var answer in PythonBeginner)
            {
                await first.SendAsync(answer);
            }
        }

        // Another conversation of the same user, after a restart: the roadmap is in the user's state.
        await using var later = new AdvisorChat(knowledge.Base, storage) { ConversationId = "conv-2" };
        var shown = await later.SendAsync("mon profil");

        Assert.Contains("Votre feuille de route", shown[0].Text, StringComparison.Ordinal);
        Assert.Contains("Refaire l'évaluation", AdvisorChat.Buttons(shown));
        Assert.StartsWith("(1/6)", (await later.SendAsync("Refaire l'évaluation"))[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_assessment_in_english()
    {
        await using var chat = new AdvisorChat(knowledge.Base, locale: "en-US");
        var first = await chat.SendAsync("Assess my profile");
        Assert.StartsWith("(1/6) What is your level of education?", first[^1].Text, StringComparison.Ordinal);

        Assert.Contains("I didn't understand \"meh\"", await chat.TextAsync("meh"), StringComparison.Ordinal);
        Assert.StartsWith("(2/6) How are your programming skills", await chat.TextAsync("master's degree"), StringComparison.Ordinal);
        var side = await chat.SendAsync("how much does a junior prompt engineer earn?");
        Assert.StartsWith("Let's pick up where we were: (2/6)", side[^1].Text, StringComparison.Ordinal);

        IReadOnlyList<Activity> last = [];
        foreach (var answer in new[] { "Python beginner", "fluent", "writing", "now and then", "freelance" })
        {
            last = await chat.SendAsync(answer);
        }

        var roadmap = last[0].Text!;
        Assert.Contains("Your prompt engineer roadmap", roadmap, StringComparison.Ordinal);
        Assert.Contains("Learn the basics of Python", roadmap, StringComparison.Ordinal);
        Assert.Matches(@"\[\d+\]", roadmap);
    }

    private async Task<string> RoadmapOfAsync(string[] answers, string conversationId)
    {
        await using var chat = new AdvisorChat(knowledge.Base) { ConversationId = conversationId, UserId = conversationId };
        await chat.SendAsync("Évaluer mon profil");
        IReadOnlyList<Activity> last = [];
        foreach (var answer in answers)
        {
            last = await chat.SendAsync(answer);
        }

        return AdvisorChat.Join([last[0]]);
    }
}
