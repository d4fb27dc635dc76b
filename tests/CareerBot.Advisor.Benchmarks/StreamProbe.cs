using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// The model's own pace, seen by a bare HTTP client: posts a chat-completions body (the one the answer step sent) and
/// reads the SSE stream line by line, timing from the start of the request to the first <c>data:</c> chunk and to
/// <c>data: [DONE]</c>. No Semantic Kernel, no retrieval, no guard: what any client would see.
/// </summary>
internal sealed class StreamProbe(Uri endpoint) : IDisposable
{
    // One pooled connection reused run after run, as the answer step's named HttpClient keeps its own.
    private readonly HttpClient _http = new(new SocketsHttpHandler()) { BaseAddress = endpoint, Timeout = TimeSpan.FromMinutes(2) };

    public async Task<(TimeSpan FirstChunk, TimeSpan Done)> MeasureAsync(string body)
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
        TimeSpan? firstChunk = null;
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (line == "data: [DONE]")
            {
                return (firstChunk ?? throw new InvalidOperationException("The stream ended without a chunk."), Stopwatch.GetElapsedTime(start));
            }

            if (firstChunk is null && line.StartsWith("data: {", StringComparison.Ordinal))
            {
                firstChunk = Stopwatch.GetElapsedTime(start);
            }
        }

        throw new InvalidOperationException("The stream ended without data: [DONE].");
    }

    public void Dispose() => _http.Dispose();
}
