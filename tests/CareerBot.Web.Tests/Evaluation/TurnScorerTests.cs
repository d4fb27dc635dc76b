using System.Globalization;
using System.Resources;
using CareerBot.Advisor.Conversation;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Dialogs.Prompts;
using CareerBot.BotFramework.Schema;
using CareerBot.Web.Evaluation;

namespace CareerBot.Web.Tests.Evaluation;

public sealed class TurnScorerTests
{
    private static readonly CitationSource[] Sources = [new(1, "Fiche métier : prompt engineer", "45 000 € et 60 000 €")];

    private static string Refusal(string culture) =>
        new ResourceManager("CareerBot.Advisor.Resources.AdvisorMessages", typeof(AdvisorBot).Assembly).GetString("OutOfScope", CultureInfo.GetCultureInfo(culture))!;

    private static EvalTurn Turn(params string[] tags) => new() { User = "question", Tags = tags };

    [Fact]
    public void An_answer_with_its_facts_within_budget_and_numbered_citations_passes()
    {
        var reply = CitedMessage.Create("Un junior gagne entre 45 000 € et 60 000 € par an [1].", Sources, Channels.WebChat, "fr-FR");

        var score = TurnScorer.Score(Turn("answer") with { Expect = ["45 000|3 100"], Forbid = ["335 000"] }, [reply]);

        Assert.True(score.Passed, string.Join(", ", score.Failed));
        Assert.Equal(1, score.RepliesWithNumberedCitations);
    }

    [Fact]
    public void A_forbidden_figure_in_the_sources_fails_the_turn()
    {
        // The emulator lists the sources with their quotes: a forbidden figure there counts.
        var reply = CitedMessage.Create("Un junior gagne bien sa vie [1].", Sources, Channels.Emulator, "fr-FR");

        var score = TurnScorer.Score(Turn("answer") with { Forbid = ["60 000"] }, [reply]);

        Assert.Contains(score.Failed, f => f.StartsWith(TurnScorer.ForbiddenCheck, StringComparison.Ordinal));
    }

    [Fact]
    public void An_answer_over_its_budget_fails_and_the_default_budget_applies_to_answer_turns()
    {
        var reply = Activity.CreateMessage(string.Join(' ', Enumerable.Repeat("mot", 111)));

        Assert.Contains(TurnScorer.Score(Turn("followup"), [reply]).Failed, f => f.StartsWith(TurnScorer.BudgetCheck, StringComparison.Ordinal));
        Assert.True(TurnScorer.Score(Turn("followup") with { MaxWords = 120 }, [reply]).Passed);
    }

    [Fact]
    public void The_answer_is_the_last_message_with_text()
    {
        Activity[] replies = [Activity.CreateMessage("Voici ce que je sais."), new Activity { Type = ActivityTypes.Typing }, Activity.CreateMessage("Environ 45 000 €.")];

        var score = TurnScorer.Score(Turn("answer") with { Expect = ["45 000"] }, replies);

        Assert.True(score.Passed);
        Assert.Equal("Environ 45 000 €.", score.Body);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void The_message_that_brings_the_next_questions_after_a_Teams_answer_is_not_the_answer(string culture)
    {
        var answer = CitedMessage.Create("Un junior gagne entre 45 000 € et 60 000 € par an [1].", Sources, Channels.MsTeams, culture);
        var prompt = new ResourceManager("CareerBot.Advisor.Resources.ConversationMessages", typeof(AdvisorBot).Assembly).GetString("Answer_Next", CultureInfo.GetCultureInfo(culture))!;
        var next = SuggestedActionsRenderer.WithChoices(Activity.CreateMessage(prompt), ["Tous les chiffres"]);

        var score = TurnScorer.Score(Turn("answer") with { Expect = ["45 000"] }, [answer, next]);

        Assert.True(score.Passed, string.Join(", ", score.Failed));
        Assert.Equal(answer.Text, score.Body);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Small_talk_answered_with_the_out_of_scope_refusal_fails(string culture)
    {
        var score = TurnScorer.Score(Turn("smalltalk"), [Activity.CreateMessage(Refusal(culture))]);

        Assert.Contains(TurnScorer.RefusedSmallTalkCheck, score.Failed);
    }

    [Fact]
    public void Small_talk_must_be_answered_without_citations()
    {
        var cited = CitedMessage.Create("Bonjour ! [1]", Sources, Channels.WebChat, "fr-FR");

        Assert.Contains(TurnScorer.CitedSmallTalkCheck, TurnScorer.Score(Turn("smalltalk"), [cited]).Failed);
        Assert.Contains(TurnScorer.EmptyCheck, TurnScorer.Score(Turn("smalltalk"), []).Failed);
        Assert.True(TurnScorer.Score(Turn("smalltalk"), [Activity.CreateMessage("Bonjour ! Que voulez-vous savoir ?")]).Passed);
    }

    [Fact]
    public void An_out_of_scope_refusal_passes_but_not_with_a_figure()
    {
        Assert.True(TurnScorer.Score(Turn("outofscope"), [Activity.CreateMessage(Refusal("fr"))]).Passed);
        Assert.Contains(TurnScorer.FigureCheck, TurnScorer.Score(Turn("outofscope"), [Activity.CreateMessage("Un boulanger gagne 25 000 €.")]).Failed);
    }

    [Fact]
    public void An_english_turn_answered_in_french_fails()
    {
        var score = TurnScorer.Score(Turn("answer", "english"), [Activity.CreateMessage("Un junior gagne entre 45 000 € et 60 000 € par an.")]);

        Assert.Equal([TurnScorer.EnglishCheck], score.Failed);
    }

    [Fact]
    public void Citations_out_of_order_fail_the_turn()
    {
        var reply = CitedMessage.Create("Deux sources [2] puis [1].", [new(1, "A", "a"), new(2, "B", "b")], Channels.WebChat, "fr-FR");

        var score = TurnScorer.Score(Turn("answer"), [reply]);

        Assert.Contains(score.Failed, f => f.StartsWith(TurnScorer.CitationsCheck, StringComparison.Ordinal));
        Assert.Equal(0, score.RepliesWithNumberedCitations);
    }

    [Fact]
    public void The_reader_names_the_line_of_a_bad_record()
    {
        const string file = """
            {"id": "c1", "turns": [{"user": "Bonjour", "tags": ["smalltalk"]}]}

            {"id": "c2", "turns": [{"user": "salut", "tags": ["greeting"]}]}
            """;

        var error = Assert.Throws<FormatException>(() => EvalConversationReader.Read(new StringReader(file), "x.jsonl"));

        Assert.StartsWith("x.jsonl:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("greeting", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => EvalConversationReader.Read(new StringReader("{\"id\": \"c1\", \"turns\": [}"), "x.jsonl"));
    }

    [Fact]
    public void Percentiles_interpolate_between_ranks()
    {
        Assert.Equal(2.5, ConversationReport.Percentile([1, 2, 3, 4], 0.5));
        Assert.Equal(9.1, ConversationReport.Percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)!.Value, 3);
        Assert.Null(ConversationReport.Percentile([], 0.5));
    }
}
