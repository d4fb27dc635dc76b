using CareerBot.Advisor.Composition;
using CareerBot.Advisor.Conversation.Dialogs;
using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema.Entities;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Conversation.Roadmaps;

/// <summary>
/// Writes a roadmap in the turn's language: one message with the profile, then each section's advice and records,
/// each record cited by its article ([n] → the article's title and the verbatim quotes the roadmap relies on), and the
/// salary notes (sources that disagree, monthly and yearly figures); then a short message with buttons to go on.
/// Records are written with the labels the answers use, so a figure is never reworded. One number per article, not
/// per record, keeps a roadmap within what Teams accepts in one message (<see cref="CitationLimits.MaxCitations"/>);
/// buttons go in their own message because a client may render a message that carries them as plain text.
/// </summary>
public sealed class RoadmapMessage(IKnowledgeSearch knowledge)
{
    private static readonly string[] Buttons =
    [
        nameof(ConversationMessages.Menu_Question),
        nameof(ConversationMessages.MyProfile_Redo),
        nameof(ConversationMessages.Menu_Tour),
    ];

    /// <summary>Sends the roadmap, then the buttons to go on.</summary>
    public async Task SendAsync(ITurnContext turnContext, UserProfile profile, Roadmap roadmap, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var (text, sources) = Write(AdvisorTurn.Of(turnContext).Language, profile, roadmap);
        var locale = AdvisorTurn.Of(turnContext).Locale;
        await turnContext.SendActivityAsync(CitedMessage.Create(text, sources, turnContext.Activity.ChannelId, locale, aiGenerated: false), cancellationToken).ConfigureAwait(false);
        var texts = AdvisorTurn.Of(turnContext).Texts;
        var next = Menu.WithButtons(texts, texts.Get(nameof(ConversationMessages.Roadmap_Next)), Buttons);
        next.Locale = locale;
        await turnContext.SendActivityAsync(next, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The roadmap's Markdown text with [n] markers, and the sources they cite.</summary>
    internal (string Text, IReadOnlyList<CitationSource> Sources) Write(string language, UserProfile profile, Roadmap roadmap)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(roadmap);
        var texts = Messages.For(language, ConversationMessages.ResourceManager);
        var answerTexts = Messages.For(language);
        var facts = knowledge.Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        // A record removed from the fact sheet since the roadmap was stored is left out rather than shown uncited.
        var cited = roadmap.Sections.SelectMany(s => s.Items).Select(i => i.FactId).OfType<string>().Where(facts.ContainsKey).Select(id => facts[id]).ToList();
        var articles = cited.Select(f => f.Source).Distinct(StringComparer.Ordinal).ToList();
        int NumberOf(Fact fact) => articles.IndexOf(fact.Source) + 1;

        var lines = new List<string>
        {
            texts.Get(nameof(ConversationMessages.Roadmap_Title)),
            string.Empty,
            texts.Format(nameof(ConversationMessages.Roadmap_Profile), string.Join(" · ", ProfileQuestions.All
                .Where(q => profile.Answer(q.Id) is not null)
                .Select(q => q.LabelOf(profile.Answer(q.Id)!, texts)))),
        };
        var number = 0;
        foreach (var section in roadmap.Sections)
        {
            var items = section.Items.Where(i => i.Advice is not null || (i.FactId is { } id && facts.ContainsKey(id))).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            number++;
            var title = section.Id == RoadmapBuilder.SalarySection
                ? texts.Format(nameof(ConversationMessages.Roadmap_Section_salary), texts.Get($"Roadmap_Level_{roadmap.Level}"))
                : texts.Get($"Roadmap_Section_{section.Id}");
            lines.Add(string.Empty);
            lines.Add($"**{number}. {title}**");
            var sectionFacts = new List<Fact>();
            foreach (var item in items)
            {
                if (item.Advice is { } advice)
                {
                    lines.Add("- " + texts.Get(advice));
                    continue;
                }

                var fact = facts[item.FactId!];
                sectionFacts.Add(fact);
                var label = fact.Label.In(language);
                lines.Add($"- {char.ToUpperInvariant(label[0])}{label[1..]} [{NumberOf(fact)}]");
            }

            var notes = AnswerComposer.SalaryNotes(sectionFacts, answerTexts).ToList();
            if (notes.Count > 0)
            {
                // A paragraph of its own: right under the list, Markdown would read it as part of the last item.
                lines.Add(string.Empty);
                lines.AddRange(notes.Select(note => $"_{note}_"));
            }
        }

        lines.Add(string.Empty);
        lines.Add(texts.Get(nameof(ConversationMessages.Roadmap_Footer)));

        var titles = knowledge.Sources.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        // An article's quote is the roadmap's quotes from it, in order, without repeats.
        var sources = articles
            .Select((article, i) => new CitationSource(
                i + 1,
                titles.GetValueOrDefault(article, article),
                string.Join(" … ", cited.Where(f => f.Source == article).Select(f => f.Quote).Distinct(StringComparer.Ordinal))))
            .ToList();
        return (string.Join("\n", lines), sources);
    }
}
