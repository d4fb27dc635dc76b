using CareerBot.Knowledge.Facts;
using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Tests.Support;

namespace CareerBot.Advisor.Tests.Grounding;

public sealed class GroundingGuardTests
{
    private const string SalaryPassage =
        "En France, un prompt engineer junior peut espérer un salaire annuel brut compris entre 45\u00A0000 € et 60\u00A0000 €. " +
        "Selon le guide des salaires 2024 du cabinet de recrutement Morgan McKinley, les profils expérimentés dépassent les 80 000 €.";

    private readonly GroundingGuard _guard = new();

    [Theory]
    [InlineData("Un junior gagne de 45 000 à 60 000 € brut par an [1].")]
    [InlineData("Un junior gagne de 45000 à 60000 € brut par an [1].")]
    [InlineData("Un junior gagne de 45\u00A0000 à 60\u00A0000 € brut par an [1].")]
    [InlineData("Un junior gagne de 45\u202F000 à 60\u202F000 € brut par an [1].")]
    [InlineData("Un junior gagne 45k€ à 60k€ par an [1].")]
    [InlineData("A junior earns €45,000 – €60,000 a year [1].")]
    [InlineData("Selon le guide 2024 de Morgan McKinley, plus de 80 000 € [1].")]
    public void Figures_written_any_way_the_passage_has_them_pass(string answer)
    {
        var report = _guard.Check(answer, Build.Context(Build.Hit(SalaryPassage)));

        Assert.True(report.IsGrounded, Describe(report));
    }

    [Theory]
    [InlineData("Un junior gagne 1 000 000 € par an [1].", "1 000 000")]
    [InlineData("Un junior gagne 50 000 € par an [1].", "50 000")]
    [InlineData("Selon le guide 2023 [1].", "2023")]
    [InlineData("Les salaires montent de 12,5 % par an [1].", "12,5")]
    [InlineData("Un junior gagne 46k€ [1].", "46k")]
    public void An_invented_figure_is_a_violation(string answer, string figure)
    {
        var report = _guard.Check(answer, Build.Context(Build.Hit(SalaryPassage)));

        var violation = Assert.Single(report.Violations);
        Assert.Equal(GroundingViolationKind.Number, violation.Kind);
        Assert.Equal(figure, violation.Text);
    }

    [Fact]
    public void Percentages_counts_and_degree_levels_are_figures_too()
    {
        var context = Build.Context(Build.Hit("Près de 700 ingénieurs, soit 3,5 % du marché, ont un Bac+5."));

        Assert.True(_guard.Check("Environ 700 ingénieurs (3.5 %) ont un Bac +5 [1].", context).IsGrounded);
        Assert.Equal(["800", "4,5", "3"], _guard.Check("800 ingénieurs, 4,5 %, un Bac+3 [1].", context).Violations.Select(v => v.Text));
    }

    [Fact]
    public void List_numbering_and_citation_markers_are_not_figures()
    {
        var context = Build.Context(Build.Hit("Le salaire est de 45 000 €."), Build.Hit("Il dépasse 80 000 €.", n: 2));

        var report = _guard.Check("Deux chiffres :\n1. 45 000 € [1]\n2. 80 000 € [2]", context);

        Assert.True(report.IsGrounded, Describe(report));
    }

    [Fact]
    public void A_figure_must_be_in_the_passages_the_answer_cites()
    {
        var context = Build.Context(Build.Hit("Le salaire est de 45 000 €."), Build.Hit("Il dépasse 80 000 €.", n: 2));

        Assert.False(_guard.Check("Il dépasse 80 000 € [1].", context).IsGrounded);
        Assert.True(_guard.Check("Il dépasse 80 000 € [2].", context).IsGrounded);
        Assert.True(_guard.Check("Il dépasse 80 000 €.", context).IsGrounded);
    }

    [Fact]
    public void A_figure_of_a_fact_passes_whatever_the_answer_cites()
    {
        var fact = Build.Salary("s1", "b", "Salaire débutant : 5 850 € brut / mois", 5850, period: PayPeriod.Month);
        var context = Build.Context([Build.Hit("Le métier est nouveau.")], fact);

        var report = _guard.Check("Un débutant touche 5\u00A0850 € brut par mois [1].", context);

        Assert.True(report.IsGrounded, Describe(report));
    }

    [Theory]
    [InlineData("Voir [3].", "[3]")]
    [InlineData("Voir [0].", "[0]")]
    [InlineData("Voir [1-3].", "[1-3]")]
    [InlineData("Voir [9].", "[9]")]
    public void A_citation_outside_the_context_is_a_violation(string answer, string marker)
    {
        var context = Build.Context(Build.Hit("Un."), Build.Hit("Deux.", n: 2));

        var violation = Assert.Single(_guard.Check(answer, context).Violations);

        Assert.Equal(GroundingViolationKind.Citation, violation.Kind);
        Assert.Equal(marker, violation.Text);
    }

