using BenchmarkDotNet.Attributes;
using CareerBot.Advisor.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// BenchmarkDotNet: the whole development conversation set answered offline with no answer cache, as one operation
/// per question, so that Mean is the average time to compose one uncached answer (reading the question in its
/// conversation, choosing records, composing) and Allocated its bytes.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(15)]
public class ConversationAnsweringBenchmarks
{
    private RepositoryKnowledge? _knowledge;
    private ServiceProvider? _services;
    private IAnswerService? _answers;
    private IReadOnlyList<AnswerRequest> _requests = [];

    /// <summary>Questions of the set (small talk aside); BenchmarkDotNet divides each invocation by it.</summary>
    public const int Questions = 91;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _knowledge = await RepositoryKnowledge.LoadAsync();
        _services = AdvisorServices.Build(_knowledge.Base, new() { ["Llm:Provider"] = "None" });
        _answers = _services.GetRequiredService<IAnswerService>();
        _requests = ConversationTurns.Load();
        if (_requests.Count != Questions)
        {
            throw new InvalidOperationException($"The development set has {_requests.Count} questions besides small talk; set {nameof(Questions)} to it.");
        }
    }

    [Benchmark(OperationsPerInvoke = Questions)]
    public async Task<int> AnswerEveryQuestion()
    {
        var words = 0;
        foreach (var request in _requests)
        {
            words += (await _answers!.AnswerAsync(request)).Text.Length;
        }

        return words;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _knowledge?.Dispose();
    }
}
