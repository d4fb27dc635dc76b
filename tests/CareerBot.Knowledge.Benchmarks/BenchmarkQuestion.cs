namespace CareerBot.Knowledge.Benchmarks;

/// <summary>One question of the benchmark mix, with what it exercises (its kind shows in the latency report).</summary>
public sealed record BenchmarkQuestion(string Kind, string Text);
