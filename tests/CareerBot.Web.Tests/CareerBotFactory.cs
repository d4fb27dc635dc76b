using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerBot.Web.Tests;

/// <summary>The real host, in memory, with in-memory state so tests don't share a database file.</summary>
public sealed class CareerBotFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseEnvironment("Testing");
    }
}
