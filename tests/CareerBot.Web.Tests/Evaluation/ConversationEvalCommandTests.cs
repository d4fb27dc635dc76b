using System.Text.Json;
using CareerBot.Testing;
using CareerBot.Web.Cli;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Web.Tests.Evaluation;

/// <summary>
/// <c>eval FILE</c> on a conversation file, through the real command and the host's services (the advisor bot on the
/// real knowledge folder). The rates are the answer engine's business: these tests check what is scored and reported.
/// </summary>
public sealed class ConversationEvalCommandTests : IClassFixture<CareerBotFactory>, IDisposable
{
    private const string Conversations = """
        {"id": "t1", "turns": [{"user": "Bonjour !", "tags": ["smalltalk"]}, {"user": "combien gagne un prompt engineer débutant en France ?", "tags": ["answer"], "expect": ["45 000|3 100|5 850"], "forbid": ["1 000 000"]}, {"user": "merci", "tags": ["smalltalk"]}]}
        {"id": "t2", "channel": "emulator", "turns": [{"user": "how much does a prompt engineer earn in the US?", "tags": ["answer", "english"], "expect": ["175,000|300,000"]}]}
        {"id": "t3", "channel": "msteams", "turns": [{"user": "quelle est la recette des crêpes ?", "tags": ["outofscope"]}, {"user": "et le code ROME ?", "tags": ["answer"], "expect": ["M1802"]}]}
        """;

    private readonly WebApplicationFactory<Program> _advisor;
    private readonly TempDirectory _folder = new();

    public ConversationEvalCommandTests(CareerBotFactory factory)
    {
        _advisor = factory.WithSettings(new Dictionary<string, string?> { ["Bot:Mode"] = "Advisor", ["Llm:Provider"] = "None" });
    }

    public void Dispose()
    {
        _advisor.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_conversation_file_is_run_turn_by_turn_and_every_turn_is_scored()
    {
        var (code, output) = await RunAsync(Conversations, "--json");

        Assert.Equal(0, code);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        Assert.Equal(3, root.GetProperty("conversations").GetInt32());
        Assert.Equal(6, root.GetProperty("turns").GetInt32());
        Assert.Equal(3, root.GetProperty("answer_turns").GetInt32());
        var tags = root.GetProperty("tags");
        Assert.Equal(2, tags.GetProperty("smalltalk").GetProperty("turns").GetInt32());
        Assert.Equal(1, tags.GetProperty("english").GetProperty("turns").GetInt32());
        Assert.Equal(1, tags.GetProperty("outofscope").GetProperty("turns").GetInt32());
        Assert.Equal(0, tags.GetProperty("injection").GetProperty("turns").GetInt32());
        // Every turn got a reply (the welcome is not counted), and the citations of each were checked.
        Assert.True(root.GetProperty("replies").GetInt32() >= 6);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("citations_numbered_rate").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("answer_words_median").ValueKind);
        Assert.Equal(JsonValueKind.Number, tags.GetProperty("smalltalk").GetProperty("rate").ValueKind);
        foreach (var failure in root.GetProperty("failures").EnumerateArray())
        {
            Assert.StartsWith("t", failure.GetProperty("conversation").GetString(), StringComparison.Ordinal);
            Assert.InRange(failure.GetProperty("turn").GetInt32(), 1, 3);
            Assert.NotEmpty(failure.GetProperty("failed").EnumerateArray());
        }
    }

    [Fact]
    public async Task The_table_lists_the_rates_per_tag()
    {
        var (code, output) = await RunAsync(Conversations);

        Assert.Equal(0, code);
        Assert.Contains("(3 conversations, 6 turns)", output, StringComparison.Ordinal);
        Assert.Contains("citations numbered 1..n", output, StringComparison.Ordinal);
        Assert.Matches(@"smalltalk\s+\d+ / 2", output);
    }

    [Fact]
    public async Task A_malformed_conversation_file_exits_with_2()
    {
        var (code, output) = await RunAsync("""
            {"id": "t1", "turns": [{"user": "Bonjour", "tags": ["smalltalk"]}]}
            {"id": "t2", "turns": [{"user": "", "tags": ["answer"]}]}
            """);

        Assert.Equal(2, code);
        Assert.Empty(output);
    }

    [Fact]
    public void The_usage_line_names_conversation_files()
    {
        var usage = Assert.IsType<UsageError>(CliCommand.Parse(["eval"]));

        Assert.Contains("turns", usage.Message, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output)> RunAsync(string file, params string[] options)
    {
        var path = Path.Combine(_folder.Path, $"conversations-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, file);
        var command = Assert.IsType<EvalCommand>(CliCommand.Parse(["eval", path, .. options]));
        using var output = new StringWriter();
        var services = _advisor.Services;
        var code = await command.RunAsync(services, services.GetRequiredService<IHostEnvironment>(), output, CancellationToken.None);
        return (code, output.ToString());
    }
}
