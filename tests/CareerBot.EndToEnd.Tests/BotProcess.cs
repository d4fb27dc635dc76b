using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// The real host as a separate process (`dotnet CareerBot.Web.dll`), on a free loopback port, with its
/// output captured so a failing test can show what the bot logged. Echo mode unless the settings say otherwise.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    // Each process builds its own knowledge index: processes running side by side must not share one folder.
    private readonly TempDirectory _indexDirectory;

    private BotProcess(Process process, Uri baseAddress, TempDirectory indexDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        _indexDirectory = indexDirectory;
    }

    public Uri BaseAddress { get; }

    /// <summary>The host's process id, to read its memory from /proc.</summary>
    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, int? port = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port ?? FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(HostDll)!,
        };
        start.ArgumentList.Add(HostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var indexDirectory = new TempDirectory();
        start.Environment.TryAdd("Knowledge__IndexPath", indexDirectory.Path);
        // The protocol and state tests read the echo mode's replies; the advisor's tests ask for Advisor.
        start.Environment.TryAdd("Bot__Mode", "Echo");
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        var bot = new BotProcess(process, baseAddress, indexDirectory);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilHealthyAsync();
        }
        catch
        {
            // A host that never became ready must not outlive the test that started it.
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    /// <summary>
    /// Runs the host as a one-shot command (<c>eval</c>, <c>feedback export</c>…) with <paramref name="environment"/>,
    /// and returns its exit code and both outputs once it exits (within two minutes).
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunCommandAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(HostDll)!,
        };
        start.ArgumentList.Add(HostDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>Settings (environment variables) that keep the bot's state in a SQLite file inside <paramref name="directory"/>.</summary>
    public static Dictionary<string, string?> SqliteSettings(TempDirectory directory) => new()
    {
        ["Storage__Provider"] = "Sqlite",
        ["Storage__Sqlite__Path"] = directory.Combine("state.db"),
    };

    /// <summary>The host built next to the tests (same configuration).</summary>
    public static string HostDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0
            var root = FindRepositoryRoot();
            var dll = Path.Combine(root, "src", "CareerBot.Web", "bin", configuration, "net10.0", "CareerBot.Web.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/CareerBot.Web first.", dll);
        }
    }

    public static string FindRepositoryRoot()
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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting slowly on a loaded machine.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host did not become ready:\n{Output}");
    }

    /// <summary>Kills the process at once (SIGKILL): no graceful shutdown, no flush.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        _indexDirectory.Dispose();
        return ValueTask.CompletedTask;
    }
}
