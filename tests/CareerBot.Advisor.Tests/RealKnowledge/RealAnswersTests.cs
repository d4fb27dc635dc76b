using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Resources;
using CareerBot.Advisor.Tests.Support;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Text;
using Xunit.Abstractions;

namespace CareerBot.Advisor.Tests.RealKnowledge;

/// <summary>
/// Offline answers to real questions over the repository's knowledge folder: the figures and names the question asks
/// for, not the others (a French beginner's pay without the American figures), answer first and short, citations
/// numbered 1..n, and every answer passing the grounding guard. Each answer is written to the test output as a user
/// would read it.
/// </summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class RealAnswersTests(RealKnowledgeFixture knowledge, ITestOutputHelper output)
{
    /// <summary>A chat bubble: the answer before its sources stays under this many words.</summary>
    private const int MaxWords = 110;

    private readonly AnswerPipeline _pipeline = new(knowledge.Base);

    /// <summary>Question, language, figures the answer must give, names it must give (case ignored), figures it must not give.</summary>
    public static TheoryData<string, string, decimal[], string[], decimal[]> InScope => new()
    {
        { "salaire prompt engineer débutant", "fr", [45000, 60000, 3100], [], [175000, 300000, 335000] },
        { "c'est payé combien un prompt engineer junior en France ?", "fr", [45000, 60000], ["France"], [175000, 300000, 335000, 2500] },
        { "quel salaire pour un prompt engineer senior ?", "fr", [80000], [], [45000, 3100, 335000] },
        { "How much does a prompt engineer earn in the US?", "en", [175000, 300000], [], [45000, 3100] },
        { "quel salaire en France et aux États-Unis ?", "fr", [45000, 175000], [], [] },
        { "What is the salary of a junior prompt engineer in France?", "en", [45000, 60000], [], [175000, 335000] },
        { "combien on gagne en télétravail comme prompt engineer ?", "fr", [2500, 6000], [], [335000, 175000, 300000] },
        { "combien par mois pour un prompt engineer débutant ?", "fr", [3100], [], [45000, 60000, 175000] },
        { "How much per year for a junior prompt engineer?", "en", [45000, 60000], [], [3100, 5850] },
        { "Anthropic paye combien ses prompt engineers ?", "fr", [335000], ["Anthropic"], [] },
        { "faut-il un bac+5 pour être prompt engineer ?", "fr", [5], ["Bac"], [] },
        { "quelles entreprises recrutent des prompt engineers ?", "fr", [], ["Ubisoft"], [] },
        { "Which companies hire prompt engineers?", "en", [], ["Ubisoft"], [] },
        { "est-ce qu'il faut connaître Python ?", "fr", [], ["Python"], [] },
        { "peut-on être prompt engineer en télétravail ?", "fr", [], ["distance"], [] },
        // The level of degree is asked, whoever expects it.
        { "What level of degree do recruiters expect?", "en", [5], ["Bac"], [] },
        // A gap sets two countries side by side.
        { "l'écart de salaire France / États-Unis ?", "fr", [45000, 175000], [], [] },
    };

    public static TheoryData<string, string> OutOfScope => new()
    {
        { "salaire d'un boulanger", "fr" },
        { "météo à Paris demain", "fr" },
        { "combien gagne un data scientist", "fr" },
        { "How do I cook pasta?", "en" },
        { "What is the salary of a data engineer in Germany?", "en" },
        // The longest job title the question says, not a shorter one inside it ("AI engineer" read as "engineer").
        { "and how much does a software engineer earn?", "en" },
        { "quelles sociétés embauchent des infirmiers ?", "fr" },
        { "le salaire minimum a-t-il augmenté cette année ?", "fr" },
    };

    [Theory]
    [MemberData(nameof(InScope))]
    public void An_answer_gives_what_is_asked_and_nothing_beside_it_and_passes_the_guard(string question, string language, decimal[] figures, string[] names, decimal[] absent)
    {
        var (answer, context, report) = _pipeline.Ask(question, language);
        Print(question, answer, report);

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.True(report.IsGrounded, string.Join("; ", report.Violations.Select(v => $"{v.Kind} '{v.Text}'")));
        var written = NumberMentionsOf(answer.Text);
        Assert.All(figures, figure => Assert.Contains(figure, written));
        Assert.All(absent, figure => Assert.DoesNotContain(figure, written));
        Assert.All(absent, figure => Assert.DoesNotContain(answer.Sources, s => NumberMentionsOf(s.Quote).Contains(figure)));
        Assert.All(names, name => Assert.Contains(Folding.Fold(name), Folding.Fold(answer.Text), StringComparison.Ordinal));
        AssertCitationsMatchSources(answer, context);
        Assert.InRange(Tokens.Of(CitationMentions.Blank(answer.Text)).Count, 1, MaxWords);
    }

    [Theory]
    [InlineData("Who said English is the hottest new programming language?", "en", "Karpathy")]
    [InlineData("qui a dit que l'anglais était le langage de programmation à la mode ?", "fr", "Karpathy")]
    // « Washington » alone is the linguist's university; the Washington Post interviewed others.
    [InlineData("c'est qui le prompt engineer cité par le Washington Post ?", "fr", "Goodside")]
    public void Who_said_something_is_answered_by_the_person_quoted_saying_it_first(string question, string language, string person)
    {
        var (answer, _, report) = _pipeline.Ask(question, language);
        Print(question, answer, report);

        var at = answer.Text.IndexOf(person, StringComparison.Ordinal);
        Assert.True(at >= 0, answer.Text);
        string[] people = ["Olivier P.", "Goodside", "Steinert-Threlkeld", "Stokes", "Karpathy", "Beltzer"];
        Assert.All(people.Where(p => p != person), other =>
            Assert.True(answer.Text.IndexOf(other, StringComparison.Ordinal) is var o && (o < 0 || o > at), $"{other} before {person}: {answer.Text}"));
    }

    [Fact]
    public void A_follow_up_changes_only_what_it_names()
    {
        var (us, _, usReport) = _pipeline.Ask("et aux États-Unis ?", "fr", "combien gagne un prompt engineer débutant en France ?");
        var (senior, _, _) = _pipeline.Ask("et pour quelqu'un d'expérimenté ?", "fr", "combien gagne un prompt engineer débutant en France ?");

        Assert.True(usReport.IsGrounded);
        Assert.Contains(175000m, NumberMentionsOf(us.Text));
        Assert.DoesNotContain(45000m, NumberMentionsOf(us.Text));
        Assert.DoesNotContain(3100m, NumberMentionsOf(us.Text));
        Assert.Contains(80000m, NumberMentionsOf(senior.Text));
        Assert.DoesNotContain(45000m, NumberMentionsOf(senior.Text));
    }

    [Fact]
    public void Figures_that_disagree_or_mix_months_and_years_are_said_to()
    {
        var (answer, _, _) = _pipeline.Ask("salaire prompt engineer débutant", "fr");
        var (english, _, _) = _pipeline.Ask("What does a junior prompt engineer earn?", "en");

        Assert.Contains(Messages.For("fr").Get(nameof(AdvisorMessages.NoteDisagree)), answer.Text, StringComparison.Ordinal);
        Assert.Contains(Messages.For("fr").Get(nameof(AdvisorMessages.NoteMixedPeriods)), answer.Text, StringComparison.Ordinal);
        Assert.Contains(Messages.For("en").Get(nameof(AdvisorMessages.NoteMixedPeriods)), english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_salary_answer_offers_every_figure_and_every_figure_is_then_shown_cited()
    {
        var (answer, _, _) = _pipeline.Ask("salaire prompt engineer débutant", "fr");
        var button = Assert.Single(answer.Suggestions, s => s == Messages.For("fr").Get(nameof(AdvisorMessages.AllFiguresButton)));

        var (all, context, report) = _pipeline.Ask(button, "fr", "salaire prompt engineer débutant");

        Assert.True(report.IsGrounded);
        var written = NumberMentionsOf(all.Text);
        Assert.All(knowledge.Base.Facts.Where(f => f.Amount is not null), f => Assert.Contains(f.Amount!.Value, written));
        AssertCitationsMatchSources(all, context);
    }

    [Fact]
    public void A_country_the_articles_do_not_cover_is_said_plainly_and_no_figure_is_invented_for_it()
    {
        var (answer, _, report) = _pipeline.Ask("quel salaire pour un prompt engineer au Japon ?", "fr");

        // The user's own word ("Japon") is no name the answer invents: only figures and citations must be grounded.
        Assert.DoesNotContain(report.Violations, v => v.Kind is GroundingViolationKind.Number or GroundingViolationKind.Citation);
        Assert.StartsWith(Messages.For("fr").Format(nameof(AdvisorMessages.Uncovered), "Japon"), answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quel est le salaire le plus élevé jamais proposé à un prompt engineer ?", "fr")]
    [InlineData("What's the highest salary ever advertised for a prompt engineering job?", "en")]
    public void The_highest_pay_asked_leads_with_the_top_figure_of_every_country_and_offer(string question, string language)
    {
        var (answer, _, report) = _pipeline.Ask(question, language);
        var top = knowledge.Base.Facts.Where(f => f.Amount is not null).Max(f => (f.AmountMax ?? f.Amount!.Value) * (f.Period == PayPeriod.Month ? 12 : 1));

        Assert.True(report.IsGrounded);
        Assert.Equal(top, NumberMentionsOf(answer.Text).First());
        Assert.DoesNotContain(45000m, NumberMentionsOf(answer.Text));
    }

    [Fact]
    public void The_lowest_pay_asked_in_a_country_leads_with_its_lowest_figure()
    {
        var (answer, _, _) = _pipeline.Ask("quel est le salaire le plus bas en France ?", "fr");
        var french = knowledge.Base.Facts.Where(f => f.Amount is not null && f.Currency != "USD" && f.Country is null or "FR").ToList();

        var lowest = french.MinBy(f => f.Amount!.Value * (f.Period == PayPeriod.Month ? 12 : 1))!;

        Assert.Equal(lowest.Amount, NumberMentionsOf(answer.Text).First());
    }

    [Theory]
    [InlineData("Combien d'offres de prompt engineer y a-t-il sur LinkedIn ?", "fr")]
    [InlineData("How much does the Guardia bachelor cost?", "en")]
    [InlineData("les écoles de prompt engineering, c'est cher ?", "fr")]
    [InlineData("Is the Guardia bachelor expensive?", "en")]
    public void A_number_the_records_do_not_give_is_said_to_be_missing_before_what_they_say(string question, string language)
    {
        var (answer, _, report) = _pipeline.Ask(question, language);

        Assert.True(report.IsGrounded);
        Assert.StartsWith(Messages.For(language).Get(nameof(AdvisorMessages.NoFigure)), answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_asked_about_something_named_comes_from_the_records_that_give_it_whatever_their_topic()
    {
        var (answer, _, _) = _pipeline.Ask("How many people have used PromptBase?", "en", "Can I sell my prompts online?");
        var (training, _, _) = _pipeline.Ask("combien d'heures de formation faut-il ?", "fr");

        Assert.Contains(25000m, NumberMentionsOf(answer.Text));
        Assert.DoesNotContain(Messages.For("en").Get(nameof(AdvisorMessages.NoFigure)), answer.Text, StringComparison.Ordinal);
        // Hours written in words (« une trentaine à une cinquantaine d'heures ») are a number.
        Assert.DoesNotContain(Messages.For("fr").Get(nameof(AdvisorMessages.NoFigure)), training.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Does the CPF fund these courses?", "en", "CPF")]
    [InlineData("c'est quoi les horaires d'un prompt engineer ?", "fr", "horaires")]
    public void An_aspect_the_articles_never_cover_is_said_plainly_before_the_closest(string question, string language, string aspect)
    {
        var (answer, _, report) = _pipeline.Ask(question, language);

        Assert.DoesNotContain(report.Violations, v => v.Kind is GroundingViolationKind.Number or GroundingViolationKind.Citation);
        Assert.StartsWith(Messages.For(language).Format(nameof(AdvisorMessages.Uncovered), aspect), answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_answer_asked_is_one_sentence()
    {
        var (full, _, _) = _pipeline.Ask("c'est quoi l'ingénierie de prompts ?", "fr");
        var (brief, _, report) = _pipeline.Ask("réponds en une phrase : c'est quoi l'ingénierie de prompts ?", "fr");

        Assert.True(report.IsGrounded);
        Assert.DoesNotContain('\n', brief.Text);
        Assert.True(brief.Sources.Count < full.Sources.Count, brief.Text);
    }

    [Theory]
    [InlineData("can you say that in English please?", "en")]
    [InlineData("tu peux le redire en français stp ?", "fr")]
    public void Asked_again_in_another_language_the_last_question_is_answered_anew_in_it(string message, string language)
    {
        const string Asked = "quels modèles d'IA faut-il connaître ?";
        var (first, _, _) = _pipeline.Ask(Asked, language == "en" ? "fr" : "en");

        var (again, _, _) = _pipeline.Ask(message, language, Asked);

        Assert.Equal(first.Topic, again.Topic);
        Assert.Equal(first.Sources.Select(s => s.PassageId), again.Sources.Select(s => s.PassageId));
        Assert.Contains(knowledge.Base.Facts, f => f.Label.Fr != f.Label.En && again.Text.Contains(language == "en" ? f.Label.En : f.Label.Fr, StringComparison.Ordinal));
    }

    [Fact]
    public void An_english_answer_uses_the_english_labels()
    {
        var (answer, _, _) = _pipeline.Ask("Do I need to know how to code?", "en");
        var labels = knowledge.Base.Facts.Where(f => answer.Text.Contains(f.Label.En, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(labels);
        Assert.DoesNotContain(knowledge.Base.Facts, f => f.Label.Fr != f.Label.En && answer.Text.Contains(f.Label.Fr, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OutOfScope))]
    public void A_question_the_sources_do_not_cover_gets_the_out_of_scope_answer(string question, string language)
    {
        var (answer, context, report) = _pipeline.Ask(question, language);

        Assert.Empty(context.Passages);
        Assert.Empty(context.Facts);
        Assert.True(answer.OutOfScope);
        Assert.Empty(answer.Sources);
        Assert.Empty(NumberMentionsOf(answer.Text));
        Assert.True(report.IsGrounded, string.Join("; ", report.Violations.Select(v => $"{v.Kind} '{v.Text}'")));
    }

    [Fact]
    public void The_guard_rejects_a_real_answer_once_a_figure_a_name_or_a_citation_is_invented()
    {
        var (answer, context, report) = _pipeline.Ask("salaire prompt engineer débutant", "fr");
        Assert.True(report.IsGrounded);
        Assert.DoesNotContain(knowledge.Base.Passages, p => p.Text.Contains("Goldman", StringComparison.OrdinalIgnoreCase));
        var guard = new GroundingGuard();

        var figure = NumberMentions.Figures(answer.Text)[0].Text;
        var inflated = answer.Text.Replace(figure, "1 000 000", StringComparison.Ordinal);
        var named = answer.Text + "\n\nLes banques comme Goldman Sachs recrutent aussi [1].";
        var miscited = answer.Text + "\n\nVoir aussi [9].";

        Assert.NotEqual(answer.Text, inflated);
        Assert.Equal(GroundingViolationKind.Number, Assert.Single(guard.Check(inflated, context).Violations).Kind);
        Assert.Equal("Goldman Sachs", Assert.Single(guard.Check(named, context).Violations).Text);
        Assert.Equal(GroundingViolationKind.Citation, Assert.Single(guard.Check(miscited, context).Violations).Kind);
    }

    [Fact]
    public void A_faithful_answer_in_a_language_model_s_style_passes_and_an_embellished_one_does_not()
    {
        var (_, context, _) = _pipeline.Ask(Messages.For("en").Get(nameof(AdvisorMessages.AllFiguresButton)), "en");
        var us = 1 + context.Passages.ToList().FindIndex(h => h.Passage.Text.Contains("175 000", StringComparison.Ordinal));
        var france = 1 + context.Passages.ToList().FindIndex(h => h.Passage.Text.Contains("45 000", StringComparison.Ordinal));
        Assert.True(us > 0 && france > 0);
        var faithful =
            $"## Salaries\n\nAccording to the sources, **in the US** salaries range from $175,000 to $300,000 a year [{us}]. " +
            $"In France, a junior can expect €45k–60k gross per year [{france}], while Anthropic advertised up to $335,000.\n\n" +
            "- Monthly figures also appear: 5 850 € gross for a beginner.\n- I'd compare them with care.";
        var guard = new GroundingGuard();

        var report = guard.Check(faithful, context);
        var embellished = guard.Check(faithful + $"\n- Some firms such as Google pay up to $400,000 [{us}].", context);

        Assert.True(report.IsGrounded, string.Join("; ", report.Violations.Select(v => $"{v.Kind} '{v.Text}'")));
        Assert.Equal(["400,000", "Google"], embellished.Violations.Select(v => v.Text));
    }

    [Fact]
    public void No_sentence_of_the_real_sources_reads_as_instructions_to_an_ai()
    {
        Assert.DoesNotContain(knowledge.Base.Passages, p => CareerBot.Advisor.Composition.InjectionDetector.LooksLikeInstructions(p.Text));
    }

    /// <summary>Every [n] of the text has its source, every source is cited, and each quote is verbatim in the knowledge base.</summary>
    private void AssertCitationsMatchSources(Answer answer, GroundingContext context)
    {
        var cited = CitationMentions.Find(answer.Text).SelectMany(c => c.Numbers).Distinct().Order().ToList();
        Assert.Equal(cited, answer.Sources.Select(s => s.Number));
        var map = CitationMap.For(context);
        var passages = knowledge.Base.Passages.Select(p => Folding.CollapseWhitespace(p.Text)).ToList();
        foreach (var source in answer.Sources)
        {
            Assert.True(source.Number <= map.Count);
            Assert.False(string.IsNullOrWhiteSpace(source.Title));
            Assert.All(
                source.Quote.Split(" … ").Select(Folding.CollapseWhitespace),
                extract => Assert.True(passages.Any(p => p.Contains(extract, StringComparison.Ordinal)), extract));
        }
    }

    private static List<decimal> NumberMentionsOf(string text) =>
        NumberMentions.Figures(CitationMentions.Blank(text)).SelectMany(m => m.Values).ToList();

    private void Print(string question, Answer answer, GroundingReport report)
    {
        output.WriteLine($"Q: {question}  ({answer.Origin}, {answer.Text.Length} characters, grounded: {report.IsGrounded})");
        output.WriteLine(answer.Text);
        output.WriteLine("Sources:");
        foreach (var source in answer.Sources)
        {
            output.WriteLine($"  [{source.Number}] {source.Title} — « {source.Quote} »");
        }
    }
}
