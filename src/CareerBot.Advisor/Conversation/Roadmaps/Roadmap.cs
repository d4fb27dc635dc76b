using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Conversation.Roadmaps;

/// <summary>
/// A personal roadmap as data: its sections in order, each a list of advice (string names) and fact-sheet records (ids).
/// Stored in the user's state and written out in the language of the moment, so « mon profil » shows it again in
/// English to a user who switched since.
/// </summary>
public sealed class Roadmap
{
    /// <summary>The salary level the roadmap shows: junior or senior.</summary>
    public CareerLevel Level { get; set; } = CareerLevel.Junior;

    public List<RoadmapSection> Sections { get; set; } = [];
}
