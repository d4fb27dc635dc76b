using System.Buffers;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace CareerBot.DirectLine.Endpoints;

/// <summary>
/// Reads a JSON body within a size limit (the host's <c>BotFramework:MaxRequestBodyBytes</c>) and turns bad input into
/// the Direct Line error a client can act on: 413, 415 or 400 with the reason.
/// </summary>
internal static class JsonBodyReader
{
    public sealed record Result<T>(T? Value, IResult? Error);

    /// <param name="allowEmpty">True where the body is optional: an empty one then reads as null.</param>
    public static async Task<Result<T>> ReadAsync<T>(HttpRequest request, int maxBytes, bool allowEmpty, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge<T>(maxBytes);
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (!string.IsNullOrEmpty(mediaType) && !mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            return new(null, DirectLineErrors.Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The body must be JSON (Content-Type: application/json)."));
        }

        var buffer = new ArrayBufferWriter<byte>(1024);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(8192), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                // Chunked bodies announce no length: stop reading as soon as the limit is passed.
                return TooLarge<T>(maxBytes);
            }
        }

        if (buffer.WrittenCount == 0)
        {
            return allowEmpty ? new(null, null) : new(null, DirectLineErrors.BadArgument("The request body is empty."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.WrittenSpan, BotJson.Options);
            return value is null && !allowEmpty
                ? new(null, DirectLineErrors.BadArgument("The request body must be a JSON object."))
                : new(value, null);
        }
        catch (JsonException ex)
        {
            // JsonException messages name the path and position, never data: safe and useful to return.
            return new(null, DirectLineErrors.BadArgument("The request body is not valid: " + ex.Message));
        }
        catch (InvalidOperationException ex)
        {
            return new(null, DirectLineErrors.BadArgument("The request body is not valid: " + ex.Message));
        }
    }

    private static Result<T> TooLarge<T>(int maxBytes) =>
        new(default, DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The request body exceeds {maxBytes} bytes."));
}
