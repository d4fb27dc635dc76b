using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Integration;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Adapter;
using CareerBot.DirectLine.Conversations;
using CareerBot.DirectLine.Protocol;
using CareerBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Endpoints;

/// <summary>
/// The Direct Line 3.0 REST API: tokens, conversation start and reconnect, posting and getting activities. Each
/// handler authenticates, then checks that the caller may use the conversation it names.
/// </summary>
internal sealed class ConversationEndpoints(
    DirectLineAuthenticator authenticator,
    DirectLineTokenService tokens,
    ConversationStore store,
    DirectLineAdapter adapter,
    IBot bot,
    IOptions<BotFrameworkOptions> limits,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider)
{
    private readonly int _maxBodyBytes = limits.Value.MaxRequestBodyBytes;

    // A turn outlives its HTTP request: a client that goes away must not leave a half-done turn (state unsaved).
    private CancellationToken TurnCancellation => lifetime.ApplicationStopping;

    /// <summary><c>POST /tokens/generate</c>: with the secret, a token bound to a new conversation.</summary>
    public async Task<IResult> GenerateTokenAsync(HttpRequest request)
    {
        var (caller, error) = await authenticator.AuthenticateAsync(request).ConfigureAwait(false);
        if (caller is null)
        {
            return error!;
        }

        if (!caller.HasSecret)
        {
            return DirectLineErrors.Forbidden("Generating a token needs the secret; refresh a token instead.");
        }

        var body = await JsonRequestBody.ReadAsync<TokenParameters>(request, _maxBodyBytes, "a JSON object", allowEmpty: true, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body.Failed)
        {
            return DirectLineErrors.Of(body);
        }

        var user = UserIds.FromRequest(body.Value?.User, out var userError);
        if (user is null)
        {
            return DirectLineErrors.BadArgument(userError!);
        }

        var conversation = store.Create(user);
        var token = tokens.Issue(conversation.Id, user.Id!);
        return Results.Json(new Conversation { ConversationId = conversation.Id, Token = token.Token, ExpiresIn = token.ExpiresIn }, BotJson.Options);
    }

    /// <summary><c>POST /tokens/refresh</c>: a still-valid token buys a new one for the same conversation and user.</summary>
    public async Task<IResult> RefreshTokenAsync(HttpRequest request)
    {
        var (caller, error) = await authenticator.AuthenticateAsync(request).ConfigureAwait(false);
        if (caller is null)
        {
            return error!;
        }

        if (caller.HasSecret)
        {
            return DirectLineErrors.Forbidden("Only a token can be refreshed.");
        }

        var conversation = store.Find(caller.Claims!.ConversationId);
        if (conversation is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        conversation.Touch();
        var token = tokens.Issue(conversation.Id, caller.Claims.UserId);
        return Results.Json(new Conversation { ConversationId = conversation.Id, Token = token.Token, ExpiresIn = token.ExpiresIn }, BotJson.Options);
    }

    /// <summary>
    /// <c>POST /conversations</c>: with a token, starts the conversation the token names; with the secret, a new one.
    /// The first start greets the bot (201 Created); starting again answers 200 with the same conversation.
    /// </summary>
    public async Task<IResult> StartConversationAsync(HttpRequest request)
    {
        var (caller, error) = await authenticator.AuthenticateAsync(request).ConfigureAwait(false);
        if (caller is null)
        {
            return error!;
        }

        var body = await JsonRequestBody.ReadAsync<TokenParameters>(request, _maxBodyBytes, "a JSON object", allowEmpty: true, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body.Failed)
        {
            return DirectLineErrors.Of(body);
        }

        DirectLineConversation? conversation;
        if (caller.HasSecret)
        {
            var user = UserIds.FromRequest(body.Value?.User, out var userError);
            if (user is null)
            {
                return DirectLineErrors.BadArgument(userError!);
            }

            conversation = store.Create(user);
        }
        else
        {
            // The token's user wins over the body's, as on Azure: the body cannot change who the token speaks for.
            conversation = store.Find(caller.Claims!.ConversationId);
            if (conversation is null)
            {
                return DirectLineErrors.ConversationNotFound();
            }
        }

        var started = conversation.TryMarkStarted();
        if (started)
        {
            await adapter.StartConversationAsync(conversation, ServiceAddress.ServiceUrl(request), bot, body.Value?.Locale, TurnCancellation).ConfigureAwait(false);
        }

        var answer = Describe(request, caller, conversation, watermark: null);
        return Results.Json(answer, BotJson.Options, statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary><c>GET /conversations/{id}?watermark=</c>: reconnect, with a new stream address from the watermark on.</summary>
    public async Task<IResult> ReconnectAsync(HttpRequest request, string conversationId, string? watermark)
    {
        var (conversation, caller, error) = await AuthorizeAsync(request, conversationId).ConfigureAwait(false);
        if (conversation is null)
        {
            return error!;
        }

        if (!DirectLineConversation.TryParseWatermark(watermark, out var position))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this service gave.");
        }

        conversation.Touch();
        return Results.Json(Describe(request, caller!, conversation, position), BotJson.Options);
    }

    /// <summary><c>POST /conversations/{id}/activities</c>: runs the bot's turn, answers <c>{"id": "…"}</c>.</summary>
    public async Task<IResult> PostActivityAsync(HttpRequest request, string conversationId)
    {
        var (conversation, _, error) = await AuthorizeAsync(request, conversationId).ConfigureAwait(false);
        if (conversation is null)
        {
            return error!;
        }

        var body = await JsonRequestBody.ReadAsync<Activity>(request, _maxBodyBytes, "an activity", allowEmpty: false, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body.Failed)
        {
            return DirectLineErrors.Of(body);
        }

        if (string.IsNullOrWhiteSpace(body.Value!.Type))
        {
            return DirectLineErrors.BadArgument("The activity has no 'type'.");
        }

        if (ActivityValidator.FindInvalidUnicode(body.Value) is { } invalid)
        {
            return DirectLineErrors.BadArgument(invalid);
        }

        try
        {
            var id = await adapter.ProcessActivityAsync(conversation, body.Value, ServiceAddress.ServiceUrl(request), bot, TurnCancellation).ConfigureAwait(false);
            return Results.Json(new ResourceResponse(id), BotJson.Options);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // What Azure answers when the bot fails: the activity was accepted, the bot did not process it.
            return DirectLineErrors.Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not process the activity.");
        }
    }

    /// <summary><c>GET /conversations/{id}/activities?watermark=</c>: the activities after the watermark.</summary>
    public async Task<IResult> GetActivitiesAsync(HttpRequest request, string conversationId, string? watermark)
    {
        var (conversation, _, error) = await AuthorizeAsync(request, conversationId).ConfigureAwait(false);
        if (conversation is null)
        {
            return error!;
        }

        if (!DirectLineConversation.TryParseWatermark(watermark, out var position))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this service gave.");
        }

        conversation.Touch();
        return Results.Json(conversation.Read(position).Set, BotJson.Options);
    }

    private async Task<(DirectLineConversation? Conversation, Caller? Caller, IResult? Error)> AuthorizeAsync(HttpRequest request, string conversationId)
    {
        var (caller, error) = await authenticator.AuthenticateAsync(request).ConfigureAwait(false);
        if (caller is null)
        {
            return (null, null, error);
        }

        if (!caller.MayUse(conversationId))
        {
            return (null, null, DirectLineErrors.Forbidden("The token is for another conversation."));
        }

        var conversation = store.Find(conversationId);
        return conversation is null ? (null, null, DirectLineErrors.ConversationNotFound()) : (conversation, caller, null);
    }

    /// <summary>
    /// The conversation as a client sees it: a token holder gets its own token back (it stays valid until it expires
    /// and is refreshed apart); the secret holder gets a token, so that it can hand the conversation to a browser.
    /// </summary>
    private Conversation Describe(HttpRequest request, Caller caller, DirectLineConversation conversation, long? watermark)
    {
        string token;
        int expiresIn;
        if (caller.HasSecret)
        {
            var issued = tokens.Issue(conversation.Id, conversation.User.Id!);
            (token, expiresIn) = (issued.Token, issued.ExpiresIn);
        }
        else
        {
            token = caller.Token!;
            expiresIn = (int)Math.Max(0, (caller.Claims!.ExpiresAt - timeProvider.GetUtcNow()).TotalSeconds);
        }

        var stream = tokens.Issue(conversation.Id, conversation.User.Id!, TokenPurpose.Stream);
        return new Conversation
        {
            ConversationId = conversation.Id,
            Token = token,
            ExpiresIn = expiresIn,
            StreamUrl = ServiceAddress.StreamUrl(request, conversation.Id, watermark, stream.Token),
        };
    }
}
