using System.Net;
using CareerBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.DirectLine.Tests;

/// <summary>
/// The real host in echo mode with in-memory state, served by Kestrel on 127.0.0.1 (a port the system picks) so that
/// a real <see cref="System.Net.WebSockets.ClientWebSocket"/> can reach its stream. Extra settings (configuration keys)
/// change it per test class.
/// </summary>
public sealed class DirectLineHostFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _indexDirectory = new();
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private TimeProvider? _time;

    public DirectLineHostFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public DirectLineHostFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>The clock of the host's services (token times, expiries) instead of the system's.</summary>
    public DirectLineHostFactory WithTime(TimeProvider time)
    {
        _time = time;
        return this;
    }

    /// <summary>Starts the server (once) and returns its address, with a trailing slash.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");
        }
    }

    /// <summary>An HTTP client of the real server (not the in-memory test server).</summary>
    public HttpClient CreateLoopbackClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("Knowledge:IndexPath", _indexDirectory.Path);
        builder.UseSetting("Llm:Provider", "None");
        builder.UseSetting("Bot:Mode", "Echo");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_time is { } time)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }

        builder.UseEnvironment("Testing");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _indexDirectory.Dispose();
        }
    }
}
