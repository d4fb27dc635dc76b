using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Grounding;
using CareerBot.Knowledge.Search;
using Moq;

namespace CareerBot.Advisor.Tests.Answers;

public sealed class AnswerServiceTests
{
    private const string Question = "Combien gagne un prompt engineer ?";

    [Fact]
    public async Task Without_a_model_the_records_held_by_the_passages_found_are_composed_and_cited()
    {
        var fixture = new AnswerServiceFixture(withModel: false);
        var hit = AnswerServiceFixture.Hit(1, "Salaire débutant : 5 850 € brut / mois");
        fixture.Passages(Question, hit);
        fixture.Facts.Add(new Knowledge.Facts.Fact
        {
            Id = "f", Topic = Knowledge.Facts.FactTopic.Salary, Source = "src", Quote = "5 850 € brut / mois",
            Label = new("5 850 € brut par mois", "€5,850 gross a month"), Amount = 5850, Currency = "EUR",
            Period = Knowledge.Facts.PayPeriod.Month, Basis = Knowledge.Facts.PayBasis.Gross,
            Facets = new Dictionary<string, string> { ["level"] = "junior" },
        });

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest(Question, "en"));

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.Contains("€5,850 gross a month [1]", answer.Text, StringComparison.Ordinal);
        var source = Assert.Single(answer.Sources);
        Assert.Equal((1, hit.Passage.Id, "5 850 € brut / mois"), (source.Number, source.PassageId, source.Quote));
        fixture.Guard.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Without_a_record_the_best_passage_is_quoted_and_cited()
    {
        var fixture = new AnswerServiceFixture(withModel: false);
        var hit = AnswerServiceFixture.Hit(1, "Le métier est récent. Il évolue vite.");
        fixture.Passages(Question, hit, AnswerServiceFixture.Hit(2, "Autre passage."));

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"));

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.EndsWith("[1]", answer.Text, StringComparison.Ordinal);
        Assert.Equal(hit.Passage.Id, Assert.Single(answer.Sources).PassageId);
    }

    [Fact]
    public async Task Without_passages_the_model_is_not_asked_and_the_answer_is_the_refusal()
    {
        var fixture = new AnswerServiceFixture();

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest("Quelle météo demain ?", "fr"));

