using CareerBot.Knowledge.Analysis;

namespace CareerBot.Knowledge.Tests.Analysis;

public sealed class FrenchTextAnalyzerTests : IDisposable
{
    private readonly FrenchTextAnalyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    [Theory]
    [InlineData("l'intelligence", "l’intelligence")]
    [InlineData("d'un", "")]
    [InlineData("qu'il", "")]
    [InlineData("jusqu'à", "")]
    public void Elision_drops_the_article_with_either_apostrophe(string straight, string expected)
    {
        Assert.Equal(_analyzer.Terms(expected.Length == 0 ? straight : expected), _analyzer.Terms(straight));
        Assert.DoesNotContain(_analyzer.Terms(straight), t => t.Contains('\'', StringComparison.Ordinal));
    }

    [Fact]
    public void Elided_words_keep_their_content()
    {
        Assert.Equal(["inteligenc"], _analyzer.Terms("L’intelligence"));
        Assert.Equal(["entrepris"], _analyzer.Terms("l'entreprise"));
    }

    [Theory]
    [InlineData("L’ingénieur d’IA ʼs `x´ prompts")]
    [InlineData("qu’il s'agit de l´avenir")]
    public void Questions_get_the_tokens_and_offsets_that_indexing_gives_the_same_text(string text)
    {
        Assert.Equal(Tokens(_analyzer.GetTokenStream("passage", text)), Tokens(_analyzer.Analyze(text)));
    }

    [Fact]
    public void Concurrent_callers_each_get_their_own_chain()
    {
        var texts = new[] { "les salaires des ingénieurs", "l’intelligence artificielle", "compétences en rédaction" };
        var expected = texts.Select(t => string.Join(' ', _analyzer.Terms(t))).ToArray();

        var results = Enumerable.Range(0, 3000).AsParallel().Select(i => (i, string.Join(' ', _analyzer.Terms(texts[i % 3])))).ToList();

        Assert.All(results, r => Assert.Equal(expected[r.i % 3], r.Item2));
    }

    private static List<(string Term, int Start, int End)> Tokens(Lucene.Net.Analysis.TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
            var tokens = new List<(string, int, int)>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
            }

            stream.End();
            return tokens;
        }
    }

    [Theory]
    [InlineData("rémunération", "remuneration")]
    [InlineData("Ingénieur", "ingenieur")]
    [InlineData("compétences", "COMPETENCE")]
    [InlineData("cœur", "coeur")]
    public void Accents_and_case_do_not_matter(string accented, string plain) =>
        Assert.Equal(_analyzer.Terms(accented), _analyzer.Terms(plain));

    [Theory]
    [InlineData("salaires", "salaire")]
    [InlineData("formations", "formation")]
    [InlineData("ingénieurs", "ingénieur")]
    [InlineData("compétences", "compétence")]
    [InlineData("prompts", "prompt")]
    public void Light_stemming_joins_plurals(string plural, string singular) =>
        Assert.Equal(_analyzer.Terms(singular), _analyzer.Terms(plural));

    [Fact]
    public void French_and_English_stop_words_and_question_words_disappear()
    {
        Assert.Equal(["salair", "prompt", "engin"], _analyzer.Terms("Quel est le salaire d'un prompt engineer ?"));
        Assert.Equal(["salary", "prompt", "engin"], _analyzer.Terms("What's the salary of a prompt engineer?"));
        Assert.Equal(["competenc"], _analyzer.Terms("Combien de compétences faut-il avoir ?"));
        Assert.Empty(_analyzer.Terms("est-ce que c'est à été où ça"));
    }

    [Fact]
    public void French_content_words_that_are_English_stop_words_are_kept()
    {
        Assert.Contains("an", _analyzer.Terms("45 000 € par an"));
        Assert.Contains("but", _analyzer.Terms("le but du métier"));
    }

    [Fact]
    public void An_acronym_in_capitals_is_never_a_stop_word()
    {
        Assert.Equal(["ai"], _analyzer.Terms("AI"));
        Assert.Empty(_analyzer.Terms("j'ai Ai"));
    }
}
