using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Testing;

/// <summary>
/// Sends <see cref="ActivityFuzzer"/> cases to a host's <c>/api/messages</c> one after another and lists every answer
/// that breaks the rules: never a 5xx (an unimplemented invoke's protocol 501 aside), 200 for well-formed activities,
/// a 4xx with a JSON reason for malformed ones.
/// </summary>
public static class FuzzRunner
{
    /// <summary>The seed: <c>CAREERBOT_FUZZ_SEED</c> to replay a failing run, else a new one.</summary>
    public static int Seed() =>
        int.TryParse(Environment.GetEnvironmentVariable("CAREERBOT_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : Random.Shared.Next();

    public static async Task<List<string>> RunAsync(HttpClient http, ActivityFuzzer fuzzer, int count, string path = "/api/messages")
    {
        var failures = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var fuzzCase = fuzzer.Next();
            using var response = await SendAsync(http, fuzzCase, path);
            var body = await response.Content.ReadAsStringAsync();
            if (Check(fuzzCase, response.StatusCode, body) is { } problem)
            {
                failures.Add($"{fuzzCase}: {problem}");
            }
        }

        return failures;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, FuzzCase fuzzCase, string path, AuthenticationHeaderValue? authorization = null)
    {
        HttpContent content = fuzzCase.Chunked ? new UnsizedContent(fuzzCase.Body) : new ByteArrayContent(fuzzCase.Body);
        if (fuzzCase.ContentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(fuzzCase.ContentType);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = authorization;
        return await http.SendAsync(request);
    }

    /// <summary>Null when the answer is right, else what is wrong with it.</summary>
    public static string? Check(FuzzCase fuzzCase, HttpStatusCode status, string body)
    {
        var code = (int)status;
        if (code >= 500 && !(fuzzCase.IsInvoke && status == HttpStatusCode.NotImplemented))
        {
            return $"{code} {Shorten(body)}";
        }

        var refused = code is >= 400 and < 500;
        switch (fuzzCase.Expectation)
        {
            case FuzzExpectation.Accepted when status != HttpStatusCode.OK:
                return $"a well-formed activity got {code} {Shorten(body)}";
            case FuzzExpectation.Refused when !refused:
                return $"a malformed request got {code} instead of a 4xx";
            case FuzzExpectation.Either when !refused && status != HttpStatusCode.OK && !fuzzCase.IsInvoke:
                return $"got {code}, neither 200 nor a 4xx";
        }

        // An invoke's 4xx may be the bot's own invoke response (its body is the bot's, not an error body).
        return refused && !fuzzCase.IsInvoke && !HasReason(body) ? $"{code} without a reason: {Shorten(body)}" : null;
    }

    private static bool HasReason(string body)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(BotJson.Deserialize<ErrorResponse>(body)?.Error?.Message);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>A body with no announced length: sent chunked over HTTP/1.1.</summary>
    private sealed class UnsizedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
