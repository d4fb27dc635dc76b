using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// The model's own pace, seen by a bare HTTP client: posts a chat-completions body (the one the answer step sent) and
/// reads the SSE stream line by line, timing from the start of the request to the first <c>data:</c> chunk, to a
/// given chunk, and to <c>data: [DONE]</c>. No Semantic Kernel, no retrieval, no guard: what any client would see.
/// </summary>
internal sealed class StreamProbe(Uri endpoint) : IDisposable
{
    // One pooled connection reused run after run, as the answer step's named HttpClient keeps its own.
    private readonly HttpClient _http = new(new SocketsHttpHandler()) { BaseAddress = endpoint, Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>Times one stream; <paramref name="chunk"/> (1 for the first) is the one whose arrival is also timed.</summary>
    public async Task<(TimeSpan FirstChunk, TimeSpan Chunk, TimeSpan Done)> MeasureAsync(string body, int chunk)
    {
        var start = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdvisorServices.ApiKey);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync().ConfigureAwait(false), Encoding.UTF8);
        TimeSpan? firstChunk = null, chosen = null;
        var chunks = 0;
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (line == "data: [DONE]")
            {
                return firstChunk is { } first && chosen is { } at
                    ? (first, at, Stopwatch.GetElapsedTime(start))
                    : throw new InvalidOperationException($"The stream ended after {chunks} chunks, before chunk {chunk}.");
            }

            if (line.StartsWith("data: {", StringComparison.Ordinal))
            {
                var now = Stopwatch.GetElapsedTime(start);
                chunks++;
                firstChunk ??= now;
                if (chunks == chunk)
                {
                    chosen = now;
                }
            }
        }

        throw new InvalidOperationException("The stream ended without data: [DONE].");
    }

    public void Dispose() => _http.Dispose();
}
