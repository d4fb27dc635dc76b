using CareerBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Web.Tests;

/// <summary>
/// The real host, in memory, with in-memory state and its own knowledge index folder, so hosts running side by side
/// share no file. The protocol and state tests read the echo mode's replies (what was received, how many messages the
/// conversation state counted); the advisor's own tests set <c>Bot:Mode</c> to <c>Advisor</c>.
/// </summary>
public sealed class CareerBotFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _indexDirectory = new();

    /// <summary>
    /// Another in-memory host on top of this one's settings, with more settings (configuration root keys, as in
    /// appsettings.json) and services replaced after the host's own; disposed with this factory.
    /// </summary>
    public WebApplicationFactory<Program> WithSettings(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? replaceServices = null) =>
        WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            if (replaceServices is not null)
            {
                builder.ConfigureTestServices(replaceServices);
            }
        });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("Knowledge:IndexPath", _indexDirectory.Path);
        builder.UseSetting("Bot:Mode", "Echo");
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
