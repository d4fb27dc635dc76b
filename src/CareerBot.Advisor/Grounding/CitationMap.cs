using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Grounding;

/// <summary>
/// What the citation numbers of an answer refer to in a <see cref="GroundingContext"/>: [1]…[P] are its P passages
/// in order; [P+1]… are the quotes of its facts that no passage contains, one number per distinct quote in fact
/// order. A fact whose passage was not retrieved can so still be cited, with its verbatim quote as the source.
/// The grounding guard and every answerer number citations this way.
/// </summary>
public sealed class CitationMap
{
    private readonly IReadOnlyList<SearchHit> _passages;
    private readonly List<Fact> _quotes = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    private CitationMap(GroundingContext context)
    {
        _passages = context.Passages;
        var passageTexts = context.Passages.Select(h => KnowledgeText.Collapse(h.Passage.Text)).ToArray();
        foreach (var fact in context.Facts)
        {
            var quote = KnowledgeText.Collapse(fact.Quote);
            if (_numbers.ContainsKey(quote))
            {
                continue;
            }

            var passage = Array.FindIndex(passageTexts, text => text.Contains(quote, StringComparison.Ordinal));
            if (passage >= 0)
            {
                _numbers[quote] = passage + 1;
            }
            else
            {
                _quotes.Add(fact);
                _numbers[quote] = _passages.Count + _quotes.Count;
            }
        }
    }

    /// <summary>How many numbers can be cited: passages, then fact quotes.</summary>
    public int Count => _passages.Count + _quotes.Count;

    public static CitationMap For(GroundingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new CitationMap(context);
    }

    /// <summary>The number to cite for a fact of the context: the first passage that contains its quote, else its quote's own number.</summary>
    public int NumberOf(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _numbers.TryGetValue(KnowledgeText.Collapse(fact.Quote), out var number)
            ? number
            : throw new ArgumentException($"Fact '{fact.Id}' is not in the grounding context.", nameof(fact));
    }

    /// <summary>The passage cited by <paramref name="number"/>, or null when it cites a fact quote.</summary>
    public SearchHit? PassageAt(int number)
    {
        CheckRange(number);
        return number <= _passages.Count ? _passages[number - 1] : null;
    }

    /// <summary>The fact whose quote <paramref name="number"/> cites, or null when it cites a passage.</summary>
    public Fact? QuoteAt(int number)
    {
        CheckRange(number);
        return number > _passages.Count ? _quotes[number - _passages.Count - 1] : null;
    }

    /// <summary>The text behind a number: the passage's title, heading and text, or the fact's quote.</summary>
    public string TextOf(int number) => PassageAt(number) is { } hit
        ? $"{hit.Passage.SourceTitle}\n{hit.Passage.Heading}\n{hit.Passage.Text}"
        : _quotes[number - _passages.Count - 1].Quote;

    private void CheckRange(int number)
    {
        if (number < 1 || number > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Citations run from 1 to {Count}.");
        }
    }
}
