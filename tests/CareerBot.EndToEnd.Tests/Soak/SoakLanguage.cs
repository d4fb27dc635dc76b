namespace CareerBot.EndToEnd.Tests.Soak;

/// <summary>What a soak user types, and how the bot's replies begin, in one language (the user's language is fixed by the language command).</summary>
internal sealed record SoakLanguage(
    string Locale,
    string ChooseLanguage,
    string LanguageChosen,
    string[] Questions,
    string Answered,
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
        Answered: "Voici ce que disent mes sources",
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
        Answered: "Here is what my sources say",
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
}
