namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>Values of <see cref="StreamInfoEntity.StreamType"/>, shared by Teams and Web Chat.</summary>
public static class StreamTypes
{
    /// <summary>A progress note ("Searching the documents…") shown while the answer is prepared.</summary>
    public const string Informative = "informative";

    /// <summary>The answer so far; each update replaces the previous one.</summary>
    public const string Streaming = "streaming";

    /// <summary>The complete answer, sent as a message activity; it closes the stream.</summary>
    public const string Final = "final";
}
