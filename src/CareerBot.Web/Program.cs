using CareerBot.Web;

var builder = WebApplication.CreateBuilder(args);

// Bot Framework convention: port 3978 unless --urls / ASPNETCORE_URLS / ASPNETCORE_HTTP_PORTS says otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
{
    builder.WebHost.UseUrls("http://localhost:3978");
}

builder.AddCareerBot();

var app = builder.Build();
app.MapCareerBot();
app.Run();

/// <summary>Entry point; public so that integration tests can host it in memory.</summary>
public partial class Program;
