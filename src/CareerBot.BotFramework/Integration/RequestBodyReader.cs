using System.Buffers;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Integration;

/// <summary>Reads an activity from a request body, within a size limit, and says precisely what is wrong with bad input.</summary>
public static class RequestBodyReader
{
    /// <summary>The outcome: an activity, or an HTTP status with an error code and a reason for the caller.</summary>
    public sealed record Result(Activity? Activity, int StatusCode, string? ErrorCode, string? Error)
    {
        public static Result Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null, null);

        public static Result Fail(int statusCode, string code, string error) => new(null, statusCode, code, error);
    }

    public static async Task<Result> ReadActivityAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (!string.IsNullOrEmpty(mediaType) && !mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            return Result.Fail(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The body must be JSON (Content-Type: application/json).");
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var read = await request.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                // Chunked bodies have no Content-Length: stop reading as soon as the limit is passed.
                return TooLarge(maxBytes);
            }
        }

        if (buffer.WrittenCount == 0)
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "BadArgument", "The request body is empty; an activity is expected.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(buffer.WrittenSpan, BotJson.Options);
        }
        catch (JsonException ex)
        {
            // JsonException messages name the path and position, never data: safe and useful to return.
            return Result.Fail(StatusCodes.Status400BadRequest, "BadArgument", "The request body is not a valid activity: " + ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "BadArgument", "The request body is not a valid activity: " + ex.Message);
        }

        var error = ActivityValidator.Validate(activity);
        return error is null ? Result.Ok(activity!) : Result.Fail(StatusCodes.Status400BadRequest, "BadArgument", error);
    }

    private static Result TooLarge(int maxBytes) =>
        Result.Fail(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The request body exceeds {maxBytes} bytes.");
}
