using CareerBot.Advisor.Conversation.Dialogs;
using CareerBot.Advisor.Extractive;
using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Dialogs.Prompts;
using CareerBot.BotFramework.Schema;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Conversation.Roadmaps;

/// <summary>
/// Writes a roadmap as one message in the turn's language: the profile, then each section's advice and records, each
/// record cited ([n] → its verbatim quote and article), the salary notes (sources that disagree, monthly and yearly
/// figures), and buttons to go on. Records are written as the answer step writes them, so a figure is never reworded.
/// </summary>
public sealed class RoadmapMessage(IKnowledgeSearch knowledge)
{
    private static readonly string[] Buttons =
    [
        nameof(ConversationMessages.Menu_Question),
        nameof(ConversationMessages.MyProfile_Redo),
        nameof(ConversationMessages.Menu_Tour),
    ];

    public Activity Create(ITurnContext turnContext, UserProfile profile, Roadmap roadmap)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var (text, sources) = Write(TurnFlags.Language(turnContext), profile, roadmap);
        var message = CitedMessage.Create(text, sources, turnContext.Activity.ChannelId, TurnFlags.Locale(turnContext), aiGenerated: false);
        return SuggestedActionsRenderer.WithChoices(message, Buttons.Select(TurnFlags.Texts(turnContext).Get));
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
        var map = CitationMap.For(new GroundingContext([], cited));

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
                var line = fact.Kind == "salary" ? SalaryLines.Of(fact, answerTexts) : KeyPointLines.Of(fact, answerTexts);
                lines.Add($"- {line} [{map.NumberOf(fact)}]");
            }

            var salaries = sectionFacts.Where(f => f.Kind == "salary").ToList();
            if (salaries.Count > 0)
            {
                lines.AddRange(SalaryNotes.For(salaries, map, answerTexts).Select(note => $"_{note}_"));
            }
        }

        lines.Add(string.Empty);
        lines.Add(texts.Get(nameof(ConversationMessages.Roadmap_Footer)));

        var titles = knowledge.Sources.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        var sources = Enumerable.Range(1, map.Count)
            .Select(n => map.QuoteAt(n)!)
            .Select((fact, i) => new CitationSource(i + 1, titles.GetValueOrDefault(fact.Source, fact.Source), fact.Quote))
            .ToList();
        return (string.Join("\n", lines), sources);
    }
}
