namespace CareerBot.Web.Cli;

/// <summary>
/// A command of the host run instead of the web server (<c>dotnet run --project src/CareerBot.Web -- eval FILE</c>):
/// it uses the same configuration and services as the bot, then exits with its own code.
/// </summary>
public abstract class CliCommand
{
    /// <summary>The arguments left for the host's configuration (e.g. <c>--Knowledge:Path x</c>).</summary>
    public required string[] HostArgs { get; init; }

    public abstract Task<int> RunAsync(IServiceProvider services, IHostEnvironment environment, TextWriter output, CancellationToken cancellationToken);

    /// <summary>The command named by the first argument, or null when the host should run as a web server.</summary>
    public static CliCommand? Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length == 0 ? null : args[0] switch
        {
            EvalCommand.Name => EvalCommand.Parse(args[1..]),
            AskCommand.Name => AskCommand.Parse(args[1..]),
            FeedbackExportCommand.Name => FeedbackExportCommand.Parse(args[1..]),
            _ => null,
        };
    }

    /// <summary>
    /// A file named on the command line. <c>dotnet run --project</c> starts the host in the project folder, not
    /// where the user typed the command, so a relative path is also looked for above the content root, the way
    /// the knowledge folder is found.
    /// </summary>
    protected static string ResolveInputFile(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(path);
    }
}
