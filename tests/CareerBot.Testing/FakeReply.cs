namespace CareerBot.Testing;

/// <summary>How <see cref="FakeOpenAiServer"/> answers one chat-completions request.</summary>
public abstract record FakeReply
{
    /// <summary>A completion: one JSON body, or SSE chunks (one per word) when the request asks to stream.</summary>
    public static FakeReply Completion(string text) => new CompletionReply(text);

    /// <summary>An error status with an OpenAI-style error body, and <c>Retry-After</c> when given.</summary>
    public static FakeReply Status(int code, int? retryAfterSeconds = null) => new StatusReply(code, retryAfterSeconds);

    /// <summary>Never answers (until the client gives up).</summary>
    public static FakeReply Hang { get; } = new HangReply();

    /// <summary>200 with a body that is not JSON.</summary>
    public static FakeReply Garbage { get; } = new GarbageReply();

    /// <summary>200 with a well-formed completion that has no choices.</summary>
    public static FakeReply EmptyChoices { get; } = new EmptyChoicesReply();

    /// <summary>Drops the connection without a response.</summary>
    public static FakeReply CloseConnection { get; } = new CloseConnectionReply();

    /// <summary>
    /// A streamed completion cut after its first <paramref name="chunks"/> chunks: the connection is dropped (no
    /// <c>[DONE]</c>), or with <paramref name="stall"/> it stays open, silent, until the client or
    /// <see cref="FakeOpenAiServer.StopNowAsync"/> ends it (see <see cref="FakeOpenAiServer.Stalled"/>).
    /// </summary>
    public static FakeReply CutStream(string text, int chunks, bool stall = false) => new CutStreamReply(text, chunks, stall);

    public sealed record CompletionReply(string Text) : FakeReply;

    public sealed record CutStreamReply(string Text, int Chunks, bool Stall) : FakeReply;

    public sealed record StatusReply(int Code, int? RetryAfterSeconds) : FakeReply;

    public sealed record HangReply : FakeReply;

    public sealed record GarbageReply : FakeReply;

    public sealed record EmptyChoicesReply : FakeReply;

    public sealed record CloseConnectionReply : FakeReply;
}
