using System.Diagnostics;

namespace CareerBot.Deployment.Tests.Teams;

/// <summary>Runs the real deploymentTemplates/teams/build.sh, as a developer or CI would, with a bounded wait.</summary>
internal static class PackageBuild
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static async Task<(int ExitCode, string Output)> RunAsync(string output, string? appId, string? domain)
    {
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(RepositoryRoot, "deploymentTemplates", "teams", "build.sh"), output },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Only what the test says: an app id set in the developer's shell must not leak in.
        start.Environment.Remove("MicrosoftAppId");
        start.Environment.Remove("BotDomain");
        if (appId is not null)
        {
            start.Environment["MicrosoftAppId"] = appId;
        }

        if (domain is not null)
        {
            start.Environment["BotDomain"] = domain;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("CareerBot.sln not found above " + AppContext.BaseDirectory);
    }
}
