using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Web.Tests;

/// <summary>The real host, in memory, with in-memory state so tests don't share a database file.</summary>
public sealed class CareerBotFactory : WebApplicationFactory<Program>
{
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
        builder.UseEnvironment("Testing");
    }
}
