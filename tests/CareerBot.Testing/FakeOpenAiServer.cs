using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CareerBot.Testing;

/// <summary>
/// An OpenAI-compatible server played by Kestrel on 127.0.0.1 (random port): <c>POST /v1/chat/completions</c> (JSON,
/// or SSE when the request streams, after <see cref="FirstChunkDelay"/> and with <see cref="ChunkDelay"/> between chunks) and <c>POST /v1/embeddings</c>
/// (deterministic word-hash vectors). Every request body is recorded. Replies come from <see cref="Script"/> in
/// turn, then from <see cref="Responder"/>.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    public const int EmbeddingDimensions = 32;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedChat> _chats = new();
    private readonly ConcurrentQueue<FakeReply> _script = new();
    private readonly ConcurrentQueue<string> _embeddingBodies = new();
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _completedStreams;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary><c>http://127.0.0.1:{port}/v1/</c>, the base address a client is configured with.</summary>
    public Uri Endpoint { get; private set; } = null!;

    public Func<RecordedChat, FakeReply> Responder { get; set; } = _ => FakeReply.Status(500);

    public TimeSpan ChunkDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// The wait before a streamed reply's first chunk (and its headers, which go with it): a model's time to first
    /// token, spent reading the prompt.
    /// </summary>
    public TimeSpan FirstChunkDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The <c>usage</c> block of every whole (not streamed) completion: tokens read.</summary>
    public int PromptTokens { get; set; } = 10;

    /// <summary>The <c>usage</c> block of every whole (not streamed) completion: tokens written.</summary>
    public int CompletionTokens { get; set; } = 10;

    public IReadOnlyList<RecordedChat> Chats => [.. _chats];

    public IReadOnlyList<string> EmbeddingBodies => [.. _embeddingBodies];

    /// <summary>How many streamed completions were sent to their end (<c>[DONE]</c>).</summary>
    public int CompletedStreams => Volatile.Read(ref _completedStreams);

    /// <summary>Completes when a <see cref="FakeReply.CutStream"/> reply with stall has sent its chunks and waits.</summary>
    public Task Stalled => _stalled.Task;

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var app = LoopbackHttp.CreateApp();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.ChatAsync);
        app.MapPost("/v1/embeddings", server.EmbeddingsAsync);
        await app.StartAsync();
        server.Endpoint = new Uri(LoopbackHttp.AddressOf(app), "v1/");
        return server;
    }

    /// <summary>The next requests get these replies, in order; later ones go to <see cref="Responder"/>.</summary>
    public void Script(params FakeReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    /// <summary>
    /// Stops listening and drops the connections in flight at once, as a server process that dies would: the stopping
    /// token is already cancelled, so Kestrel aborts instead of waiting for the requests to finish.
    /// </summary>
    public async Task StopNowAsync()
    {
        using var now = new CancellationTokenSource();
        await now.CancelAsync();
        try
        {
            await _app.StopAsync(now.Token);
        }
        catch (OperationCanceledException)
        {
            // The host reports the cancelled graceful stop; the server is stopped all the same.
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task ChatAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var json = JsonNode.Parse(body)!;
        var messages = json["messages"]!.AsArray().Select(m => new ChatMessage((string)m!["role"]!, ContentOf(m["content"]))).ToList();
        var chat = new RecordedChat(body, messages, json["stream"]?.GetValue<bool>() == true);
        _chats.Enqueue(chat);
        var reply = _script.TryDequeue(out var scripted) ? scripted : Responder(chat);
        await ReplyAsync(context, chat, reply);
    }

    private async Task ReplyAsync(HttpContext context, RecordedChat chat, FakeReply reply)
    {
        switch (reply)
        {
            case FakeReply.CompletionReply completion when chat.Stream:
                await StreamAsync(context, completion.Text);
                break;
            case FakeReply.CompletionReply completion:
                await WriteJsonAsync(context, 200, Completion(completion.Text));
                break;
            case FakeReply.CutStreamReply cut:
                await StreamAsync(context, cut.Text, cut.Chunks);
                if (cut.Stall)
                {
                    _stalled.TrySetResult();
                    await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                }
                else
                {
                    context.Abort();
                }

                break;
            case FakeReply.StatusReply status:
                if (status.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                await WriteJsonAsync(context, status.Code, new JsonObject
                {
                    ["error"] = new JsonObject { ["message"] = "scripted failure", ["type"] = "server_error", ["code"] = status.Code },
                });
                break;
            case FakeReply.HangReply:
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case FakeReply.GarbageReply:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"id\": \"x\", \"choices\": [ this is not json", context.RequestAborted);
                break;
            case FakeReply.EmptyChoicesReply:
                await WriteJsonAsync(context, 200, new JsonObject
                {
                    ["id"] = "chatcmpl-empty",
                    ["object"] = "chat.completion",
                    ["created"] = 1700000000,
                    ["model"] = "fake-model",
                    ["choices"] = new JsonArray(),
                });
                break;
            case FakeReply.CloseConnectionReply:
                context.Abort();
                break;
            default:
                throw new InvalidOperationException($"Unknown reply {reply}");
        }
    }

    /// <summary>Streams <paramref name="text"/> as SSE chunks; with <paramref name="cutAfter"/>, only that many chunks and no end.</summary>
    private async Task StreamAsync(HttpContext context, string text, int? cutAfter = null)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/event-stream";
        if (FirstChunkDelay > TimeSpan.Zero)
        {
            await Task.Delay(FirstChunkDelay, context.RequestAborted);
        }

        var first = true;
        foreach (var piece in Pieces(text).Take(cutAfter ?? int.MaxValue))
        {
            var delta = new JsonObject { ["content"] = piece };
            if (first)
            {
                delta["role"] = "assistant";
                first = false;
            }

            await WriteEventAsync(context, Chunk(delta, null));
            if (ChunkDelay > TimeSpan.Zero)
            {
                await Task.Delay(ChunkDelay, context.RequestAborted);
            }
        }

        if (cutAfter is not null)
        {
            return;
        }

        await WriteEventAsync(context, Chunk(new JsonObject(), "stop"));
        await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
        Interlocked.Increment(ref _completedStreams);
    }

    /// <summary>The text cut after each space, as a model streams tokens.</summary>
    private static IEnumerable<string> Pieces(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ')
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static async Task WriteEventAsync(HttpContext context, JsonNode data)
    {
        await context.Response.WriteAsync($"data: {data.ToJsonString()}\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static JsonObject Chunk(JsonObject delta, string? finishReason) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1700000000,
        ["model"] = "fake-model",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason }),
    };

    private JsonObject Completion(string text) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1700000000,
        ["model"] = "fake-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = PromptTokens, ["completion_tokens"] = CompletionTokens, ["total_tokens"] = PromptTokens + CompletionTokens },
    };

    private async Task EmbeddingsAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _embeddingBodies.Enqueue(body);
        var input = JsonNode.Parse(body)!["input"]!;
        var values = input is JsonArray array ? array.Select(v => (string)v!).ToList() : [(string)input!];
        var data = new JsonArray();
        for (var i = 0; i < values.Count; i++)
        {
            data.Add(new JsonObject
            {
                ["object"] = "embedding",
                ["index"] = i,
                ["embedding"] = new JsonArray([.. Vector(values[i]).Select(v => (JsonNode)v)]),
            });
        }

        await WriteJsonAsync(context, 200, new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = "fake-embedding",
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["total_tokens"] = 1 },
        });
    }

    /// <summary>A bag of lower-case words hashed into a few dimensions: similar texts get similar vectors.</summary>
    private static float[] Vector(string text)
    {
        var vector = new float[EmbeddingDimensions];
        foreach (var word in text.ToLowerInvariant().Split([' ', '\n', ',', '.', '?', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = 2166136261u;
            foreach (var c in word)
            {
                hash = (hash ^ c) * 16777619u;
            }

            vector[hash % EmbeddingDimensions] += 1f;
        }

        return vector;
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    /// <summary>A message's content: a string, or an array of parts whose text parts are joined.</summary>
    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => (string?)p?["text"] ?? string.Empty)),
        _ => string.Empty,
    };
}
