using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// The real host process, logging everything (Trace, every category) with the JSON and the simple formatters, with every
/// secret configured and traffic that uses each: refused and accepted channel tokens, a reply through the connector
/// with the bot's bearer token (from MSAL, over TLS to a local token endpoint the process trusts through
/// <c>SSL_CERT_FILE</c>), a model call with the API key, the Direct Line secret exchanged with a fake Azure, the
/// self-hosted secret, Direct Line tokens and the stream URL that carries one in its query. No secret, no token and no
/// Authorization value may appear anywhere in the output; the user's text may not appear at Information or above.
/// </summary>
public sealed partial class LogPrivacyTests(Xunit.Abstractions.ITestOutputHelper testOutput) : IAsyncLifetime, IDisposable
{
    private readonly string _appPassword = "app-password-" + Guid.NewGuid().ToString("N");
    private readonly string _apiKey = "sk-test-" + Guid.NewGuid().ToString("N");
    private readonly string _directLineSecret = "azure-dl-secret-" + Guid.NewGuid().ToString("N");
    private readonly string _selfHostedSecret = "self-hosted-secret-" + Guid.NewGuid().ToString("N");
    private readonly string _azureToken = "azure-dl-token-" + Guid.NewGuid().ToString("N");
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly string _storageKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
    private readonly TempDirectory _directory = new();
    private TestTokenIssuer _issuer = null!;
    private LocalTokenEndpoint _tokenEndpoint = null!;
    private FakeChannelConnector _channel = null!;
    private FakeOpenAiServer _openAi = null!;
    private WebApplication _azure = null!;
    private string _azureAuthorization = string.Empty;

    public async Task InitializeAsync()
    {
        _issuer = await TestTokenIssuer.StartAsync();
        _tokenEndpoint = await LocalTokenEndpoint.StartAsync();
        _channel = await FakeChannelConnector.StartAsync();
        _openAi = await FakeOpenAiServer.StartAsync();
        _openAi.Responder = _ => FakeReply.Completion("Je ne sais pas.");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _azure = builder.Build();
        _azure.MapPost("/v3/directline/tokens/generate", (HttpRequest request) =>
        {
            _azureAuthorization = request.Headers.Authorization.ToString();
            return Results.Json(new { conversationId = "azure-conversation", token = _azureToken, expires_in = 1800 });
        });
        await _azure.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _azure.DisposeAsync();
        await _openAi.DisposeAsync();
        await _channel.DisposeAsync();
        await _tokenEndpoint.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("json")]
    [InlineData("simple")]
    public async Task Secrets_tokens_and_authorization_values_never_reach_the_log_and_user_text_stays_below_information(string formatter)
    {
        var marker = "marqueur-" + Guid.NewGuid().ToString("N");
        var directLineMarker = "marqueur-dl-" + Guid.NewGuid().ToString("N");
        var secrets = new List<string> { _appPassword, _apiKey, _directLineSecret, _selfHostedSecret, _azureToken, _signingKey, _storageKey };
        string output;
        await using (var bot = await BotProcess.StartAsync(Settings(formatter)))
        {
            using var http = new HttpClient { BaseAddress = bot.BaseAddress };
            secrets.AddRange(await ChannelTrafficAsync(http, marker));
            secrets.AddRange(await DirectLineTrafficAsync(http, directLineMarker));
            output = bot.Output;
        }

        // The traffic did use each secret: otherwise their absence from the log would prove nothing.
        Assert.Equal("Bearer access-token-1", _channel.Delivered[0].Authorization);
        Assert.Contains(_tokenEndpoint.Requests, r => r.Parameters.GetValueOrDefault("client_secret") == _appPassword);
        Assert.NotEmpty(_openAi.Chats);
        Assert.Equal("Bearer " + _directLineSecret, _azureAuthorization);
        // Any chat, not the last: the Direct Line greeting may reach the model too, after the channel's question or not.
        Assert.Contains(_openAi.Chats, chat => chat.Body.Contains(marker, StringComparison.Ordinal));
        Assert.Contains("Request", output, StringComparison.Ordinal);

        foreach (var secret in secrets)
        {
            Assert.False(output.Contains(secret, StringComparison.Ordinal), $"The log holds a secret or token ({secret[..Math.Min(12, secret.Length)]}…):\n{Around(output, secret)}");
        }

        Assert.DoesNotMatch(BearerValue(), output);
        var entries = Entries(output, formatter).ToList();
        // The run did log at every level, and the reader understood the formatter.
        Assert.Contains(entries, e => e.Level == "Trace");
        Assert.Contains(entries, e => e.Level == "Warning" && e.Text.Contains("Unauthorized", StringComparison.Ordinal));
        // Debug and Trace may show the user's text (documented in docs/security.md, "Logs"); say whether they did.
        var withText = entries.Where(e => e.Text.Contains(marker, StringComparison.Ordinal)).ToList();
        testOutput.WriteLine($"{entries.Count} entries; user text in {withText.Count} of them:");
        withText.ForEach(e => testOutput.WriteLine($"  {e.Level}: {e.Text[..Math.Min(160, e.Text.Length)]}"));
        foreach (var entry in entries.Where(e => e.Level is "Information" or "Warning" or "Error" or "Critical"))
        {
            Assert.False(entry.Text.Contains(marker, StringComparison.Ordinal) || entry.Text.Contains(directLineMarker, StringComparison.Ordinal), $"User text logged at {entry.Level}:\n{entry.Text}");
        }
    }

