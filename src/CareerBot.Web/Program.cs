using CareerBot.Web;
using CareerBot.Web.Cli;
using CareerBot.Web.WebChat;

// `-- eval FILE` and other commands run with the bot's configuration and services, then exit.
var command = CliCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command?.HostArgs ?? args);

if (command is not null)
{
    // A command's standard output is its result (a table, JSON): logs go to standard error, warnings and up.
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
    });
}
// Bot Framework convention: port 3978 unless --urls / ASPNETCORE_URLS / ASPNETCORE_HTTP_PORTS says otherwise.
else if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
{
    builder.WebHost.UseUrls("http://localhost:3978");
}

builder.AddCareerBot();

var app = builder.Build();
if (command is not null)
{
    return await command.RunAsync(app.Services, app.Environment, Console.Out, CancellationToken.None);
}

app.UseCareerBotWebChatPage();
app.MapCareerBot();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that integration tests can host it in memory.</summary>
public partial class Program;
