using CareerBot.Advisor.Conversation;
using CareerBot.Advisor.Hosting;
using CareerBot.Azure.Hosting;
using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Integration;
using CareerBot.BotFramework.State;
using CareerBot.DirectLine;
using CareerBot.Knowledge.Hosting;
using CareerBot.Web.Bot;
using CareerBot.Web.Health;
using CareerBot.Web.Observability;
using CareerBot.Web.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerBot.Web;

/// <summary>Composition of the host: the protocol layer, state, the bot and its health checks.</summary>
public static class BotServiceExtensions
{
    public static WebApplicationBuilder AddCareerBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.Configure<BotFrameworkOptions>(configuration.GetSection(BotFrameworkOptions.SectionName));
        services.AddBotFrameworkAuthentication(configuration);
        services.AddBotConnector(configuration);
        services.AddBotStateStorage(configuration, builder.Environment.ContentRootPath, AzureStorageProviders.State);
        services.AddCareerBotKnowledge(configuration, builder.Environment.ContentRootPath);
        services.AddCareerBotGrounding();
        services.AddCareerBotAdvisor(configuration);
        services.AddCareerBotFeedback(configuration, builder.Environment.ContentRootPath, AzureStorageProviders.Feedback);
        services.AddCareerBotConversation(configuration);
        services.AddCareerBotTelemetry(configuration);
        builder.Logging.AddCareerBotLogPrivacy();
        services.AddCareerBotRateLimiting(configuration);

        services.AddSingleton<ConversationLockMiddleware>();
        services.AddSingleton<BotErrorHandler>();
        services.AddSingleton(sp =>
        {
            var adapter = new CloudAdapter(
                sp.GetRequiredService<IChannelRequestAuthenticator>(),
                sp.GetRequiredService<IConnectorClientFactory>(),
                sp.GetRequiredService<ServiceUrlAllowList>(),
                sp.GetRequiredService<IOptions<BotFrameworkOptions>>(),
                sp.GetRequiredService<ILogger<CloudAdapter>>(),
                sp.GetRequiredService<CareerBotRateLimiters>().Activities);
            ConfigureAdapter(adapter, sp);
            return adapter;
        });
        // The self-hosted Direct Line runs the same bot in-process, through the same middleware and error handler.
        services.AddCareerBotDirectLine(configuration, ConfigureAdapter);
        services.Configure<BotOptions>(configuration.GetSection(BotOptions.SectionName));
        services.AddSingleton<EchoBot>();
        services.AddSingleton<IBot>(sp => sp.GetRequiredService<IOptions<BotOptions>>().Value.Mode == BotMode.Echo
            ? sp.GetRequiredService<EchoBot>()
            : sp.GetRequiredService<AdvisorBot>());

        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: ["ready"])
            .AddCheck<KnowledgeHealthCheck>("knowledge", tags: ["ready"]);
        return builder;

        static void ConfigureAdapter(BotAdapter adapter, IServiceProvider sp)
        {
            // Order matters: the lock wraps the state save so a conversation's turns never interleave their writes.
            adapter.Use(sp.GetRequiredService<ConversationLockMiddleware>());
            foreach (var sharedLock in sp.GetKeyedServices<BotFramework.Builder.IMiddleware>(AzureStorageProviders.SharedConversationLockKey))
            {
                adapter.Use(sharedLock);
            }

            adapter.Use(new AutoSaveStateMiddleware(sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>()));
            adapter.OnTurnError = sp.GetRequiredService<BotErrorHandler>().HandleAsync;
        }
    }

    public static WebApplication MapCareerBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCareerBotRateLimiting();
        app.MapPost("/api/messages", (HttpContext http, CloudAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
        app.MapCareerBotDirectLine();
        // Liveness says the process answers; readiness also checks that state storage works.
        app.MapHealthChecks("/healthz", new() { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new() { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
