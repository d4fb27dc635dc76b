using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CareerBot.BotFramework.Connector;

/// <summary>
/// The retry policy of Bot Connector calls: a total timeout around bounded retries (exponential backoff with
/// jitter, or the channel's <c>Retry-After</c>) around a per-attempt timeout.
/// </summary>
internal static class ConnectorResiliencePipeline
{
    public const string Name = "bot-connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorClientOptions options)
    {
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "connector-total", Timeout = options.Timeout });

        if (options.MaxRetryAttempts > 0)
        {
            // POSTs are retried like every other verb (no DisableForUnsafeHttpMethods): a send that failed with
            // 429/5xx or never got an answer was almost always not delivered, and a rare duplicate message is a
            // smaller harm than a lost one. The official Bot Framework SDK retries sends in the same way.
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "connector-retry",
                // 408, 429, 5xx, HttpRequestException and attempt timeouts; the caller's own cancellation is none of them.
                ShouldHandle = args => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.BaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // Honours Retry-After given in seconds or as an HTTP-date; the total timeout bounds a huge one.
                ShouldRetryAfterHeader = true,
            });
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "connector-attempt", Timeout = options.AttemptTimeout });
    }
}