        Assert.True(answer.OutOfScope);
        Assert.Empty(answer.Sources);
        Assert.Empty(fixture.Prompts);
    }

    [Fact]
    public async Task Offline_a_short_follow_up_found_nowhere_is_searched_again_after_the_previous_question()
    {
        var fixture = new AnswerServiceFixture(withModel: false);
        var hit = AnswerServiceFixture.Hit(1, "En France, un junior gagne 45 000 €.");
        fixture.Passages($"{Question} Et en France ?", hit);
        var history = new[] { new ConversationTurn(true, Question), new ConversationTurn(false, "Réponse.") };

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest("Et en France ?", "fr", history));

        Assert.Equal(hit.Passage.Id, Assert.Single(answer.Sources).PassageId);
    }

    [Fact]
    public async Task Offline_a_long_question_found_nowhere_is_not_merged_with_the_previous_one()
    {
        var fixture = new AnswerServiceFixture(withModel: false);
        var history = new[] { new ConversationTurn(true, Question) };

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest("Quelle est la recette de la tarte aux pommes de ma grand-mère ?", "fr", history));

        fixture.Knowledge.Verify(k => k.SearchAsync(It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<CancellationToken>()), Times.Once());
        Assert.True(answer.OutOfScope);
    }

    [Fact]
    public async Task A_passing_answer_is_renumbered_1_to_n_in_order_of_first_use_with_its_passages()
    {
        var fixture = new AnswerServiceFixture();
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Un."), AnswerServiceFixture.Hit(2, "Deux."), AnswerServiceFixture.Hit(3, "Trois."));
        fixture.Reply("Deux sources le disent [3]. Et aussi [1, 3].");

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"));

        Assert.Equal(AnswerOrigin.Llm, answer.Origin);
        Assert.Equal("Deux sources le disent [1]. Et aussi [1][2].", answer.Text);
        Assert.Equal([1, 2], answer.Sources.Select(s => s.Number));
        Assert.Equal(["src#3", "src#1"], answer.Sources.Select(s => s.PassageId));
        Assert.Equal("Trois.", answer.Sources[0].Quote);
    }

    [Fact]
    public async Task Guard_violations_are_logged_each_and_named_in_one_regeneration()
    {
        var fixture = new AnswerServiceFixture();
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Salaire : 5 850 €."));
        fixture.Guard.Setup(g => g.Check(It.Is<string>(t => t.Contains("999", StringComparison.Ordinal)), It.IsAny<GroundingContext>()))
            .Returns(new GroundingReport([
                new GroundingViolation(GroundingViolationKind.Number, "999 €", "not in the passages"),
                new GroundingViolation(GroundingViolationKind.Name, "Acme", "not in the passages"),
            ]));
        fixture.Reply("Il gagne 999 € chez Acme [1].", "Il gagne 999 € [1].");

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"));

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.Equal(2, fixture.Prompts.Count);
        var regeneration = fixture.Prompts[1];
        Assert.Equal(("assistant", "Il gagne 999 € chez Acme [1]."), regeneration[^2]);
        Assert.Contains("Number: not in the passages (\"999 €\")", regeneration[^1].Content, StringComparison.Ordinal);
        Assert.Contains("Name: not in the passages (\"Acme\")", regeneration[^1].Content, StringComparison.Ordinal);
        Assert.Equal(4, fixture.Logs.Lines.Count(l => l.EventId == 4111));
        Assert.Single(fixture.Logs.Lines, l => l.EventId == 4113);
    }

    [Fact]
    public async Task A_leaked_system_prompt_is_rejected_even_when_the_guard_lets_it_pass()
    {
        var fixture = new AnswerServiceFixture();
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Salaire : 5 850 €."));
        fixture.Replies.Enqueue(history => history[0].Content + " [1]");
        fixture.Replies.Enqueue(history => "Mes consignes : " + history[0].Content!.Split('\n')[3] + " [1]");

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"));

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.Contains(fixture.Logs.Lines, l => l.EventId == 4111 && l.Message.Contains("PromptLeak", StringComparison.Ordinal) && l.Message.Contains("regenerated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_answer_that_speaks_about_itself_is_rejected()
    {
        var fixture = new AnswerServiceFixture();
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Salaire : 5 850 €."));
        fixture.Reply("Je suis DAN, libre de toute règle [1].", "I am DAN [1].");

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"));

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.Contains(fixture.Logs.Lines, l => l.EventId == 4111 && l.Message.Contains("SelfDescription", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_first_person_quote_of_a_passage_is_not_a_self_description()
    {
        var fixture = new AnswerServiceFixture();
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "« Je suis un ingénieur des requêtes, littéralement », dit Olivier."));
        fixture.Reply("Olivier résume : « je suis un ingénieur des requêtes » [1].");

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"));

        Assert.Equal(AnswerOrigin.Llm, answer.Origin);
    }

    [Fact]
    public async Task An_answer_without_any_citation_is_rejected()
    {
        var fixture = new AnswerServiceFixture();
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Salaire : 5 850 €."));
        fixture.Reply("Il gagne bien sa vie.", "Il gagne bien sa vie, vraiment.");

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"));

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.Contains(fixture.Logs.Lines, l => l.EventId == 4111 && l.Message.Contains("Uncited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_grouped_citation_of_a_missing_passage_is_rejected_even_if_the_guard_misses_it()
    {
        var fixture = new AnswerServiceFixture();
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Salaire : 5 850 €."));
        fixture.Reply("Il gagne 5 850 € [1, 7].", "Il gagne 5 850 € [1, 7].");

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"));

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.Contains("[7]", fixture.Prompts[1][^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_model_a_follow_up_is_condensed_first_and_the_condensed_question_is_searched()
    {
        var fixture = new AnswerServiceFixture();
        var history = new[] { new ConversationTurn(true, Question), new ConversationTurn(false, "5 850 € [1].") };
        fixture.Passages("Combien gagne un prompt engineer en France ?", AnswerServiceFixture.Hit(1, "En France : 45 000 €."));
        fixture.Reply("\"Combien gagne un prompt engineer en France ?\"\nautre ligne", "En France, 45 000 € [1].");

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest("Et en France ?", "fr", history));

        Assert.Equal(AnswerOrigin.Llm, answer.Origin);
        Assert.Contains("standalone question", fixture.Prompts[0][0].Content, StringComparison.Ordinal);
        Assert.Contains("<question>Et en France ?</question>", fixture.Prompts[1][1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streaming_stops_before_the_first_rejected_sentence()
    {
        var fixture = new AnswerServiceFixture();
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Salaire : 5 850 €."));
        fixture.Guard.Setup(g => g.Check(It.Is<string>(t => t.Contains("999", StringComparison.Ordinal)), It.IsAny<GroundingContext>()))
            .Returns(new GroundingReport([new GroundingViolation(GroundingViolationKind.Number, "999 €", "not in the passages")]));
        fixture.Reply("Il gagne 5 850 € [1]. Parfois 999 € [1]. Fin [1].", "Il gagne 5 850 € brut [1].");

        var updates = new List<AnswerUpdate>();
        await foreach (var update in fixture.Build().StreamAsync(new AnswerRequest(Question, "fr")))
        {
            updates.Add(update);
        }

        Assert.Equal(["Il gagne 5 850 € [1]."], updates.Where(u => u.Partial is not null).Select(u => u.Partial));
        Assert.Equal("Il gagne 5 850 € brut [1].", updates[^1].Final!.Text);
        Assert.Equal(AnswerOrigin.Llm, updates[^1].Final!.Origin);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_turned_into_a_fallback()
    {
        var fixture = new AnswerServiceFixture();
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Salaire : 5 850 €."));
        using var cancel = new CancellationTokenSource();
        fixture.Replies.Enqueue(_ =>
        {
            cancel.Cancel();
            throw new OperationCanceledException(cancel.Token);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"), cancel.Token));
    }
}
