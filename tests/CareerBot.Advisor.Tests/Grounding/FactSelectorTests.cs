using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Tests.Support;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Tests.Grounding;

public sealed class FactSelectorTests
{
    private static readonly Fact JuniorFr = Build.Salary("a-junior-fr", "a", "junior 45 000 €", 45000, 60000, level: "junior", country: "FR");
    private static readonly Fact SeniorFr = Build.Salary("a-senior-fr", "a", "senior 80 000 €", 80000, level: "senior", country: "FR");
    private static readonly Fact ExpertUs = Build.Salary("a-expert-us", "a", "experts 300 000 $", 300000, currency: "USD", level: "senior", country: "US");
    private static readonly Fact JuniorBox = Build.Salary("b-junior", "b", "débutant 5 850 €", 5850, period: "month", level: "junior", country: null);
    private static readonly Fact ConfirmedBox = Build.Salary("b-confirmed", "b", "confirmé 16 150 €", 16150, period: "month", level: "confirmed", country: null);
    private static readonly Fact AllUs = Build.Salary("c-us", "c", "USA 175 000 $", 175000, 300000, currency: "USD", basis: "unknown", level: "all", country: "US");
    private static readonly Fact HalfFr = Build.Salary("c-fr", "c", "France moitié", null, level: "all", country: "FR", basis: "unknown");
    private static readonly Fact Remote = Build.Salary("d-remote", "d", "télétravail 2 500 €", 2500, 6000, period: "month", basis: "unknown", level: "all", country: null);
    private static readonly Fact Degree = Build.Fact("a-degree", "training", "a", "Bac+5");
    private static readonly Fact Employer = Build.Fact("b-employer", "employer", "b", "Ubisoft");
    private static readonly Fact Skill = Build.Fact("a-skill", "skill", "a", "Python");

    private static readonly Fact[] Sheet = [JuniorFr, SeniorFr, ExpertUs, JuniorBox, ConfirmedBox, AllUs, HalfFr, Remote, Degree, Employer, Skill];

    private static readonly IReadOnlyList<CareerBot.Knowledge.Search.SearchHit> Passages = [Build.Hit("Un passage.", "c"), Build.Hit("Un autre.", "a", rank: 2)];

    private readonly FactSelector _selector = new();

    [Theory]
    [InlineData("combien on gagne comme prompt engineer ?")]
    [InlineData("c'est payé combien ?")]
    [InlineData("How much does a prompt engineer earn?")]
    [InlineData("quel salaire pour ce métier")]
    [InlineData("quelle rémunération")]
    [InlineData("salaure prompt engineer")]
    [InlineData("combien pour un prompt engineer ?")]
    public void A_salary_question_gets_every_salary_record(string question)
    {
        var facts = _selector.Select(question, Passages, Sheet);

        Assert.Equal(Sheet.Where(f => f.Kind == "salary").Select(f => f.Id).Order(), facts.Select(f => f.Id).Order());
    }

    [Theory]
    [InlineData("quelle formation pour devenir prompt engineer", "training")]
    [InlineData("faut-il un bac+5 ?", "training")]
    [InlineData("Is a degree required?", "training")]
    [InlineData("combien d'heures de formation ?", "training")]
    [InlineData("qui recrute des prompt engineers", "employer")]
    [InlineData("Which companies hire prompt engineers?", "employer")]
    [InlineData("quelles compétences faut-il ?", "skill")]
    [InlineData("faut-il savoir coder en Python ?", "skill")]
    public void The_subject_of_the_question_picks_the_records(string question, string kind)
    {
        var facts = _selector.Select(question, Passages, Sheet);

        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal(kind, f.Kind));
    }

    [Fact]
    public void Without_a_subject_word_the_heading_of_the_best_passage_decides()
    {
        IReadOnlyList<CareerBot.Knowledge.Search.SearchHit> passages = [Build.Hit("Le texte.", "a", heading: "Salaire"), Build.Hit("Autre.", "b", heading: "Compétences", rank: 2)];

        var facts = _selector.Select("et pour un prompt engineer ?", passages, Sheet);

        Assert.All(facts, f => Assert.Equal("salary", f.Kind));
        Assert.NotEmpty(facts);
    }

    [Fact]
    public void A_junior_question_keeps_the_junior_records_and_each_other_source_s_all_level_ones()
    {
        var facts = _selector.Select("salaire d'un débutant", Passages, Sheet);

        Assert.Equal(["a-junior-fr", "b-junior", "c-fr", "c-us", "d-remote"], facts.Select(f => f.Id).Order());
    }

    [Fact]
    public void A_senior_question_counts_confirmed_as_experienced()
    {
        var facts = _selector.Select("salaire d'un prompt engineer expérimenté", Passages, Sheet);

        Assert.Equal(["a-expert-us", "a-senior-fr", "b-confirmed", "c-fr", "c-us", "d-remote"], facts.Select(f => f.Id).Order());
    }

    [Fact]
    public void A_country_narrows_within_each_source_and_a_source_without_it_keeps_its_unstated_records()
    {
        var facts = _selector.Select("How much does a senior prompt engineer earn in the US?", Passages, Sheet);

        Assert.Equal(["a-expert-us", "b-confirmed", "c-us", "d-remote"], facts.Select(f => f.Id).Order());
    }

    [Fact]
    public void The_pronoun_us_is_no_country()
    {
        var facts = _selector.Select("tell us how much a junior earns", Passages, Sheet);

        Assert.Contains(facts, f => f.Id == "c-fr");
    }

    [Fact]
    public void When_narrowing_leaves_a_source_nothing_it_keeps_its_wider_set()
    {
        Fact[] sheet = [JuniorFr, SeniorFr, JuniorBox];

        var facts = _selector.Select("salaire d'un senior aux États-Unis", Passages, sheet);

        Assert.Equal(["a-senior-fr", "b-junior"], facts.Select(f => f.Id).Order());
    }

    [Fact]
    public void Records_come_in_the_order_of_their_sources_in_the_ranking()
    {
        var facts = _selector.Select("combien on gagne", Passages, Sheet);

        Assert.Equal(["c", "c", "a", "a", "a", "b", "b", "d"], facts.Select(f => f.Source));
    }

    [Fact]
    public void Nothing_is_selected_without_passages()
    {
        Assert.Empty(_selector.Select("combien on gagne", [], Sheet));
    }
}
