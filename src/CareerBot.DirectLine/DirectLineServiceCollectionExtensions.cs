using CareerBot.BotFramework.Integration;
using CareerBot.DirectLine.Adapter;
using CareerBot.DirectLine.Azure;
using CareerBot.DirectLine.Conversations;
using CareerBot.DirectLine.Endpoints;
using CareerBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>Registration of the self-hosted Direct Line: <c>AddCareerBotDirectLine</c> then <c>MapCareerBotDirectLine</c>.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>The host's token endpoint for its own page.</summary>
    public const string HostTokenPath = "/api/directline/token";

    /// <param name="configureAdapter">
    /// Gives the adapter its middleware and <c>OnTurnError</c>: the host passes the same setup as its CloudAdapter's,
    /// so a bot behaves the same on every channel.
    /// </param>
    public static IServiceCollection AddCareerBotDirectLine(this IServiceCollection services, IConfiguration configuration, Action<DirectLineAdapter, IServiceProvider>? configureAdapter = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddOptions<BotFrameworkOptions>().Bind(configuration.GetSection(BotFrameworkOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton(sp =>
        {
            var adapter = ActivatorUtilities.CreateInstance<DirectLineAdapter>(sp);
            configureAdapter?.Invoke(adapter, sp);
            return adapter;
        });
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<ConversationEndpoints>();
        services.AddSingleton<StreamEndpoint>();
        services.AddSingleton<HostTokenEndpoint>();
        services.AddHttpClient<AzureTokenClient>(client => client.Timeout = TimeSpan.FromSeconds(15));
        return services;
    }

    /// <summary>Maps <c>/v3/directline/…</c> and <see cref="HostTokenPath"/>, and turns WebSockets on.</summary>
    public static WebApplication MapCareerBotDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        var api = app.MapGroup(ServiceAddress.BasePath);
        api.MapPost("/tokens/generate", (HttpRequest request, ConversationEndpoints endpoints) => endpoints.GenerateTokenAsync(request));
        api.MapPost("/tokens/refresh", (HttpRequest request, ConversationEndpoints endpoints) => endpoints.RefreshTokenAsync(request));
        api.MapPost("/conversations", (HttpRequest request, ConversationEndpoints endpoints) => endpoints.StartConversationAsync(request));
        api.MapGet("/conversations/{conversationId}", (HttpRequest request, string conversationId, string? watermark, ConversationEndpoints endpoints) =>
            endpoints.ReconnectAsync(request, conversationId, watermark));
        api.MapPost("/conversations/{conversationId}/activities", (HttpRequest request, string conversationId, ConversationEndpoints endpoints) =>
            endpoints.PostActivityAsync(request, conversationId));
        api.MapGet("/conversations/{conversationId}/activities", (HttpRequest request, string conversationId, string? watermark, ConversationEndpoints endpoints) =>
            endpoints.GetActivitiesAsync(request, conversationId, watermark));
        api.MapGet("/conversations/{conversationId}/stream", (HttpContext http, string conversationId, string? watermark, string? t, StreamEndpoint endpoint) =>
            endpoint.StreamAsync(http, conversationId, watermark, t));
        app.MapPost(HostTokenPath, (HttpRequest request, HostTokenEndpoint endpoint) => endpoint.IssueAsync(request));
        return app;
    }
}
