using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Azure.Storage.Blobs;
using CareerBot.EndToEnd.Tests;
using CareerBot.Testing;

namespace CareerBot.Azure.Tests;

/// <summary>
/// Azurite's Blob service (tests/azurite, installed by <c>npm ci</c>) on 127.0.0.1 and a free port, its data in a
/// temporary folder, for the whole test run. If it cannot start, every test using it fails with the reason.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime, IDisposable
{
    // Azurite's documented development account: a well-known public key that only the emulator accepts.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly TempDirectory _data = new();
    private readonly StringBuilder _output = new();
    private Process? _process;

    public string ConnectionString { get; private set; } = "";

    /// <summary>A client for a new, uniquely named container (created on first use by the store).</summary>
    public BlobContainerClient NewContainer() => NewContainerNamed("t" + Guid.NewGuid().ToString("N"));

    /// <summary>Another client (as another process would have) for the container <paramref name="name"/>.</summary>
    public BlobContainerClient NewContainerNamed(string name) => new(ConnectionString, name);

    public async Task InitializeAsync()
    {
        var script = Path.Combine(BotProcess.FindRepositoryRoot(), "tests", "azurite", "node_modules", "azurite", "dist", "src", "blob", "main.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed ({script} is missing): run `npm ci` in tests/azurite.");
        }

        var port = BotProcess.FreePort();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", _data.Path, "--skipApiVersionCheck", "--loose", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        await WaitUntilListeningAsync(port);
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _process?.Dispose();
        _data.Dispose();
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException($"Azurite did not listen on port {port} within 60 s:\n{Output}");
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
