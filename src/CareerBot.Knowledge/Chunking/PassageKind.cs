namespace CareerBot.Knowledge.Chunking;

/// <summary>Where a passage comes from: the article itself, or a reader comment (an opinion, never a fact).</summary>
public enum PassageKind
{
    Article,
    Comment,
}
