using System.Globalization;
using System.Threading.RateLimiting;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.Web.RateLimiting;

/// <summary>Registration of the host's rate limits (<see cref="RateLimitingOptions"/>, <see cref="CareerBotRateLimiters"/>).</summary>
public static partial class RateLimitingServiceCollectionExtensions
{
    public static IServiceCollection AddCareerBotRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RateLimitingOptions>().Bind(configuration.GetSection(RateLimitingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitingOptions>, RateLimitingOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CareerBotRateLimiters>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<CareerBotRateLimiters, ILoggerFactory>((options, limiters, loggers) =>
        {
            // Null when both limiters are off: the middleware then lets everything through at no cost.
            options.GlobalLimiter = limiters.Requests;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var logger = loggers.CreateLogger(typeof(CareerBotRateLimiters).FullName!);
            options.OnRejected = (context, cancellationToken) => RejectAsync(context.HttpContext, context.Lease, logger, cancellationToken);
        });
        return services;
    }

    /// <summary>Adds the middleware: after routing (the Direct Line conversation id is a route value), before the endpoints.</summary>
    public static WebApplication UseCareerBotRateLimiting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        return app;
    }

    /// <summary>429 with <c>Retry-After</c> and the Bot Framework error body; a warning that names the limiter and route, never the content.</summary>
    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, ILogger logger, CancellationToken cancellationToken)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));
        var limiter = lease.TryGetMetadata(MetadataName.ReasonPhrase, out var reason) ? reason : "rate";
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
        LogRejected(logger, limiter, route, seconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.Response.WriteAsJsonAsync(
            new ErrorResponse("TooManyRequests", $"Too many requests ({limiter} limit); retry in {seconds} s."), BotJson.Options, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Limiter} rate limit refused a request to {Route}; answered 429, retry after {RetryAfterSeconds} s")]
    private static partial void LogRejected(ILogger logger, string? limiter, string? route, int retryAfterSeconds);
}
