using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// The analysis chain of passages and questions:
/// typographic apostrophes → ' ; UAX#29 tokenizer ; English possessive 's ; French elision (l', d', qu'…) ;
/// ASCII folding (so "remuneration" meets "rémunération") ; French + English stop words (acronyms in capitals
/// spared, see <see cref="StopWords"/>) ; lower case ; French light stemming (plurals and common inflections).
/// Folding runs before stemming so that an accented word and its unaccented spelling always get the same stem.
/// With a <see cref="SynonymMap"/> (questions only), the synonym filter runs last, on analysed terms. The
/// unstemmed variant feeds the fields that typo-tolerant matching uses: a typo can change the stem entirely
/// ("formaton" keeps its ending where "formation" is cut to "form"), never the folded word.
/// </summary>
public sealed class FrenchTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly string[] TypographicApostrophes = ["\u2019", "\u2018", "\u02BC", "\u00B4", "`"];
    private static readonly NormalizeCharMap Apostrophes = BuildApostropheMap();

    // Text analysed through Analyze has its apostrophes straightened in the string already (one character for one, so
    // offsets stay right): it skips the char filter, an object and a lock per call.
    private const string StraightenedField = "straightened";

    private readonly SynonymMap? _synonyms;
    private readonly bool _stem = true;
    private readonly PerThreadReuse _reuse;

    public FrenchTextAnalyzer()
        : this(new PerThreadReuse())
    {
    }

    internal FrenchTextAnalyzer(SynonymMap synonyms)
        : this(new PerThreadReuse()) => _synonyms = synonyms;

    private FrenchTextAnalyzer(bool stem)
        : this(new PerThreadReuse()) => _stem = stem;

    private FrenchTextAnalyzer(PerThreadReuse reuse)
        : base(reuse) => _reuse = reuse;

    /// <summary>The same chain without stemming.</summary>
    internal static FrenchTextAnalyzer Unstemmed() => new(stem: false);

    /// <summary>The analysed terms of <paramref name="text"/>, in order (stop words removed).</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        using var stream = Analyze(text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>The token stream of <paramref name="text"/> (a question, a label): what indexing makes of the same text.</summary>
    public TokenStream Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("\u2019\u2018\u02BC\u00B4`") >= 0)
        {
            foreach (var apostrophe in TypographicApostrophes)
            {
                text = text.Replace(apostrophe, "'", StringComparison.Ordinal);
            }
        }

        return GetTokenStream(StraightenedField, text);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, StopWords.Set);
        stream = new LowerCaseFilter(Version, stream);
        if (_stem)
        {
            stream = new FrenchLightStemFilter(stream);
        }

        if (_synonyms is not null)
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: false);
        }

        return new TokenStreamComponents(source, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        fieldName == StraightenedField ? reader : new MappingCharFilter(Apostrophes, reader);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reuse.Dispose();
        }

        base.Dispose(disposing);
    }

    private static NormalizeCharMap BuildApostropheMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var apostrophe in TypographicApostrophes)
        {
            builder.Add(apostrophe, "'");
        }

        return builder.Build();
    }

    /// <summary>
    /// Each thread keeps its own analysis chain, as Lucene's default strategy does, but in a <see cref="ThreadLocal{T}"/>
    /// read without a lock: the default takes one lock per analyzer on every call, which concurrent turns queue on.
    /// The chain ignores the field name, so one set of components per thread serves every field.
    /// </summary>
    private sealed class PerThreadReuse : ReuseStrategy, IDisposable
    {
        private readonly ThreadLocal<TokenStreamComponents?> _components = new();

        public override TokenStreamComponents GetReusableComponents(Analyzer analyzer, string fieldName) => _components.Value!;

        public override void SetReusableComponents(Analyzer analyzer, string fieldName, TokenStreamComponents components) =>
            _components.Value = components;

        public void Dispose() => _components.Dispose();
    }
}
