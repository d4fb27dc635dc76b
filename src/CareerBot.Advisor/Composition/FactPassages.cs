using CareerBot.Knowledge.Text;
using CareerBot.Advisor.Grounding;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Composition;

/// <summary>
/// The passage each record's quote stands in, found once per knowledge load: an answer cites passages, so two
/// records of one passage share a citation number, and the sources list shows each passage once.
/// </summary>
internal sealed class FactPassages
{
    private readonly Dictionary<string, Passage> _passages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Passage> _byId;
    private readonly HashSet<string> _lowerCaseWords;

    public FactPassages(IReadOnlyList<Fact> facts, IReadOnlyList<Passage> passages)
    {
        Facts = facts;
        Passages = passages;
        Text = string.Join('\n', passages.Select(p => p.Text));
        _lowerCaseWords = [.. Tokens.Of(Text).Select(t => t.Original).Where(w => char.IsLower(w[0]))];
        _byId = passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var texts = passages.Select(p => (Passage: p, Text: KnowledgeText.Collapse(p.Text))).ToList();
        foreach (var fact in facts)
        {
            var quote = KnowledgeText.Collapse(fact.Quote);
            var found = texts.FirstOrDefault(t => t.Passage.SourceId == fact.Source && t.Text.Contains(quote, StringComparison.Ordinal)).Passage
                // A quote over two passages (a sentence and the list it announces) is cited by the passage it starts in.
                ?? texts.FirstOrDefault(t => t.Passage.SourceId == fact.Source && t.Text.Contains(quote[..Math.Min(quote.Length, 60)], StringComparison.Ordinal)).Passage;
            if (found is not null)
            {
                _passages[fact.Id] = found;
            }
        }
    }

    public IReadOnlyList<Fact> Facts { get; }

    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>All the passages' text, one per line.</summary>
    public string Text { get; }

    /// <summary>
    /// Whether the passages write a word, as it is, in lower case somewhere (« bac », « développement »): its
    /// capitalised form is a common noun, not a name.
    /// </summary>
    public bool WritesInLowerCase(string word) => _lowerCaseWords.Contains(word);

    /// <summary>The passage of an id an earlier answer cited, or null when this load has no such passage.</summary>
    public Passage? Find(string passageId) => _byId.GetValueOrDefault(passageId);

    /// <summary>The passage of a record, or null when none holds its quote (such a record is never shown).</summary>
    public Passage? Of(Fact fact) => _passages.GetValueOrDefault(fact.Id);
}
