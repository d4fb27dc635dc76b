namespace CareerBot.Advisor.Benchmarks;

/// <summary>One question of the benchmark mix, the language it is answered in, and what it exercises.</summary>
internal sealed record AdvisorQuestion(string Kind, string Language, string Text);
