namespace CareerBot.Web.Cli;

/// <summary>Bad arguments to a command: prints the usage and exits with 2.</summary>
public sealed class UsageError : CliCommand
{
    public required string Message { get; init; }

    public override async Task<int> RunAsync(IServiceProvider services, IHostEnvironment environment, TextWriter output, CancellationToken cancellationToken)
    {
        await Console.Error.WriteLineAsync(Message).ConfigureAwait(false);
        return 2;
    }
}
