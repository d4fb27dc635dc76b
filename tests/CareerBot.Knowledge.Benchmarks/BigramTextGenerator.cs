using System.Text;

namespace CareerBot.Knowledge.Benchmarks;

/// <summary>
/// French-like text with the vocabulary and word frequencies of a real corpus: a word bigram chain learnt from its
/// paragraphs. Each sentence starts with a word that starts a real sentence and follows real word pairs until a word
/// ending a sentence. The text reads as nonsense but keeps what drives search cost: the same terms, as common or as
/// rare as in the real articles, so that a question matches a realistic share of passages.
/// </summary>
internal sealed class BigramTextGenerator
{
    private const int MaxSentenceWords = 35;

    private readonly Dictionary<string, string[]> _followers;
    private readonly string[] _starts;
    private readonly Random _random;

    public BigramTextGenerator(IEnumerable<string> paragraphs, Random random)
    {
        var followers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var starts = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            // Splitting on any white space (no-break spaces included) keeps the text on one line, so that no
            // generated paragraph can turn into a heading or a list item.
            var words = paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                if ((i == 0 || EndsSentence(words[i - 1])) && char.IsUpper(words[i][0]))
                {
                    starts.Add(words[i]);
                }

                if (i + 1 < words.Length)
                {
                    if (!followers.TryGetValue(words[i], out var next))
                    {
                        followers[words[i]] = next = [];
                    }

                    next.Add(words[i + 1]);
                }
            }
        }

        if (starts.Count == 0)
        {
            throw new ArgumentException("The corpus has no sentence to learn from.", nameof(paragraphs));
        }

        _followers = followers.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);
        _starts = [.. starts];
        _random = random;
    }

    public string Paragraph(int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            AppendSentence(text.Append(i > 0 ? " " : string.Empty));
        }

        return text.ToString();
    }

    public string Sentence() => AppendSentence(new StringBuilder()).ToString();

    private StringBuilder AppendSentence(StringBuilder text)
    {
        var word = _starts[_random.Next(_starts.Length)];
        text.Append(word);
        for (var count = 1; count < MaxSentenceWords && !EndsSentence(word) && _followers.TryGetValue(word, out var next); count++)
        {
            word = next[_random.Next(next.Length)];
            text.Append(' ').Append(word);
        }

        return EndsSentence(word) ? text : text.Append('.');
    }

    private static bool EndsSentence(string word) => word[^1] is '.' or '?' or '!';
}
