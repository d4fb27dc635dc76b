using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Advisor.Conversation.Dialogs;
using CareerBot.Advisor.Conversation.Roadmaps;
using CareerBot.Advisor.Resources;
using CareerBot.Advisor.Tests.Support;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>
/// The conversation's resource files agree with each other and with the knowledge base: every string in both
/// languages, every label a question shows, every record a roadmap rule names; and no advice carries a figure, so
/// every figure of a roadmap comes from a cited record.
/// </summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed partial class ConversationResourcesTests(RealKnowledgeFixture knowledge)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Every_string_has_an_english_translation_with_the_same_placeholders()
    {
        var french = ConversationMessages.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, true, true)!;
        var english = ConversationMessages.ResourceManager.GetResourceSet(English, true, false)!;
        foreach (DictionaryEntry entry in french)
        {
            var name = (string)entry.Key;
            var translated = english.GetString(name);
            Assert.False(string.IsNullOrWhiteSpace(translated), $"{name} has no English translation.");
            Assert.Equal(Placeholders((string)entry.Value!), Placeholders(translated!));
        }
    }

    [Fact]
    public void Every_profile_question_and_answer_has_its_labels()
    {
        Assert.Equal(["studies", "coding", "english", "field", "aitools", "goal"], ProfileQuestions.All.Select(q => q.Id));
        foreach (var question in ProfileQuestions.All)
        {
            Assert.NotNull(ConversationMessages.ResourceManager.GetString(question.QuestionKey, English));
            Assert.InRange(question.Options.Count, 2, 6);
        }
    }

    [Fact]
    public void No_word_selects_two_answers_of_the_same_question()
    {
        foreach (var question in ProfileQuestions.All)
        {
            foreach (var option in question.Options)
            {
                foreach (var word in option.Words)
                {
                    Assert.True(question.Recognize(word) == option.Id, $"« {word} » of {question.Id}.{option.Id} selects {question.Recognize(word)}.");
                }
            }
        }
    }

    [Fact]
    public void Every_record_a_roadmap_rule_names_is_in_the_fact_sheet_and_every_advice_is_written_without_figures()
    {
        var facts = knowledge.Base.Facts.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in RoadmapRules.All)
        {
            Assert.Contains(rule.Section, RoadmapRules.Sections);
            Assert.All(rule.Facts, id => Assert.Contains(id, facts));
            if (rule.Advice is { } advice)
            {
                foreach (var culture in new[] { CultureInfo.InvariantCulture, English })
                {
                    var text = ConversationMessages.ResourceManager.GetString(advice, culture);
                    Assert.NotNull(text);
                    Assert.DoesNotMatch(@"\d", text);
                }
            }
        }
    }

    [Theory]
    [InlineData("secondary", "none", "basic", "other", "never", "switch")]
    [InlineData("master", "senior", "fluent", "tech", "builder", "employee")]
    [InlineData("doctorate", "comfortable", "reading", "expert", "daily", "remote")]
    [InlineData("bachelor", "beginner", "fluent", "student", "sometimes", "freelance")]
    public void Every_figure_of_a_roadmap_is_in_the_quote_it_cites(string studies, string coding, string english, string field, string aitools, string goal)
    {
        var profile = new UserProfile
        {
            Answers = new() { ["studies"] = studies, ["coding"] = coding, ["english"] = english, ["field"] = field, ["aitools"] = aitools, ["goal"] = goal },
        };
        var roadmap = new RoadmapBuilder(knowledge.Base).Build(profile);
        var (text, sources) = new RoadmapMessage(knowledge.Base).Write("fr", profile, roadmap);

        Assert.True(roadmap.Sections.Count >= 5, $"Only {roadmap.Sections.Count} sections.");
        // The profile line repeats the user's answers ("Bac+5"): the sections start after it.
        foreach (var line in text.Split('\n').SkipWhile(l => !l.StartsWith("**1.", StringComparison.Ordinal)).Where(l => l.StartsWith("- ", StringComparison.Ordinal)))
        {
            var cited = Citation().Matches(line).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            var figures = Figure().Matches(line.Split('[')[0]).Select(m => m.Value.Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)).ToList();
            if (figures.Count == 0)
            {
                continue;
            }

            Assert.NotEmpty(cited);
            var quotes = string.Concat(cited.Select(n => sources.Single(s => s.Number == n).Quote)).Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
            Assert.All(figures, figure => Assert.Contains(figure, quotes, StringComparison.Ordinal));
        }
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\d[\d\u202F\u00A0 ]*\d|\d")]
    private static partial Regex Figure();
}
