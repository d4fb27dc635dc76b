namespace CareerBot.Testing;

/// <summary>One chat-completions request as the fake server received it: the raw body and its messages.</summary>
public sealed record RecordedChat(string Body, IReadOnlyList<ChatMessage> Messages, bool Stream)
{
    public string System => Messages.FirstOrDefault(m => m.Role == "system")?.Content ?? string.Empty;

    /// <summary>The first user message: for the grounded prompt, the one with the passages and the question.</summary>
    public string User => Messages.FirstOrDefault(m => m.Role == "user")?.Content ?? string.Empty;

    public string LastUser => Messages.LastOrDefault(m => m.Role == "user")?.Content ?? string.Empty;

    /// <summary>Every message, joined: what a model reads.</summary>
    public string AllText => string.Join("\n", Messages.Select(m => m.Content));

    public bool IsCondense => System.Contains("standalone question", StringComparison.Ordinal);
}

public sealed record ChatMessage(string Role, string Content);