    private Dictionary<string, string?> Settings(string formatter)
    {
        var settings = _issuer.Settings();
        settings["MicrosoftAppPassword"] = _appPassword;
        var certificate = _directory.Combine("token-endpoint.pem");
        File.WriteAllText(certificate, _tokenEndpoint.CertificatePem);
        settings["SSL_CERT_FILE"] = certificate;
        settings["ToChannelFromBotLoginUrlPrefix"] = _tokenEndpoint.BaseUrl + "/";
        settings["BotFramework__AllowedServiceUrls__0"] = _channel.ServiceUrl.GetLeftPart(UriPartial.Authority);
        settings["Bot__Mode"] = "Advisor";
        settings["Llm__Provider"] = "OpenAI";
        settings["Llm__Endpoint"] = _openAi.Endpoint.ToString();
        settings["Llm__ChatModel"] = "fake-model";
        settings["Llm__ApiKey"] = _apiKey;
        settings["Llm__Stream"] = "false";
        settings["DirectLine__Secret"] = _directLineSecret;
        settings["DirectLine__AzureEndpoint"] = _azure.Urls.Single() + "/";
        settings["DirectLine__SelfHostedSecret"] = _selfHostedSecret;
        settings["DirectLine__TokenSigningKey"] = _signingKey;
        settings["Storage__Provider"] = "Memory";
        // Configured though the state is in memory: a connection string must not leak from configuration either.
        settings["Storage__Blob__ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={_storageKey};BlobEndpoint=http://127.0.0.1:9/devstoreaccount1";
        settings["Logging__Console__FormatterName"] = formatter;
        settings["Logging__LogLevel__Default"] = "Trace";
        settings["Logging__LogLevel__Microsoft"] = "Trace";
        settings["Logging__LogLevel__Microsoft.AspNetCore"] = "Trace";
        settings["Logging__LogLevel__System"] = "Trace";
        return settings;
    }

    /// <summary>Refused tokens, then an accepted message answered through the connector. Returns the tokens used.</summary>
    private async Task<IEnumerable<string>> ChannelTrafficAsync(HttpClient http, string marker)
    {
        var serviceUrl = _channel.ServiceUrl.ToString();
        var forged = _issuer.CreateChannelToken(audience: "another-bot", serviceUrl: serviceUrl);
        var valid = _issuer.CreateChannelToken(serviceUrl: serviceUrl);
        var message = BotClient.NewActivity(ActivityTypes.Message, "conv-logs", $"Quel est le salaire d'un prompt engineer ? {marker}", serviceUrl, DeliveryModes.Normal);

        using (var anonymous = await new BotClient(http, "conv-logs").PostAsync(message))
        using (var refused = await new BotClient(http, "conv-logs") { Bearer = forged }.PostAsync(message))
        using (var garbage = await new BotClient(http, "conv-logs") { Bearer = "not-a-jwt-" + marker }.PostAsync(message))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        }

        using (var accepted = await new BotClient(http, "conv-logs") { Bearer = valid }.PostAsync(message))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        await _channel.WaitForAsync(r => r.ReadActivity() is { Type: ActivityTypes.Message } a && a.ReplyToId == message.Id, TimeSpan.FromSeconds(30));
        return [forged, valid, "access-token-1"];
    }

