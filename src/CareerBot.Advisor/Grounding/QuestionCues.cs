using CareerBot.Advisor.Text;

namespace CareerBot.Advisor.Grounding;

/// <summary>
/// What a question names, from the word lists of <c>Resources/QuestionCues.txt</c>: its subjects (the fact kinds),
/// and for salaries the level and country it asks about.
/// </summary>
internal static class QuestionCues
{
    private static readonly CueLists Lists = CueLists.Load("QuestionCues.txt");
    private static readonly string[] Subjects = ["salary", "training", "employer", "sector", "skill", "career"];
    private static readonly string[] Countries = ["FR", "US"];

    /// <summary>The fact kinds the words name, one typo allowed in long words ("salaure", "formaton").</summary>
    public static HashSet<string> SubjectsOf(IReadOnlyList<Token> words) =>
        Subjects.Where(s => Lists.Matches(s, words, typos: true)).ToHashSet(StringComparer.Ordinal);

    /// <summary>"combien", "how much" with no other subject: the question is about pay.</summary>
    public static bool ImpliesSalary(IReadOnlyList<Token> words) => Lists.Matches("salary-implied", words);

    /// <summary>The fact levels asked about: junior, or confirmed and senior (the sources use both for "experienced").</summary>
    public static HashSet<string> LevelsOf(IReadOnlyList<Token> words)
    {
        var levels = new HashSet<string>(StringComparer.Ordinal);
        if (Lists.Matches("junior", words))
        {
            levels.Add("junior");
        }

        if (Lists.Matches("senior", words))
        {
            levels.UnionWith(["confirmed", "senior"]);
        }

        return levels;
    }

    /// <summary>The ISO codes of the countries named.</summary>
    public static HashSet<string> CountriesOf(IReadOnlyList<Token> words) =>
        Countries.Where(c => Lists.Matches(c, words)).ToHashSet(StringComparer.Ordinal);
}
