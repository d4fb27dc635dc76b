using System.Net;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// The web chat page, as the real host serves it, runs only the host's own scripts: a strict Content-Security-Policy
/// (no inline or foreign script, no plugin), no MIME sniffing and no referrer, on the page and its files.
/// </summary>
public sealed class WebChatPageHeadersTests : IDisposable
{
    private readonly TempDirectory _dataDirectory = new();

    [Fact]
    public async Task The_page_and_its_files_carry_a_strict_content_security_policy()
    {
        await using var bot = await BotProcess.StartAsync(BotProcess.SqliteSettings(_dataDirectory));
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };

        foreach (var path in new[] { "/", "/careerbot.js", "/webchat/webchat.js" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}\n{bot.Output}");
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }
    }

    public void Dispose() => _dataDirectory.Dispose();
}
