using CareerBot.Advisor;
using CareerBot.BotFramework.Builder;
using CareerBot.Knowledge;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CareerBot.Web.Observability;

public static class TelemetryServiceCollectionExtensions
{
    public const string ServiceName = "CareerBot";

    /// <summary>
    /// OpenTelemetry traces and metrics of the bot's three libraries, of ASP.NET Core and of outgoing HTTP calls,
    /// exported as <see cref="TelemetryOptions.Exporter"/> says; with <c>None</c> (the default) nothing is set up.
    /// </summary>
    public static IServiceCollection AddCareerBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = TelemetryOptions.Read(configuration.GetSection(TelemetryOptions.SectionName));
        if (options.Exporter == TelemetryExporter.None)
        {
            return services;
        }

        string[] sources = [BotTelemetry.Name, KnowledgeTelemetry.Name, AdvisorTelemetry.Name];
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(sources)
                    // Probes hit the health endpoints every few seconds: their spans would drown the turns.
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                    .AddHttpClientInstrumentation();
                if (options.Exporter == TelemetryExporter.Console)
                {
                    tracing.AddConsoleExporter();
                }
                else
                {
                    tracing.AddOtlpExporter(o => Point(o, options));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(sources)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (options.Exporter == TelemetryExporter.Console)
                {
                    metrics.AddConsoleExporter((_, reader) => Interval(reader, options));
                }
                else
                {
                    metrics.AddOtlpExporter((exporter, reader) =>
                    {
                        Point(exporter, options);
                        Interval(reader, options);
                    });
                }
            });
        return services;
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");

    private static void Point(OpenTelemetry.Exporter.OtlpExporterOptions exporter, TelemetryOptions options)
    {
        if (options.OtlpEndpoint is { } endpoint)
        {
            exporter.Endpoint = endpoint;
        }
    }

    private static void Interval(MetricReaderOptions reader, TelemetryOptions options) =>
        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.MetricExportIntervalMs;
}
