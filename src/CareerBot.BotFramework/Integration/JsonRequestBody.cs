using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Integration;

/// <summary>
/// Reads a JSON request body within a size limit and says precisely what is wrong with bad input: 413 past the limit
/// (chunked bodies included), 415 for another media type, 400 for an empty body or JSON that is not a
/// <typeparamref name="T"/>. The one reader of the bot's endpoint and of Direct Line.
/// </summary>
public static class JsonRequestBody
{
    /// <summary>The value read, or the HTTP status, error code and reason to answer with.</summary>
    public sealed record Result<T>(T? Value, int StatusCode, string? ErrorCode, string? Error)
    {
        public bool Failed => Error is not null;

        internal static Result<T> Fail(int statusCode, string code, string error) => new(default, statusCode, code, error);
    }

    /// <param name="expected">What the body must be, for the reasons given ("an activity", "a JSON object").</param>
    /// <param name="allowEmpty">True where the body is optional: an empty one then reads as null.</param>
    public static async Task<Result<T>> ReadAsync<T>(HttpRequest request, int maxBytes, string expected, bool allowEmpty, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(expected);
        if (request.ContentLength > maxBytes)
        {
            return TooLarge<T>(maxBytes);
        }

        // The media type without its parameters, looked at in place: no array and strings split off every request.
        var contentType = request.ContentType.AsSpan();
        var parameters = contentType.IndexOf(';');
        var mediaType = (parameters < 0 ? contentType : contentType[..parameters]).Trim();
        if (!mediaType.IsEmpty && !mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            return Result<T>.Fail(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The body must be JSON (Content-Type: application/json).");
        }

        // Read where Kestrel received it (no copy into a buffer of ours), up to the whole body or the limit.
        var body = request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (read.Buffer.Length > maxBytes)
            {
                // Chunked bodies announce no length: stop reading as soon as the limit is passed.
                body.AdvanceTo(read.Buffer.End);
                return TooLarge<T>(maxBytes);
            }

            if (read.IsCompleted)
            {
                break;
            }

            // Nothing consumed yet: the next read returns the whole body so far.
            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        try
        {
            return Parse<T>(read.Buffer, expected, allowEmpty);
        }
        finally
        {
            body.AdvanceTo(read.Buffer.End);
        }
    }

    private static Result<T> Parse<T>(ReadOnlySequence<byte> json, string expected, bool allowEmpty)
        where T : class
    {
        if (json.IsEmpty)
        {
            return allowEmpty ? new(null, StatusCodes.Status200OK, null, null) : BadArgument<T>($"The request body is empty; {expected} is expected.");
        }

        // A body received in pieces is put together in a pooled array: parsing from one span keeps the reader's rules
        // (nothing may follow the value) and its error messages.
        byte[]? pooled = null;
        var span = json.FirstSpan;
        if (!json.IsSingleSegment)
        {
            pooled = ArrayPool<byte>.Shared.Rent((int)json.Length);
            json.CopyTo(pooled);
            span = pooled.AsSpan(0, (int)json.Length);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(span, BotJson.Options);
            return value is null && !allowEmpty
                ? BadArgument<T>($"The request body must be {expected}.")
                : new(value, StatusCodes.Status200OK, null, null);
        }
        catch (JsonException ex)
        {
            // JsonException messages name the path and position, never data: safe and useful to return.
            return BadArgument<T>($"The request body is not valid ({expected} expected): {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            return BadArgument<T>($"The request body is not valid ({expected} expected): {ex.Message}");
        }
        finally
        {
            if (pooled is not null)
            {
                ArrayPool<byte>.Shared.Return(pooled);
            }
        }
    }

    private static Result<T> BadArgument<T>(string error) => Result<T>.Fail(StatusCodes.Status400BadRequest, "BadArgument", error);

    private static Result<T> TooLarge<T>(int maxBytes) =>
        Result<T>.Fail(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The request body exceeds {maxBytes} bytes.");
}
