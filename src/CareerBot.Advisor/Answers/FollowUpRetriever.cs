using CareerBot.Advisor.Llm;
using CareerBot.Advisor.Prompts;
using CareerBot.Knowledge.Text;
using CareerBot.Knowledge;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// Retrieval for a question that may be a follow-up ("et en France ?"). With the language model, a question asked
/// after earlier turns is first rewritten as a standalone one. Without it, or when that finds nothing, an offline
/// rule: a short question that is out of scope on its own is searched again with the previous user question in
/// front of it.
/// </summary>
internal sealed class FollowUpRetriever(IKnowledgeSearch knowledge, LlmGateway llm, LlmOptions options)
{
    public const int TopPassages = 5;

    /// <summary>A question of at most this many words may lean on the previous one.</summary>
    public const int ShortQuestionWords = 8;

    private const int CondensedMaxTokens = 100;
    private const int CondensedMaxLength = 500;

    public async Task<Retrieval> RetrieveAsync(AnswerRequest request, LlmBudget? budget, CancellationToken cancellationToken)
    {
        var previous = request.History.LastOrDefault(t => t.FromUser)?.Text;
        LlmFailure? llmFailure = null;
        if (previous is not null && budget is not null && llm.IsEnabled && options.CondenseWithLlm)
        {
            try
            {
                var condensed = Clean(await llm.CompleteAsync(
                    PromptBuilder.Condense(request, options.HistoryTurns), "condense", budget, CondensedMaxTokens).ConfigureAwait(false));
                if (condensed.Length > 0
                    && await SearchAsync(condensed, cancellationToken).ConfigureAwait(false) is { Count: > 0 } found)
                {
                    return new Retrieval(condensed, found, null);
                }
            }
            catch (LlmUnavailableException ex)
            {
                llmFailure = ex.Failure; // logged by the gateway; the offline rule below still applies
            }
        }

        var hits = await SearchAsync(request.Question, cancellationToken).ConfigureAwait(false);
        if (hits.Count > 0 || previous is null || Tokens.FoldedWords(request.Question).Count > ShortQuestionWords)
        {
            return new Retrieval(request.Question, hits, llmFailure);
        }

        var combined = $"{previous.Trim()} {request.Question.Trim()}";
        return new Retrieval(combined, await SearchAsync(combined, cancellationToken).ConfigureAwait(false), llmFailure);
    }

    private Task<IReadOnlyList<Knowledge.Search.SearchHit>> SearchAsync(string question, CancellationToken cancellationToken) =>
        knowledge.SearchAsync(question, TopPassages, cancellationToken);

    /// <summary>The model's first line, without the quotes some models wrap it in.</summary>
    private static string Clean(string condensed)
    {
        var line = condensed.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        line = line.Trim('"', '«', '»', '“', '”', ' ');
        return line.Length <= CondensedMaxLength ? line : line[..CondensedMaxLength];
    }
}
