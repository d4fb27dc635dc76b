namespace CareerBot.Knowledge.Vocabulary;

/// <summary>
/// The bilingual vocabulary of <c>vocabulary.json</c> that questions are read with: the words of each topic, the
/// words of each facet value (level, country, sector…, countries the articles do not cover included), the openings of
/// a follow-up ("et aux…", "what about…"), the words asking for the other side of a debate, those asking for every
/// figure, those asking for more than was just said ("dis-m'en plus", "what else?"), the words naming the articles' subject itself (prompt engineer, métier, IA: a question made of them is about
/// the articles), those referring back to what was just said ("lui", "they"), and the chat spellings of words
/// ("cmb" for "combien"), and the phrases that make a question about something else than the articles' job even with
/// their words ("salaire minimum", "tous métiers confondus"); and the words that ask whether something is needed ("faut-il",
/// "do I need") or whether one can do without it ("sans", "without"), which a yes-or-no answer then meets; and the
/// words by which users say who they are ("je suis", "I've been a"), which make a question about their background.
/// </summary>
public sealed record KnowledgeVocabulary(
    IReadOnlyList<TopicWords> Topics,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Facets,
    IReadOnlyList<string> FollowUp,
    IReadOnlyList<string> Contrary,
    IReadOnlyList<string> AllFigures,
    IReadOnlyList<string> More,
    IReadOnlyList<string> Subject,
    IReadOnlyList<string> Reference,
    IReadOnlyDictionary<string, string> Spellings,
    IReadOnlyList<string> Outside,
    IReadOnlyList<string> Need,
    IReadOnlyList<string> Without,
    IReadOnlyList<string> Self)
{
    public static KnowledgeVocabulary Empty { get; } = new(
        [], new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(), [], [], [], [], [], [], new Dictionary<string, string>(), [], [], [], []);
}