    /// <summary>The page's token (exchanged with Azure), then a self-hosted conversation with its stream. Returns the tokens.</summary>
    private async Task<IEnumerable<string>> DirectLineTrafficAsync(HttpClient http, string marker)
    {
        using (var page = await http.PostAsync(new Uri("/api/directline/token", UriKind.Relative), content: null))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        using var start = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/directline/conversations", UriKind.Relative));
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _selfHostedSecret);
        using var started = await http.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversation = await started.Content.ReadFromJsonAsync<JsonElement>();
        var token = conversation.GetProperty("token").GetString()!;
        var streamUrl = conversation.GetProperty("streamUrl").GetString()!;
        var streamToken = Uri.UnescapeDataString(StreamToken().Match(streamUrl).Groups[1].Value);

        using (var socket = new ClientWebSocket())
        {
            await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{conversation.GetProperty("conversationId").GetString()}/activities", UriKind.Relative))
        {
            Content = new StringContent($$"""{"type":"message","from":{"id":"dl_user"},"text":"Bonjour {{marker}}"}""", Encoding.UTF8, "application/json"),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var posted = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.NotEqual(string.Empty, streamToken);
        return [token, streamToken];
    }

    /// <summary>The log entries with their level: one JSON object per line, or the simple formatter's "info: …" blocks.</summary>
    private static IEnumerable<(string Level, string Text)> Entries(string output, string formatter)
    {
        var lines = output.Split('\n');
        if (formatter == "json")
        {
            foreach (var line in lines.Where(l => l.StartsWith('{')))
            {
                using var json = JsonDocument.Parse(line);
                yield return (json.RootElement.GetProperty("LogLevel").GetString()!, line);
            }

            yield break;
        }

        string? level = null;
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var header = SimpleHeader().Match(line);
            if (header.Success)
            {
                if (level is not null)
                {
                    yield return (level, text.ToString());
                }

                level = header.Groups[1].Value switch
                {
                    "trce" => "Trace", "dbug" => "Debug", "info" => "Information", "warn" => "Warning", "fail" => "Error", _ => "Critical",
                };
                text.Clear();
            }

            text.AppendLine(line);
        }

        if (level is not null)
        {
            yield return (level, text.ToString());
        }
    }

    private static string Around(string output, string secret)
    {
        var at = output.IndexOf(secret, StringComparison.Ordinal);
        var from = Math.Max(0, at - 300);
        return output[from..Math.Min(output.Length, at + secret.Length + 100)];
    }

    // The simple formatter starts each entry with the configured timestamp, then the level.
    [GeneratedRegex(@"^(?:\S+ )?(trce|dbug|info|warn|fail|crit): ")]
    private static partial Regex SimpleHeader();

    [GeneratedRegex(@"[?&]t=([^&]+)")]
    private static partial Regex StreamToken();

    /// <summary>"Bearer" followed by a value other than a redaction mark.</summary>
    [GeneratedRegex(@"Bearer [A-Za-z0-9\-_\.]{8,}")]
    private static partial Regex BearerValue();
}
