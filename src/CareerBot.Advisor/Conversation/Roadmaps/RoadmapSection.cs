namespace CareerBot.Advisor.Conversation.Roadmaps;

/// <summary>A section of a <see cref="Roadmap"/>: its id (its title is ConversationMessages Roadmap_Section_&lt;id&gt;) and its items.</summary>
public sealed class RoadmapSection
{
    public string Id { get; set; } = string.Empty;

    public List<RoadmapItem> Items { get; set; } = [];
}
