using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using CareerBot.Advisor.Composition;
using CareerBot.Advisor.Resources;
using CareerBot.Advisor.Understanding;
using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Llm;
using CareerBot.Advisor.Prompts;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Facts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// The answer step. The question is read in its conversation (topic and facets, follow-ups resolved); a question the
/// vocabulary reads is planned from its topic's records, any other goes through retrieval (a follow-up made standalone
/// first), which finds the records or passage to answer from, or nothing: the out-of-scope answer. Then: no language
/// model, or one that fails (timeout, HTTP error, unreadable or empty response, open circuit) → the offline answer
/// composed from the plan; otherwise the model's answer on the same plan, delivered only if it passes every check of
/// <see cref="LlmAnswerChecker"/>. A rejected answer is written again once, with the problems named; rejected again,
/// the offline answer is given. Streaming shows only sentences that passed the checks; the final update replaces them.
/// </summary>
internal sealed partial class AnswerService : IAnswerService
{
    private readonly IKnowledgeSearch _knowledge;
    private readonly AnswerPlanner _planner;
    private readonly IGroundingGuard _guard;
    private readonly LlmGateway _llm;
    private readonly LlmOptions _options;
    private readonly FollowUpRetriever _retriever;
    private readonly OfflineAnswerCache _offlineAnswers;
    private readonly ILogger<AnswerService> _logger;

    public AnswerService(
        IKnowledgeSearch knowledge,
        QuestionReader reader,
        IGroundingGuard guard,
        LlmGateway llm,
        IOptions<LlmOptions> options,
        IOptions<AnswerOptions> answerOptions,
        ILogger<AnswerService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(answerOptions);
        _knowledge = knowledge;
        _planner = new AnswerPlanner(knowledge, reader);
        _guard = guard;
        _llm = llm;
        _options = options.Value;
        _logger = logger;
        _retriever = new FollowUpRetriever(knowledge, llm, _options);
        _offlineAnswers = new OfflineAnswerCache(answerOptions.Value.CacheSize);
    }

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Answer? answer = null;
        await foreach (var update in ProduceAsync(request, streaming: false, cancellationToken).ConfigureAwait(false))
        {
            answer = update.Final ?? answer;
        }

