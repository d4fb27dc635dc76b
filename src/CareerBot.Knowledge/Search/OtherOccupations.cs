using System.Text.RegularExpressions;
using CareerBot.Knowledge.Analysis;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// Spots a question about another job than the corpus topic ("quel salaire pour un data analyst"). Such a question is
/// made of words the corpus knows (pay, data, analyst: the articles compare the job with others), so the coverage and
/// section tests let it through; but its subject is a job the articles never describe, and the honest answer is that
/// the sources don't cover it. The list is <c>Occupations.txt</c>, embedded.
/// <para>Not another job's question: a title the user gives as their background ("je suis développeur", "as a
/// teacher"), which is what a career change starts from. The caller only asks when the question does not name the
/// topic ("un data scientist peut-il devenir prompt engineer ?" is about the topic).</para>
/// </summary>
internal sealed partial class OtherOccupations
{
    private readonly List<(string Title, string[] Terms)> _titles;
    private readonly FrenchTextAnalyzer _analyzer;

    public OtherOccupations(FrenchTextAnalyzer analyzer)
    {
        _analyzer = analyzer;
        using var stream = typeof(OtherOccupations).Assembly.GetManifestResourceStream(typeof(OtherOccupations), "Occupations.txt")
            ?? throw new InvalidOperationException("The embedded occupation list is missing.");
        using var reader = new StreamReader(stream);
        _titles = reader.ReadToEnd()
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => (line, analyzer.Terms(line).ToArray()))
            .Where(title => title.Item2.Length > 0)
            // The longest titles first: "software engineer" before "AI engineer", which the analysis shortens to
            // "engineer" and would otherwise be found in any question about an engineer.
            .OrderByDescending(title => title.Item2.Length)
            .ToList();
    }

    /// <summary>The job title the question asks about, as the list writes it, or null.</summary>
    public string? Find(string question)
    {
        var background = Background().Match(question);
        var asked = background.Success ? question.Remove(background.Index, background.Length) : question;
        var terms = _analyzer.Terms(asked);
        foreach (var (title, titleTerms) in _titles)
        {
            if (Contains(terms, titleTerms))
            {
                return title;
            }
        }

        return null;
    }

    private static bool Contains(IReadOnlyList<string> terms, string[] title)
    {
        for (var start = 0; start + title.Length <= terms.Count; start++)
        {
            var match = true;
            for (var i = 0; i < title.Length && match; i++)
            {
                match = terms[start + i] == title[i];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"je suis développeur", "I'm a teacher", "en tant que comptable"…: the user's own job, up to the next punctuation.</summary>
    [GeneratedRegex(@"\b(je\s+suis|j'?\s*étais|j'ai\s+été|je\s+travaille\s+comme|en\s+tant\s+que|ancien(ne)?|i\s*'?\s*a?m|i\s+was|i\s+work\s+as|as\s+an?)\b[^.,;:!?]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Background();
}
