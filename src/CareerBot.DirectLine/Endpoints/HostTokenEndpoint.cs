using CareerBot.BotFramework.Integration;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Azure;
using CareerBot.DirectLine.Conversations;
using CareerBot.DirectLine.Protocol;
using CareerBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Endpoints;

/// <summary>
/// <c>POST /api/directline/token</c>, for the host's own page: a token for a new conversation and the Direct Line
/// address to use it with. Self-hosted by default; from Azure when <see cref="DirectLineOptions.Secret"/> is set.
/// </summary>
internal sealed partial class HostTokenEndpoint(
    DirectLineTokenService tokens,
    ConversationStore store,
    AzureTokenClient azure,
    IOptions<DirectLineOptions> options,
    IOptions<BotFrameworkOptions> limits,
    ILogger<HostTokenEndpoint> logger)
{
    public async Task<IResult> IssueAsync(HttpRequest request)
    {
        var body = await JsonRequestBody.ReadAsync<TokenParameters>(request, limits.Value.MaxRequestBodyBytes, "a JSON object", allowEmpty: true, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body.Failed)
        {
            return DirectLineErrors.Of(body);
        }

        var user = UserIds.FromRequest(body.Value?.User, out var userError);
        if (user is null)
        {
            return DirectLineErrors.BadArgument(userError!);
        }

        if (!string.IsNullOrEmpty(options.Value.Secret))
        {
            try
            {
                var fromAzure = await azure.GenerateTokenAsync(user.Id!, request.HttpContext.RequestAborted).ConfigureAwait(false);
                return Results.Json(
                    new HostToken { Token = fromAzure.Token!, ConversationId = fromAzure.ConversationId!, ExpiresIn = fromAzure.ExpiresIn ?? 0, Domain = azure.Domain },
                    BotJson.Options);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !request.HttpContext.RequestAborted.IsCancellationRequested)
            {
                LogAzureFailed(ex);
                return DirectLineErrors.Error(StatusCodes.Status502BadGateway, "AzureDirectLineUnavailable", "Azure Direct Line did not give a token.");
            }
        }

        var conversation = store.Create(user);
        var token = tokens.Issue(conversation.Id, user.Id!);
        return Results.Json(
            new HostToken { Token = token.Token, ConversationId = conversation.Id, ExpiresIn = token.ExpiresIn, Domain = ServiceAddress.Domain(request) },
            BotJson.Options);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Exchanging the Direct Line secret with Azure failed")]
    private partial void LogAzureFailed(Exception exception);
}
