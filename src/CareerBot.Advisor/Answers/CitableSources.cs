using CareerBot.Advisor.Grounding;
using CareerBot.Knowledge;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// The numbers a model answer may cite, in <see cref="CitationMap"/> order, so that the prompt, the grounding guard
/// and the delivered sources agree: [1]…[P] are the retrieved passages, [P+1]… the quotes of the context's facts
/// that no retrieved passage contains. A quote's source is the fact's article (its title from the knowledge base);
/// its passage id is the knowledge-base passage that holds the quote, as the extractive answer gives it, or the
/// article id when no single passage holds it (a quote that spans paragraphs), so that the id always names
/// something a host can link to.
/// </summary>
internal static class CitableSources
{
    public static IReadOnlyList<CitableSource> Of(GroundingContext context, IKnowledgeSearch knowledge)
    {
        var map = CitationMap.For(context);
        var sources = new List<CitableSource>(map.Count);
        // Read once: a reload may swap the knowledge base's lists meanwhile.
        var passages = knowledge.Passages;
        var articles = knowledge.Sources;
        string[]? passageTexts = null;
        for (var number = 1; number <= map.Count; number++)
        {
            if (map.PassageAt(number) is { } hit)
            {
                var passage = hit.Passage;
                sources.Add(new CitableSource(number, passage.Id, passage.SourceId, passage.SourceTitle, passage.Heading, passage.Text, false));
                continue;
            }

            var fact = map.QuoteAt(number)!;
            // Collapsed once per answer, and only when a fact quote needs its passage.
            passageTexts ??= [.. passages.Select(p => KnowledgeText.Collapse(p.Text))];
            var quote = KnowledgeText.Collapse(fact.Quote);
            var holder = Array.FindIndex(passageTexts, text => text.Contains(quote, StringComparison.Ordinal));
            var title = articles.FirstOrDefault(s => s.Id == fact.Source)?.Title ?? fact.Source;
            sources.Add(new CitableSource(number, holder >= 0 ? passages[holder].Id : fact.Source, fact.Source, title, null, fact.Quote, true));
        }

        return sources;
    }
}
