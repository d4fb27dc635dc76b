using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge.Text;
using CareerBot.Knowledge;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// Tells a side question from a wrong answer, in the middle of a dialog, once the message answers nothing that was
/// asked: it is a question when it has a question mark, starts with a question word (« combien gagne… »,
/// <c>Resources/QuestionStarts.txt</c>), or is something the knowledge base covers (« salaire junior »). Anything
/// else (« bof », « 42 ») is a wrong answer, and the question is asked again with help.
/// </summary>
public sealed class SideQuestion(IKnowledgeSearch knowledge)
{
    public async Task<bool> IsQuestionAsync(string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (text.Contains('?', StringComparison.Ordinal))
        {
            return true;
        }

        var words = Tokens.FoldedWords(text);
        if (words.Count == 0)
        {
            return false;
        }

        return QuestionStarts.StartAt(words, 0) || await IsCoveredAsync(text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when the knowledge base has a passage about <paramref name="text"/> (its out-of-scope guard lets it through).</summary>
    public async Task<bool> IsCoveredAsync(string text, CancellationToken cancellationToken = default)
    {
        var passages = await knowledge.SearchAsync(text, 1, cancellationToken).ConfigureAwait(false);
        return passages.Count > 0;
    }
}
