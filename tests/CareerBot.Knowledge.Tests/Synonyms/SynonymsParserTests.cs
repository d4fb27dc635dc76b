using CareerBot.Knowledge.Loading;
using CareerBot.Knowledge.Synonyms;

namespace CareerBot.Knowledge.Tests.Synonyms;

public sealed class SynonymsParserTests
{
    [Fact]
    public void Groups_comments_blank_lines_and_odd_lines()
    {
        var issues = new IssueCollector();

        var groups = SynonymsParser.Parse(
            "# Pay\nsalaire, rémunération , salary # trailing comment\n\nseul\nformation,, training\nA, a\n",
            "synonyms.txt", issues);

        Assert.Equal(2, groups.Count);
        Assert.Equal(["salaire", "rémunération", "salary"], groups[0].Terms);
        Assert.Equal(2, groups[0].Line);
        Assert.Equal(["formation", "training"], groups[1].Terms);
        Assert.Equal(
            [
                "synonyms.txt:4: warning: a synonym group needs at least two entries separated by commas; line ignored.",
                "synonyms.txt:5: warning: empty entry between commas; ignored.",
                "synonyms.txt:6: warning: a synonym group needs at least two entries separated by commas; line ignored.",
            ],
            issues.Issues.Select(i => i.ToString()));
    }
}
