namespace CareerBot.Advisor.Conversation.Roadmaps;

/// <summary>One line of a roadmap: an advice (a ConversationMessages string without figures) or a fact-sheet record, cited.</summary>
public sealed class RoadmapItem
{
    public string? Advice { get; set; }

    public string? FactId { get; set; }
}
