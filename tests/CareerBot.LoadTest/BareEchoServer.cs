using System.Text.Json;
using CareerBot.BotFramework.Schema;

namespace CareerBot.LoadTest;

/// <summary>
/// The limit of the stack: a bare ASP.NET Core minimal-API endpoint that reads the same activity and returns
/// one echo reply in the expectReplies shape, with no auth, state, or bot logic.
/// </summary>
public static class BareEchoServer
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        // Warning and above, like every server of the benchmark: no log line per request.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpRequest request) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, BotJson.Options).ConfigureAwait(false);
            var reply = activity!.CreateReply("Vous avez écrit : « " + activity.Text + " »");
            return Results.Json(new ExpectedReplies { Activities = [reply] }, BotJson.Options);
        });
        await app.RunAsync().ConfigureAwait(false);
    }
}
