using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Tests.Support;
using CareerBot.Advisor.Text;
using Xunit.Abstractions;

namespace CareerBot.Advisor.Tests.RealKnowledge;

/// <summary>
/// Extractive answers to real questions over the repository's knowledge folder: the right figures and names with
/// their sources, the salary notes, and every answer passing the grounding guard. Each answer is written to the
/// test output as a user would read it.
/// </summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class RealAnswersTests(RealKnowledgeFixture knowledge, ITestOutputHelper output)
{
    private const string DisagreementFr = "Les sources ne donnent pas les mêmes chiffres pour un même niveau";
    private const string DisagreementEn = "The sources give different figures for the same level";
    private const string PeriodFr = "Certains montants sont mensuels, d'autres annuels";
    private const string PeriodEn = "Some amounts are per month, others per year";

    private readonly AnswerPipeline _pipeline = new(knowledge.Base);

    /// <summary>Question, language, figures the answer must give, names it must give (case ignored).</summary>
    public static TheoryData<string, string, decimal[], string[]> InScope => new()
    {
        { "combien gagne un prompt engineer", "fr", [45000, 60000, 5850, 3100, 175000, 300000, 2500, 6000, 335000], ["Anthropic"] },
        { "salaire prompt engineer débutant", "fr", [45000, 60000, 5850, 3100], [] },
        { "c'est payé combien un prompt engineer junior en France ?", "fr", [45000, 60000], ["France"] },
        { "quel salaire pour un prompt engineer senior ?", "fr", [80000, 16150, 6800, 300000], [] },
        { "How much does a prompt engineer earn in the US?", "en", [175000, 300000], ["USA"] },
        { "What is the salary of a junior prompt engineer in France?", "en", [45000, 60000, 5850, 3100], [] },
        { "combien on gagne en télétravail comme prompt engineer ?", "fr", [2500, 6000], ["télétravail"] },
        { "Anthropic paye combien ses prompt engineers ?", "fr", [335000], ["Anthropic"] },
        { "quelle formation pour devenir prompt engineer", "fr", [5], ["Bac"] },
        { "faut-il un bac+5 pour être prompt engineer ?", "fr", [5], ["Bac +5", "cursus universitaire"] },
        { "Is a degree required to become a prompt engineer?", "en", [5], ["Bac"] },
        { "quelles entreprises recrutent des prompt engineers ?", "fr", [], ["Ubisoft", "BNP Paribas"] },
        { "qui recrute des prompt engineers ?", "fr", [], ["Ubisoft"] },
        { "Which companies hire prompt engineers?", "en", [], ["Ubisoft", "Scale AI"] },
        { "quelles compétences faut-il pour devenir prompt engineer ?", "fr", [], ["LLM"] },
        { "est-ce qu'il faut connaître Python ?", "fr", [], ["Python"] },
        { "peut-on être prompt engineer en télétravail ?", "fr", [], ["distance"] },
    };

    public static TheoryData<string, string> SalaryQuestions => new()
    {
        { "combien gagne un prompt engineer", "fr" },
        { "salaire prompt engineer débutant", "fr" },
        { "c'est payé combien un prompt engineer junior en France ?", "fr" },
        { "quel salaire pour un prompt engineer senior ?", "fr" },
        { "How much does a prompt engineer earn in the US?", "en" },
        { "What is the salary of a junior prompt engineer in France?", "en" },
        { "combien on gagne en télétravail comme prompt engineer ?", "fr" },
    };

    public static TheoryData<string, string> OutOfScope => new()
    {
        { "salaire d'un boulanger", "fr" },
        { "météo à Paris demain", "fr" },
        { "combien gagne un data scientist", "fr" },
        { "How do I cook pasta?", "en" },
        { "What is the salary of a data engineer in Germany?", "en" },
    };

    [Theory]
    [MemberData(nameof(InScope))]
    public void An_answer_gives_the_figures_and_names_of_its_sources_and_passes_the_guard(string question, string language, decimal[] figures, string[] names)
    {
        var (answer, context, report) = _pipeline.Ask(question, language);
        Print(question, answer, report);

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.True(report.IsGrounded, string.Join("; ", report.Violations.Select(v => $"{v.Kind} '{v.Text}'")));
        var written = NumberMentionsOf(answer.Text);
        Assert.All(figures, figure => Assert.Contains(figure, written));
        Assert.All(names, name => Assert.Contains(Folding.Fold(name), Folding.Fold(answer.Text), StringComparison.Ordinal));
        AssertCitationsMatchSources(answer, context);
        Assert.True(answer.Text.Length <= 1600, $"{answer.Text.Length} characters");
    }

    [Theory]
    [MemberData(nameof(SalaryQuestions))]
    public void A_salary_answer_shows_every_source_s_figures_and_notes_their_disagreement(string question, string language)
    {
        var (answer, _, report) = _pipeline.Ask(question, language);

        Assert.True(report.IsGrounded);
        var salarySources = knowledge.Base.Facts.Where(f => f.Kind == "salary").Select(f => f.Source).Distinct().Order().ToList();
        Assert.Equal(5, salarySources.Count);
        Assert.Equal(salarySources, answer.Sources.Select(s => s.SourceId).Distinct().Order());
        Assert.Contains(language == "en" ? DisagreementEn : DisagreementFr, answer.Text, StringComparison.Ordinal);
        Assert.Contains(language == "en" ? PeriodEn : PeriodFr, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("moyenne de", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_training_answer_puts_the_sources_that_disagree_side_by_side()
    {
        var (answer, _, report) = _pipeline.Ask("faut-il un bac+5 pour être prompt engineer ?", "fr");

        Assert.True(report.IsGrounded);
        Assert.Contains("Bac +5", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Pas encore de cursus universitaire de référence diplômant", answer.Text, StringComparison.Ordinal);
        Assert.Contains("pas toujours nécessaire", answer.Text, StringComparison.Ordinal);
        Assert.Superset(
            new HashSet<string> { "000_75a91a411fbe0075", "001_5d6b6b6e5216ff0e", "003_fd3b6b910cdf51e3" },
            answer.Sources.Select(s => s.SourceId).ToHashSet());
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

        var inflated = answer.Text.Replace("45\u00A0000", "1\u00A0000\u00A0000", StringComparison.Ordinal);
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
        var (_, context, _) = _pipeline.Ask("How much does a prompt engineer earn in the US?", "en");
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
        Assert.DoesNotContain(knowledge.Base.Passages, p => InjectionDetector.LooksLikeInstructions(p.Text));
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
        CareerBot.Advisor.Grounding.NumberMentions.Figures(CitationMentions.Blank(text)).SelectMany(m => m.Values).ToList();

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
