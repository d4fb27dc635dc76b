using CareerBot.Advisor.Conversation.Roadmaps;

namespace CareerBot.Advisor.Conversation;

/// <summary>What the advisor remembers about a user across conversations (UserState).</summary>
public sealed class AdvisorUserData
{
    /// <summary>The user got the full welcome once; later conversations start with a short one.</summary>
    public bool Welcomed { get; set; }

    /// <summary>The language the user chose (« english », « français »); null: the language of each message.</summary>
    public string? LanguageOverride { get; set; }

    /// <summary>The answers of the last completed profile assessment, null before the first one.</summary>
    public UserProfile? Profile { get; set; }

    /// <summary>The roadmap built from <see cref="Profile"/>: which advice and which fact-sheet records, by section.</summary>
    public Roadmap? Roadmap { get; set; }
}
