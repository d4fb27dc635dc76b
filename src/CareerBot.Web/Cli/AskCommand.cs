using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Language;
using CareerBot.Knowledge;

namespace CareerBot.Web.Cli;

/// <summary>
/// <c>ask "QUESTION"</c>: prints the answer the bot would give (text, then the numbered sources with their quotes)
/// and how it was produced, without a channel: the quickest way to read what a user reads.
/// </summary>
public sealed class AskCommand : CliCommand
{
    public const string Name = "ask";

    public required string Question { get; init; }

    public static new CliCommand Parse(string[] args) =>
        args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)
            ? new UsageError { HostArgs = [], Message = "usage: ask \"QUESTION\"" }
            : new AskCommand { Question = args[0], HostArgs = args[1..] };

    public override async Task<int> RunAsync(IServiceProvider services, IHostEnvironment environment, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        await services.GetRequiredService<KnowledgeBase>().LoadAsync(cancellationToken).ConfigureAwait(false);
        var answer = await services.GetRequiredService<IAnswerService>()
            .AnswerAsync(new AnswerRequest(Question, LanguageDetector.Detect(Question)), cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(answer.Text).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        foreach (var source in answer.Sources)
        {
            await output.WriteLineAsync($"[{source.Number}] {source.Title} ({source.PassageId}): {source.Quote}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"({answer.Origin}, {answer.Text.Length} characters)").ConfigureAwait(false);
        return 0;
    }
}
