using System.Diagnostics;
using System.Text.Json;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

/// <summary>The host's <c>eval</c> command, run as a user runs it: a process, its output and its exit code.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private Task<(int ExitCode, string Output, string Errors)> RunHostAsync(params string[] args) =>
        BotProcess.RunCommandAsync(new Dictionary<string, string?> { ["Knowledge__IndexPath"] = _directory.Combine("index") }, args);

    private static string DevSet => Path.Combine(BotProcess.FindRepositoryRoot(), "knowledge", "eval", "questions.jsonl");

    [Fact]
    public async Task Eval_json_prints_one_object_with_the_metrics_on_standard_output()
    {
        var (exitCode, output, _) = await RunHostAsync("eval", DevSet, "--json");

        Assert.Equal(0, exitCode);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        foreach (var key in new[] { "recall_at_1", "recall_at_3", "recall_at_5", "mrr", "out_of_scope_false_positive_rate", "fact_accuracy", "grounded_number_rate", "questions" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        Assert.True(root.GetProperty("questions").GetInt32() >= 60);
        Assert.InRange(root.GetProperty("recall_at_3").GetDouble(), 0, 1);
    }

    [Fact]
    public async Task Eval_prints_a_readable_table_by_default()
    {
        var (exitCode, output, _) = await RunHostAsync("eval", DevSet);

        Assert.Equal(0, exitCode);
        Assert.Contains("recall@3", output, StringComparison.Ordinal);
        Assert.Contains("MRR", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_file_with_a_bad_line_is_refused_with_its_line_number()
    {
        var file = _directory.Combine("bad.jsonl");
        await File.WriteAllTextAsync(file, "{\"id\":\"a\",\"question\":\"salaire ?\",\"language\":\"fr\",\"kind\":\"answerable\",\"expected_sources\":[\"x\"]}\n{not json\n");

        var (exitCode, output, errors) = await RunHostAsync("eval", file);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output.Trim());
        Assert.Contains("bad.jsonl:2:", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("no-such-file.jsonl")]
    public async Task Missing_arguments_or_files_exit_with_2_and_a_message(params string[] rest)
    {
        var (exitCode, _, errors) = await RunHostAsync(["eval", .. rest]);

        Assert.Equal(2, exitCode);
        Assert.False(string.IsNullOrWhiteSpace(errors));
    }

    public void Dispose() => _directory.Dispose();
}
