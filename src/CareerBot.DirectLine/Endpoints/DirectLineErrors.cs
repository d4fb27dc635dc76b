using CareerBot.BotFramework.Integration;
using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace CareerBot.DirectLine.Endpoints;

/// <summary>Direct Line's error answers: an HTTP status with an <see cref="ErrorResponse"/> body that says why.</summary>
internal static class DirectLineErrors
{
    public static IResult Error(int statusCode, string code, string message) =>
        Results.Json(new ErrorResponse(code, message), BotJson.Options, statusCode: statusCode);

    /// <summary>The answer to a body that could not be read (too large, not JSON, not the expected object).</summary>
    public static IResult Of<T>(JsonRequestBody.Result<T> failedBody) =>
        Error(failedBody.StatusCode, failedBody.ErrorCode!, failedBody.Error!);

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist or has expired.");

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "Forbidden", message);
}