    [Fact]
    public void Every_citation_form_within_the_context_passes()
    {
        var context = Build.Context(Build.Hit("Un."), Build.Hit("Deux.", n: 2));

        Assert.True(_guard.Check("Voir [1][2], [1, 2] et [1-2].", context).IsGrounded);
    }

    [Fact]
    public void A_fact_quote_no_passage_contains_is_cited_after_the_passages()
    {
        var fact = Build.Salary("s1", "b", "Salaire confirmé : 16 150 € brut / mois", 16150, level: "confirmed", period: PayPeriod.Month);
        var context = Build.Context([Build.Hit("Le métier est nouveau.")], fact);

        Assert.Equal(2, CitationMap.For(context).Count);
        Assert.True(_guard.Check("Un confirmé touche 16 150 € [2].", context).IsGrounded);
        Assert.False(_guard.Check("Voir [3].", context).IsGrounded);
    }

    [Theory]
    [InlineData("Anthropic recrute des prompt engineers [1].")]
    [InlineData("Selon Anthropic, le poste est bien payé [1].")]
    [InlineData("Le poste a été publié par Anthropic's team [1].")]
    [InlineData("La documentation d'OpenAI est une ressource [1].")]
    [InlineData("On trouve des offres chez BNP Paribas et sur LearnPrompting [1].")]
    [InlineData("Les recruteurs cherchent Python, l'IA et les LLM, en France comme aux États-Unis [1].")]
    [InlineData("Les sources sont en French, lundi comme en January [1].")]
    [InlineData("**Scale AI** emploie Riley Goodside [1].")]
    public void Names_of_the_passages_and_generic_words_pass(string answer)
    {
        var context = Build.Context(Build.Hit(
            "Anthropic, fondée par des anciens employés d’OpenAI, recrute. Voir LearnPrompting.org et BNP Paribas. " +
            "Riley Goodside travaille chez Scale Ai."));

        var report = _guard.Check(answer, context);

        Assert.True(report.IsGrounded, Describe(report));
    }

    [Theory]
    [InlineData("Goldman Sachs recrute aussi [1].", "Goldman Sachs")]
    [InlineData("Les banques comme Goldman Sachs recrutent [1].", "Goldman Sachs")]
    [InlineData("On peut se former sur Coursera [1].", "Coursera")]
    [InlineData("HEC forme des prompt engineers [1].", "HEC")]
    [InlineData("Un MBA de HEC aide [1].", "MBA de HEC")]
    [InlineData("Chez Google, on recrute [1].", "Google")]
    [InlineData("On recrute chez Google [1].", "Google")]
    public void A_name_no_passage_has_is_a_violation(string answer, string name)
    {
        var context = Build.Context(Build.Hit("Anthropic et BNP Paribas recrutent des prompt engineers."));

        var violations = _guard.Check(answer, context).Violations;

        Assert.Contains(violations, v => v.Kind == GroundingViolationKind.Name
            && (name.Contains(v.Text, StringComparison.Ordinal) || v.Text.Contains(name, StringComparison.Ordinal)));
    }

    [Fact]
    public void An_ordinary_word_opening_a_sentence_is_not_taken_for_a_name()
    {
        var context = Build.Context(Build.Hit("Anthropic recrute."));

        Assert.True(_guard.Check("Attention : Anthropic recrute [1]. Ensuite, il faut un portfolio.", context).IsGrounded);
    }

    [Fact]
    public void A_name_of_a_fact_passes()
    {
        var fact = Build.Fact("e1", FactTopic.Employers, "b", "de grandes références du jeu vidéo, comme Ubisoft, SQUAD ou Gameloft ;", "Jeu vidéo : Ubisoft, SQUAD, Gameloft");
        var context = Build.Context([Build.Hit("Les entreprises recrutent.")], fact);

        Assert.True(_guard.Check("Ubisoft et Gameloft recrutent [2].", context).IsGrounded);
    }

    [Fact]
    public void Everything_invented_at_once_is_reported_kind_by_kind()
    {
        var context = Build.Context(Build.Hit(SalaryPassage));

        var report = _guard.Check("Chez Goldman Sachs, un junior gagne 1 000 000 € [9].", context);

        Assert.Equal(
            [GroundingViolationKind.Citation, GroundingViolationKind.Number, GroundingViolationKind.Name],
            report.Violations.Select(v => v.Kind));
    }

    private static string Describe(GroundingReport report) =>
        string.Join("; ", report.Violations.Select(v => $"{v.Kind} '{v.Text}': {v.Reason}"));
}
