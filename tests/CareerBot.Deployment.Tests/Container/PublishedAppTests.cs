using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CareerBot.Deployment.Tests.Teams;
using CareerBot.Testing;

namespace CareerBot.Deployment.Tests.Container;

/// <summary>
/// The Dockerfile's publish step, run for real (no Docker engine here): `dotnet publish src/CareerBot.Web -c Release -o
/// DIR`, then the published app started from another working directory, as a container or App Service starts it.
/// </summary>
public sealed class PublishedAppTests
{
    [Fact]
    public async Task The_published_app_is_ready_and_serves_the_page_and_the_web_chat_bundle_from_any_working_directory()
    {
        using var temp = new TempDirectory();
        var app = temp.Combine("app");
        var (exit, output) = await RunAsync("dotnet", PackageBuild.RepositoryRoot, TimeSpan.FromMinutes(10),
            "publish", Path.Combine("src", "CareerBot.Web"), "-c", "Release", "-o", app, "--nologo");
        Assert.True(exit == 0, output);
        Assert.True(Directory.Exists(Path.Combine(app, "knowledge", "sources")), "knowledge/ is not in the publish output");
        Assert.True(File.Exists(Path.Combine(app, "webchat", "webchat.js")), "the Web Chat bundle is not in the publish output");
        Assert.False(Directory.Exists(Path.Combine(app, "ClientApp")), "ClientApp only feeds the build");

        var workingDirectory = temp.Combine("elsewhere");
        Directory.CreateDirectory(workingDirectory);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(app, "CareerBot.Web.dll") },
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        using var process = Process.Start(start)!;
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            var ready = await WaitForReadinessAsync(http, process);
            // "Healthy", not "Degraded": the knowledge base was found and is not empty (readiness is 200 for both).
            Assert.True(ready == "Healthy", $"/readyz said '{ready}':\n{Snapshot(log)}");

            var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
            Assert.Contains("<title>CareerBot", page, StringComparison.Ordinal);
            using var bundle = await http.GetAsync(new Uri("/webchat/webchat.js", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
            Assert.Equal(new FileInfo(Path.Combine(app, "webchat", "webchat.js")).Length, (await bundle.Content.ReadAsByteArrayAsync()).Length);

            // The state went where a container's working directory puts it: data/ under the content root.
            Assert.True(File.Exists(Path.Combine(workingDirectory, "data", "careerbot.db")), Snapshot(log));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<string> WaitForReadinessAsync(HttpClient http, Process process)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (process.HasExited)
            {
                return $"(exited with {process.ExitCode})";
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return await response.Content.ReadAsStringAsync();
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        return "(not ready within a minute)";
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string Snapshot(StringBuilder log)
    {
        lock (log)
        {
            return log.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
