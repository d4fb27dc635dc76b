using System.Text.Json;

namespace CareerBot.EndToEnd.Tests.Soak;

/// <summary>What a soak user types, and how the bot's replies begin, in one language (the user's language is fixed by the language command).</summary>
/// <param name="AnswerLeads">
/// How an answer opens in this language: the topics' leads of knowledge/vocabulary.json, which the offline answer
/// starts with ("Côté salaire, les sources indiquent …"), so that an answer in the other language does not pass.
/// </param>
internal sealed record SoakLanguage(
    string Locale,
    string ChooseLanguage,
    string LanguageChosen,
    string[] Questions,
    IReadOnlyList<string> AnswerLeads,
    string ThankedForRating,
    string Tour,
    string Next,
    string StepHeading,
    string WhatNext,
    string Cancel,
    string Cancelled,
    string Menu,
    string Help,
    string Assess,
    string MyProfile,
    string RoadmapTitle,
    string Profile)
{
    public static SoakLanguage French { get; } = new(
        Locale: "fr-FR",
        ChooseLanguage: "français",
        LanguageChosen: "D'accord, je vous réponds désormais en français",
        Questions:
        [
            "Quel est le salaire d'un prompt engineer junior ?",
            "Quelles compétences faut-il pour devenir prompt engineer ?",
            "Quelles formations pour devenir prompt engineer ?",
            "Quelles entreprises recrutent des prompt engineers ?",
            "Le métier de prompt engineer a-t-il un avenir ?",
        ],
        AnswerLeads: Leads("fr"),
        ThankedForRating: "Merci pour votre retour !",
        Tour: "visite",
        Next: "suivant",
        StepHeading: "**Étape {0}/8 :",
        WhatNext: "Et ensuite ?",
        Cancel: "annuler",
        Cancelled: "C'est annulé.",
        Menu: "menu",
        Help: "aide",
        Assess: "Évaluer mon profil",
        MyProfile: "mon profil",
        RoadmapTitle: "**Votre feuille de route de prompt engineer**",
        Profile: "Votre profil : ");

    public static SoakLanguage English { get; } = new(
        Locale: "en-US",
        ChooseLanguage: "english",
        LanguageChosen: "OK, I'll answer in English from now on",
        Questions:
        [
            "What is the salary of a junior prompt engineer?",
            "How do I become a prompt engineer?",
            "What does a prompt engineer do?",
            "Where do prompt engineers work?",
            "What skills does a prompt engineer need?",
        ],
        AnswerLeads: Leads("en"),
        ThankedForRating: "Thanks for your feedback!",
        Tour: "guided tour",
        Next: "next",
        StepHeading: "**Step {0}/8:",
        WhatNext: "What next?",
        Cancel: "cancel",
        Cancelled: "Cancelled.",
        Menu: "menu",
        Help: "help",
        Assess: "assess my profile",
        MyProfile: "my profile",
        RoadmapTitle: "**Your prompt engineer roadmap**",
        Profile: "Your profile: ");

    /// <summary>The answer buttons that rate it, after its next questions (the same in both languages).</summary>
    public static IReadOnlyList<string> Rating { get; } = ["👍", "👎"];

    /// <summary>Every topic's lead in <paramref name="language"/>, from the knowledge the host loads.</summary>
    private static string[] Leads(string language)
    {
        using var vocabulary = JsonDocument.Parse(File.ReadAllText(Path.Combine(BotProcess.FindRepositoryRoot(), "knowledge", "vocabulary.json")));
        return [.. vocabulary.RootElement.GetProperty("topics").EnumerateArray()
            .Where(t => t.TryGetProperty("lead", out _))
            .Select(t => t.GetProperty("lead").GetProperty(language).GetString()!)];
    }
}