        return answer ?? throw new InvalidOperationException("The answer step ended without an answer.");
    }

    public IAsyncEnumerable<AnswerUpdate> StreamAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ProduceAsync(request, _options.Stream, cancellationToken);
    }

    private async IAsyncEnumerable<AnswerUpdate> ProduceAsync(
        AnswerRequest request,
        bool streaming,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The span is current only until the first yield (an async iterator gets its caller's context back at each
        // step): retrieval and a whole (non-streamed) model answer are its children, later streamed steps are not.
        using var span = AdvisorTelemetry.Source.StartActivity(AdvisorTelemetry.AnswerSpan);
        var started = Stopwatch.GetTimestamp();
        using var budget = _llm.IsEnabled ? _llm.StartBudget(cancellationToken) : null;
        if (budget is null)
        {
            // Offline, instructions to the bot inside a question are not part of it: the question is what remains. A
            // model gets the message whole, fenced as data, and its answer goes through the grounding guard.
            request = request with { Question = InjectionDetector.WithoutInstructions(request.Question) };
        }

        var version = KnowledgeVersion.Of(_knowledge);
        var frame = _planner.Read(request);
        // A short question about a detail of the last answer (« c'est long ? ») is answered from its passages first.
        var detail = _planner.FromDetail(request, frame, asFallback: false);
        if (detail is null && frame.Remark)
        {
            yield return Done(new Answer(Messages.For(request.Language).Get(nameof(Resources.AdvisorMessages.Remark)), [], AnswerOrigin.Remark), started, span);
            yield break;
        }

        if (detail is null && budget is null && _planner.FromParts(request) is { } parts)
        {
            // Offline, each question of the message is answered by its own plan, in the order asked.
            yield return Done(AnswerComposer.Join([.. parts.Select(part => Offline(version, request, part))]), started, span);
            yield break;
        }

        var plan = detail ?? _planner.FromFrame(request, frame);
        Retrieval? retrieval = null;
        if (plan is null)
        {
            retrieval = await _retriever.RetrieveAsync(request, budget, cancellationToken).ConfigureAwait(false);
            // Search may have made the question standalone (the model's rewrite, or the previous question in front):
            // that is the question the plan answers.
            var standalone = retrieval.Question == request.Question ? request : request with { Question = retrieval.Question, History = [] };
            plan = _planner.FromSearch(standalone, standalone == request ? frame : _planner.Read(standalone), retrieval.Hits)
                ?? _planner.FromFrameAlone(request, frame)
                ?? _planner.FromDetail(request, frame, asFallback: true);
        }

        if (plan is null)
        {
            yield return Done(OutOfScope(request.Language), started, span);
            yield break;
        }

        if (budget is null || retrieval?.LlmFailed == true)
        {
            if (retrieval?.LlmFailure is { } condenseFailure)
            {
                LogExtractiveFallback(_logger, "the model failed while condensing the question");
                AdvisorTelemetry.Fallback(AdvisorTelemetry.FailureName(condenseFailure));
            }

            yield return Done(Offline(version, request, plan), started, span);
            yield break;
        }

        var context = plan.ModelContext;
        var sources = CitableSources.Of(context, _knowledge);
        var map = CitationMap.For(context);
        var prompt = PromptBuilder.Grounded(
            request, sources, _options.HistoryTurns, [.. context.Facts.Select(f => (map.NumberOf(f), f))], Focus(frame, plan));
        var checker = new LlmAnswerChecker(_guard, context, new PromptLeakDetector(prompt.System));
        var attempt = new LlmAttempt();
        if (streaming)
        {
            await foreach (var shown in StreamCheckedAsync(prompt.ToChat(), checker, budget, attempt).ConfigureAwait(false))
            {
                // Numbered as the final answer will be: first use order is the same for a text and its beginning.
                yield return AnswerUpdate.Progress(CitationMentions.Renumber(shown).Text);
            }
        }
        else
        {
            attempt = await CompleteCheckedAsync(prompt.ToChat(), "answer", checker, budget).ConfigureAwait(false);
        }

        if (!attempt.Accepted && attempt.Failure is null)
        {
            LogRejected(attempt, "first");
            attempt = await CompleteCheckedAsync(
                prompt.ToRegeneration(attempt.Text, attempt.Problems.Select(p => p.Describe())), "regenerate", checker, budget).ConfigureAwait(false);
            if (!attempt.Accepted && attempt.Failure is null)
            {
                LogRejected(attempt, "regenerated");
            }
        }

        if (attempt.Accepted)
        {
            yield return Done(LlmAnswer(attempt.Text, sources) with { Suggestions = AnswerComposer.Suggestions(plan, request.Language, _knowledge.Vocabulary), Topic = plan.Selection?.Topic }, started, span);
            yield break;
        }

        LogExtractiveFallback(_logger, attempt.Failure is { } failure ? failure.Failure.ToString() : "answer rejected twice by the checks");
        AdvisorTelemetry.Fallback(attempt.Failure is { } failed ? AdvisorTelemetry.FailureName(failed.Failure) : "rejected");
        yield return Done(Offline(version, request, plan), started, span);
    }

    /// <summary>
    /// The offline answer to a plan: composed once per plan, language and knowledge load, since composition depends on
    /// nothing else.
    /// </summary>
    private Answer Offline(KnowledgeVersion version, AnswerRequest request, AnswerPlan plan) =>
        _offlineAnswers.GetOrAdd(version, plan.Key, request.Language, () => AnswerComposer.Compose(request.Language, plan, _knowledge.Vocabulary));

    /// <summary>
    /// What the question was read as, for the model: the topic answered, the facets asked ("salary; level=junior"), the
    /// values it compares ("compared country=FR,US"), and whether it asks yes or no about a need, with the side each
    /// first key fact takes ("yes-or-no: is it needed? (optional, required)").
    /// </summary>
    private static string Focus(QuestionFrame frame, AnswerPlan plan) =>
        string.Join("; ", new[] { plan.Selection?.Topic.ToString() ?? frame.Topic?.ToString() ?? "unknown" }
            .Concat(frame.Facets.Select(f => $"{f.Key}={f.Value}"))
            .Concat((frame.Reading?.Compared ?? new Dictionary<string, IReadOnlySet<string>>()).Select(c => $"compared {c.Key}={string.Join(',', c.Value.Order(StringComparer.Ordinal))}"))
            .Concat(plan.Selection is { Polar: not PolarQuestion.None } polar
                ? [$"yes-or-no: {(polar.Polar == PolarQuestion.Need ? "is it needed?" : "can one do without it?")} ({string.Join(", ", polar.Lead.Select(f => f.Facet(FacetNames.Need)).OfType<string>())})"]
                : []));

    /// <summary>The refusal, with the first topics of the vocabulary as questions to ask instead.</summary>
    private Answer OutOfScope(string language) =>
        new(Messages.For(language).Get(nameof(Resources.AdvisorMessages.OutOfScope)), [], AnswerOrigin.OutOfScope)
        {
            Suggestions = [.. _knowledge.Vocabulary.Topics.Take(3).Select(t => t.Ask.In(language))],
        };

    private async Task<LlmAttempt> CompleteCheckedAsync(ChatHistory chat, string purpose, LlmAnswerChecker checker, LlmBudget budget)
    {
        var attempt = new LlmAttempt();
        try
        {
            var text = (await _llm.CompleteAsync(chat, purpose, budget).ConfigureAwait(false)).Trim();
            attempt.Check(text, checker.CheckAnswer(text));
        }
        catch (LlmUnavailableException ex)
        {
            attempt.Fail(ex);
        }

        return attempt;
    }

    /// <summary>
    /// Streams the model's answer, yielding the text made of the sentences that passed the checks so far. Stops at
    /// the first sentence that fails them (which ends the request to the model); <paramref name="attempt"/> tells how
    /// it ended.
    /// </summary>
    private async IAsyncEnumerable<string> StreamCheckedAsync(ChatHistory chat, LlmAnswerChecker checker, LlmBudget budget, LlmAttempt attempt)
    {
        var shown = new StringBuilder();
        var sentences = new SentenceBuffer();
        var pieces = _llm.StreamAsync(chat, "answer (streamed)", budget).GetAsyncEnumerator(CancellationToken.None);
        await using (pieces.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await pieces.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (LlmUnavailableException ex)
                {
                    attempt.Fail(ex);
                    yield break;
                }

                sentences.Append(pieces.Current);
                var grew = false;
                foreach (var sentence in sentences.TakeComplete())
                {
                    var problems = checker.CheckSentence(shown.ToString(), sentence);
                    if (problems.Count > 0)
                    {
                        attempt.Check(shown + sentence, problems);
                        break;
                    }

                    shown.Append(sentence);
                    grew = true;
                }

                if (grew)
                {
                    yield return shown.ToString().TrimEnd();
                }

                if (attempt.Problems.Count > 0)
                {
                    yield break;
                }
            }
        }

        var rest = sentences.TakeRest();
        var last = rest.Trim().Length == 0 ? [] : checker.CheckSentence(shown.ToString(), rest);
        var text = (shown + rest).Trim();
        attempt.Check(text, last.Count > 0 ? last : checker.CheckAnswer(text));
    }

    /// <summary>
    /// The model's answer with the sources it cites (passages or fact quotes), under the numbers it cites them by;
    /// the checks already made sure that every number is one of <paramref name="sources"/>.
    /// </summary>
    private static Answer LlmAnswer(string text, IReadOnlyList<CitableSource> sources)
    {
        // Numbered as the offline answer is, 1..n in order of first use, whatever numbers the prompt gave the passages.
        var (renumbered, original) = CitationMentions.Renumber(text);
        return new Answer(
            renumbered,
            [.. original.Select((n, i) => sources[n - 1].ToAnswerSource() with { Number = i + 1 })],
            AnswerOrigin.Llm);
    }

    /// <summary>The final update, measured: the answer's time and origin.</summary>
    private static AnswerUpdate Done(Answer answer, long started, Activity? span)
    {
        var origin = AdvisorTelemetry.OriginName(answer.Origin);
        span?.SetTag(AdvisorTelemetry.OriginTag, origin);
        AdvisorTelemetry.AnswerDurationMs.Record(
            Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>(AdvisorTelemetry.OriginTag, origin));
        return AnswerUpdate.Done(answer);
    }

    private void LogRejected(LlmAttempt attempt, string which)
    {
        foreach (var problem in attempt.Problems)
        {
            AdvisorTelemetry.GuardRejectionCount.Add(1, new KeyValuePair<string, object?>(AdvisorTelemetry.KindTag, problem.Kind));
            LogProblem(_logger, which, problem.Kind, problem.Reason);
            LogProblemText(_logger, which, problem.Kind, problem.Text);
        }
    }

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "Language model answer ({Which}) rejected: {Kind}, {Reason}")]
    private static partial void LogProblem(ILogger logger, string which, string kind, string reason);

    // The offending text may repeat the user's words: debug level only.
    [LoggerMessage(EventId = 4112, Level = LogLevel.Debug, Message = "Language model answer ({Which}) rejected text for {Kind}: {Text}")]
    private static partial void LogProblemText(ILogger logger, string which, string kind, string text);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Information, Message = "Extractive answer given instead of the language model's: {Reason}")]
    private static partial void LogExtractiveFallback(ILogger logger, string reason);
}
