namespace CareerBot.Knowledge.Benchmarks;

/// <summary>
/// The fixed question mix every query benchmark runs: what users ask (salaries, training, employers, skills, the
/// job itself) in French and English, with typos and missing accents, and out-of-scope questions, which the guard
/// must turn away.
/// </summary>
public static class BenchmarkQuestions
{
    /// <summary>The size of <see cref="All"/>, as a constant for BenchmarkDotNet's <c>OperationsPerInvoke</c>.</summary>
    public const int Count = 20;

    public static IReadOnlyList<BenchmarkQuestion> All { get; } =
    [
        new("salary", "combien gagne un prompt engineer"),
        new("salary", "salaire d'un prompt engineer débutant en France"),
        new("salary", "How much does a prompt engineer earn in the US?"),
        new("salary", "salaire annuel brut d'un ingénieur prompt senior"),
        new("training", "quelle formation pour devenir prompt engineer"),
        new("training", "faut il un bac+5 ou un master"),
        new("training", "Is a degree required to become a prompt engineer?"),
        new("employer", "quelles entreprises recrutent des prompt engineers"),
        new("employer", "est ce que les banques embauchent"),
        new("skills", "quelles compétences faut il pour ce métier"),
        new("skills", "faut il savoir coder en python"),
        new("skills", "Which skills do I need to become a prompt engineer?"),
        new("role", "c'est quoi un prompt engineer"),
        new("typo", "quelle formation pour devenir promt enginer"),
        new("typo", "salaure prompt engineer junior"),
        new("typo", "competances techniques necesaires"),
        new("out-of-scope", "salaire d'un boulanger"),
        new("out-of-scope", "combien gagne un data scientist"),
        new("out-of-scope", "recette des crêpes bretonnes"),
        new("out-of-scope", "Who won the 2018 World Cup?"),
    ];
}
