using System.Globalization;
using CareerBot.Advisor.Text;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// The citations an answer makes as it is written: each cited number and the verbatim extracts (sentences, fact
/// quotes) it relies on, which become the source's quote.
/// </summary>
internal sealed class CitedExtracts
{
    private readonly SortedDictionary<int, List<string>> _extracts = [];

    public IEnumerable<int> Numbers => _extracts.Keys;

    /// <summary>Records the extract (as written; compared whitespace aside) and returns the marker to write after it, e.g. "[2]".</summary>
    public string Cite(int number, string extract)
    {
        if (!_extracts.TryGetValue(number, out var extracts))
        {
            _extracts[number] = extracts = [];
        }

        var collapsed = Folding.CollapseWhitespace(extract);
        if (!extracts.Any(e => Folding.CollapseWhitespace(e).Contains(collapsed, StringComparison.Ordinal)))
        {
            extracts.RemoveAll(e => collapsed.Contains(Folding.CollapseWhitespace(e), StringComparison.Ordinal));
            extracts.Add(extract);
        }

        return $"[{number.ToString(CultureInfo.InvariantCulture)}]";
    }

    /// <summary>The extracts of a number in the order the passage says them.</summary>
    public IReadOnlyList<string> Of(int number, string passageText)
    {
        var text = Folding.CollapseWhitespace(passageText);
        return _extracts[number]
            .OrderBy(e => text.IndexOf(Folding.CollapseWhitespace(e), StringComparison.Ordinal) is var i and >= 0 ? i : int.MaxValue)
            .ToList();
    }
}
