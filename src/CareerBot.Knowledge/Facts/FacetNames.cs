namespace CareerBot.Knowledge.Facts;

/// <summary>The facets a record (and a question) can have; their values are the keys of <c>vocabulary.json</c>.</summary>
public static class FacetNames
{
    public const string Level = "level";
    public const string Country = "country";
    public const string SkillType = "skillType";
    public const string Degree = "degree";
    public const string Sector = "sector";
    public const string Stance = "stance";
    public const string Person = "person";
    public const string Context = "context";

    /// <summary>
    /// Whether a record says that what its topic is about is needed for the job or not (<see cref="Needs"/>): it answers
    /// "faut-il savoir coder ?" with a yes, a no, or both sides. Questions never narrow by it, so the vocabulary has no
    /// words for it.
    /// </summary>
    public const string Need = "need";

    /// <summary>
    /// What a pay figure is counted over, as a question asks it ("par mois"): its values are <see cref="PayPeriod"/>'s
    /// names. A record states its own in its <c>period</c> field, never as a facet.
    /// </summary>
    public const string Period = "period";

    /// <summary>
    /// What a pay figure is counted on, as a question asks it ("en brut ou en net ?"): its values are
    /// <see cref="PayBasis"/>'s names. A record states its own in its <c>basis</c> field, never as a facet.
    /// </summary>
    public const string Basis = "basis";

    /// <summary>
    /// Which end of the pay figures a question asks for ("le salaire le plus élevé", "the lowest pay"): its values are
    /// <see cref="Ranks"/>. Records never carry it: their amounts say where they stand.
    /// </summary>
    public const string Rank = "rank";

    /// <summary>
    /// An aspect of the job that users ask about and the articles never cover (working hours, funding of a training,
    /// contracts): a question naming one is told so plainly before what comes closest. Records never carry it.
    /// </summary>
    public const string Uncovered = "uncovered";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Level, Country, SkillType, Degree, Sector, Stance, Person, Context, Period, Basis, Need, Rank, Uncovered,
    };
}
