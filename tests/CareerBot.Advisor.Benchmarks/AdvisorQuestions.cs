namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// The fixed question mix of the offline mode, in the style of the knowledge benchmarks: salaries, training,
/// employers, skills, English questions, typos and missing accents, and out-of-scope questions (which stop after
/// retrieval, so they show the answer step's floor).
/// </summary>
internal static class AdvisorQuestions
{
    public static IReadOnlyList<AdvisorQuestion> All { get; } =
    [
        new("salary", "fr", "combien gagne un prompt engineer"),
        new("salary", "fr", "salaire d'un prompt engineer débutant en France"),
        new("salary", "fr", "salaire annuel brut d'un ingénieur prompt senior"),
        new("training", "fr", "quelle formation pour devenir prompt engineer"),
        new("training", "fr", "faut il un bac+5 ou un master"),
        new("employer", "fr", "quelles entreprises recrutent des prompt engineers"),
        new("employer", "fr", "est ce que les banques embauchent"),
        new("skills", "fr", "quelles compétences faut il pour ce métier"),
        new("skills", "fr", "faut il savoir coder en python"),
        new("role", "fr", "c'est quoi un prompt engineer"),
        new("english", "en", "How much does a prompt engineer earn in the US?"),
        new("english", "en", "Is a degree required to become a prompt engineer?"),
        new("english", "en", "Which skills do I need to become a prompt engineer?"),
        new("english", "en", "What is the salary of a junior prompt engineer in France?"),
        new("typo", "fr", "salaure prompt engineer junior"),
        new("typo", "fr", "competances techniques necesaires"),
        new("out-of-scope", "fr", "salaire d'un boulanger"),
        new("out-of-scope", "fr", "combien gagne un data scientist"),
        new("out-of-scope", "fr", "recette des crêpes bretonnes"),
        new("out-of-scope", "en", "Who won the 2018 World Cup?"),
    ];
}
