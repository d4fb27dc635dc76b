using System.Globalization;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Language;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Evaluation;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.State;
using CareerBot.Web.Evaluation;

namespace CareerBot.Web.Cli;

/// <summary>
/// <c>eval FILE [--json]</c>: runs the evaluation of a JSONL question file against the knowledge base the bot would
/// load: retrieval metrics, and the fact accuracy and grounded-number rate of the answers the bot's own answer step
/// gives (offline extractive by default, the configured LLM otherwise). Prints a table, or one JSON object with
/// <c>--json</c>.
/// </summary>
public sealed class EvalCommand : CliCommand
{
    public const string Name = "eval";

    public const string Usage =
        "usage: eval FILE [--json]   (FILE: JSONL questions, e.g. knowledge/eval/questions.jsonl, or JSONL conversations " +
        "— records with \"turns\" — e.g. knowledge/eval/conversations.jsonl, run turn by turn through the bot)";

    public required string QuestionsPath { get; init; }

    public bool Json { get; init; }

    public static new CliCommand Parse(string[] args)
    {
        var json = args.Contains("--json");
        var rest = args.Where(a => a != "--json").ToArray();
        if (rest.Length == 0 || rest[0].StartsWith("--", StringComparison.Ordinal))
        {
            return new UsageError { HostArgs = [], Message = Usage };
        }

        // The conversations' state lives in memory: an evaluation run leaves nothing in the bot's store. The user's
        // own host arguments come after, so an explicit --Storage:Provider still wins.
        return new EvalCommand { QuestionsPath = rest[0], Json = json, HostArgs = ["--Storage:Provider=Memory", .. rest[1..]] };
    }

    public override async Task<int> RunAsync(IServiceProvider services, IHostEnvironment environment, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(output);
        var path = ResolveInputFile(QuestionsPath, environment.ContentRootPath);
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"eval: no such file: {QuestionsPath}").ConfigureAwait(false);
            return 2;
        }

        var knowledge = services.GetRequiredService<KnowledgeBase>();
        await knowledge.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (EvalConversationReader.IsConversationFile(path))
        {
            return await RunConversationsAsync(services, path, output, cancellationToken).ConfigureAwait(false);
        }

        RetrievalReport report;
        try
        {
            var answers = services.GetRequiredService<IAnswerService>();
            // A command-line run with no synchronisation context: blocking on each answer is safe and keeps the
            // evaluator's simple per-question contract.
            report = new RetrievalEvaluator(knowledge).EvaluateFile(path, question =>
                answers.AnswerAsync(new AnswerRequest(question, LanguageDetector.Detect(question)), cancellationToken).GetAwaiter().GetResult().Text);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync($"eval: {ex.Message}").ConfigureAwait(false);
            return 2;
        }

        await output.WriteLineAsync(Json ? report.ToJson() : Describe(report, path)).ConfigureAwait(false);
        return 0;
    }

    private async Task<int> RunConversationsAsync(IServiceProvider services, string path, TextWriter output, CancellationToken cancellationToken)
    {
        IReadOnlyList<EvalConversation> conversations;
        try
        {
            conversations = EvalConversationReader.ReadFile(path);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync($"eval: {ex.Message}").ConfigureAwait(false);
            return 2;
        }

        // The bot the host would run, with the state the host saves after each turn.
        var evaluator = new ConversationEvaluator(
            services.GetRequiredService<IBot>(),
            services.GetRequiredService<ConversationState>(),
            services.GetRequiredService<UserState>());
        var report = await evaluator.EvaluateAsync(conversations, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(Json ? report.ToJson() : report.Describe(path)).ConfigureAwait(false);
        return 0;
    }

    private static string Describe(RetrievalReport report, string path)
    {
        static string Rate(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
        var lines = new List<string>
        {
            $"Retrieval evaluation of {path} ({report.Questions} questions)",
            $"  recall@1                          {Rate(report.RecallAt1)}",
            $"  recall@3                          {Rate(report.RecallAt3)}",
            $"  recall@5                          {Rate(report.RecallAt5)}",
            $"  MRR                               {Rate(report.Mrr)}",
            $"  out-of-scope false-positive rate  {Rate(report.OutOfScopeFalsePositiveRate)}",
            $"  fact accuracy                     {Rate(report.FactAccuracy)}",
            $"  grounded-number rate              {Rate(report.GroundedNumberRate)}",
        };
        // What a developer looks at next: the answerable questions not found in the top 3, and the out-of-scope
        // questions that got passages anyway.
        var misses = report.Results
            .Where(r => r.Kind == "answerable" ? r.FirstHitRank is null or > 3 : r.ReturnedSources.Count > 0)
            .Select(r => $"  {r.Id} [{r.Kind}] {r.Question} -> first hit: {r.FirstHitRank?.ToString(CultureInfo.InvariantCulture) ?? "none"}, returned: {string.Join(", ", r.ReturnedSources.Take(5))}")
            .ToList();
        if (misses.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add("Misses (answerable not in the top 3, out-of-scope with results):");
            lines.AddRange(misses);
        }

        return string.Join(Environment.NewLine, lines);
    }
}
