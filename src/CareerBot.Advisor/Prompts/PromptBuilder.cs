using System.Globalization;
using System.Text;
using CareerBot.Advisor.Answers;
using Microsoft.SemanticKernel.ChatCompletion;

using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Prompts;

/// <summary>
/// Builds the prompts from the templates. Every piece of text that comes from a user or an article goes inside a data
/// tag, escaped by <see cref="DataFence"/>; the system message tells the model never to obey it.
/// </summary>
internal static class PromptBuilder
{
    /// <summary>
    /// The prompt of one question: <paramref name="sources"/> are every number the answer may cite
    /// (<see cref="CitableSources"/>), passages first, then fact quotes marked <c>kind="quote"</c>;
    /// <paramref name="keyFacts"/> are the fact records the offline answer is made of, each with the number of the
    /// passage that states it, and <paramref name="focus"/> what the question was read as (topic and facets), so that
    /// the model answers the same question the same way.
    /// </summary>
    public static GroundedPrompt Grounded(AnswerRequest request, IReadOnlyList<CitableSource> sources, int historyTurns, IReadOnlyList<(int Number, Fact Fact)>? keyFacts = null, string? focus = null)
    {
        var language = LanguageName(request.Language);
        var values = new Dictionary<string, string>
        {
            ["language"] = language,
            ["sources"] = Sources(sources),
            ["facts"] = Facts(keyFacts ?? [], request.Language),
            ["focus"] = DataFence.Escape(focus ?? string.Empty),
            ["history"] = History(request.History, historyTurns),
            ["question"] = DataFence.Escape(request.Question),
        };
        return new GroundedPrompt(
            PromptTemplates.Render(PromptTemplates.GroundedSystem, values),
            PromptTemplates.Render(PromptTemplates.GroundedUser, values),
            language);
    }

    /// <summary>The request to rewrite a follow-up as a standalone question (used for retrieval only, never shown).</summary>
    public static ChatHistory Condense(AnswerRequest request, int historyTurns)
    {
        var chat = new ChatHistory(PromptTemplates.CondenseQuestion);
        chat.AddUserMessage($"<history>\n{History(request.History, historyTurns)}\n</history>\n<question>{DataFence.Escape(request.Question)}</question>");
        return chat;
    }

    public static string LanguageName(string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "English" : "French";

    private static string Sources(IReadOnlyList<CitableSource> sources)
    {
        var text = new StringBuilder();
        foreach (var source in sources)
        {
            var heading = source.Heading is null ? string.Empty : $" heading=\"{DataFence.Attribute(source.Heading)}\"";
            var kind = source.IsFactQuote ? " kind=\"quote\"" : string.Empty;
            text.Append(CultureInfo.InvariantCulture,
                $"<source id=\"{source.Number}\" title=\"{DataFence.Attribute(source.Title)}\"{heading}{kind}>\n{DataFence.Escape(source.Text)}\n</source>\n");
        }

        return text.ToString().TrimEnd();
    }

    private static string Facts(IReadOnlyList<(int Number, Fact Fact)> facts, string language)
    {
        var text = new StringBuilder();
        foreach (var (number, fact) in facts)
        {
            text.Append(CultureInfo.InvariantCulture, $"<fact source=\"{number}\">{DataFence.Escape(fact.Label.In(language))}</fact>\n");
        }

        return text.ToString().TrimEnd();
    }

    private static string History(IReadOnlyList<ConversationTurn> history, int turns)
    {
        var text = new StringBuilder();
        foreach (var turn in history.Skip(Math.Max(0, history.Count - turns)))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"<turn role=\"{(turn.FromUser ? "user" : "assistant")}\">{DataFence.Escape(turn.Text)}</turn>\n");
        }

        return text.ToString().TrimEnd();
    }
}
