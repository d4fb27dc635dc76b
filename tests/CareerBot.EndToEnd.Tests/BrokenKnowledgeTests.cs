using System.Net;
using System.Text;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// The bot starts with whatever knowledge is valid: bad files are reported (file and line) in its log and
/// skipped, an empty folder gives an empty knowledge base, never a crash.
/// </summary>
public sealed class BrokenKnowledgeTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private static Dictionary<string, string?> Settings(string knowledgeFolder) => new()
    {
        ["Storage__Provider"] = "Memory",
        ["Knowledge__Path"] = knowledgeFolder,
    };

    [Fact]
    public async Task Malformed_non_utf8_and_huge_files_are_reported_and_the_valid_ones_load()
    {
        var sources = Directory.CreateDirectory(_directory.Combine("knowledge", "sources")).FullName;
        await File.WriteAllTextAsync(Path.Combine(sources, "good.md"), "---\nid: good\ntitle: Fiche prompt engineer\nlanguage: fr\n---\n\n## Salaire\n\nUn prompt engineer junior gagne bien sa vie.\n");
        await File.WriteAllTextAsync(Path.Combine(sources, "no-front-matter.md"), "## Titre\n\nDu texte sans en-tête.\n");
        await File.WriteAllBytesAsync(Path.Combine(sources, "latin1.md"), [.. Encoding.UTF8.GetBytes("---\nid: latin1\ntitle: R"), 0xE9, .. Encoding.UTF8.GetBytes("mun\nlanguage: fr\n---\n\nTexte.\n")]);
        await using (var huge = File.Create(Path.Combine(sources, "huge.md")))
        {
            huge.SetLength(50L * 1024 * 1024); // sparse: 50 MB on paper, nothing written
        }

        await using var bot = await BotProcess.StartAsync(Settings(_directory.Combine("knowledge")));
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("no-front-matter.md:1", bot.Output, StringComparison.Ordinal);
        Assert.Contains("latin1.md", bot.Output, StringComparison.Ordinal);
        Assert.Contains("huge.md", bot.Output, StringComparison.Ordinal);
        Assert.Contains("1 sources", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_knowledge_folder_still_starts_the_bot()
    {
        Directory.CreateDirectory(_directory.Combine("empty"));

        await using var bot = await BotProcess.StartAsync(Settings(_directory.Combine("empty")));
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        var reply = await new BotClient(http, "conv-empty-knowledge").SayAsync("Bonjour");

        Assert.Contains("Bonjour", Assert.Single(reply).Text, StringComparison.Ordinal);
        Assert.Contains("0 sources", bot.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
