using Microsoft.Extensions.Options;

namespace CareerBot.Web.Observability;

/// <summary>Settings of the traces and metrics exporter (configuration section <c>Telemetry</c>).</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    public TelemetryExporter Exporter { get; init; } = TelemetryExporter.None;

    /// <summary>The OTLP receiver (gRPC, e.g. <c>http://collector:4317</c>); unset, the exporter's default (localhost:4317).</summary>
    public Uri? OtlpEndpoint { get; init; }

    /// <summary>How often metrics are exported, in milliseconds (the OpenTelemetry default is one minute).</summary>
    public int MetricExportIntervalMs { get; init; } = 60_000;

    /// <summary>
    /// Reads and checks the section. The exporter decides which services are registered, so it is read while the
    /// host is composed and a wrong value stops the start-up with a message naming the key and the accepted values.
    /// </summary>
    public static TelemetryOptions Read(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var errors = new List<string>();
        var exporter = TelemetryExporter.None;
        if (section[nameof(Exporter)] is { Length: > 0 } exporterText
            && (!Enum.TryParse(exporterText, ignoreCase: true, out exporter) || !Enum.IsDefined(exporter)))
        {
            errors.Add($"Telemetry:Exporter '{exporterText}' is not one of {string.Join(", ", Enum.GetNames<TelemetryExporter>())}.");
        }

        Uri? endpoint = null;
        if (section[nameof(OtlpEndpoint)] is { Length: > 0 } endpointText
            && (!Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            errors.Add($"Telemetry:OtlpEndpoint '{endpointText}' is not an absolute http(s) address.");
        }

        var interval = 60_000;
        if (section[nameof(MetricExportIntervalMs)] is { Length: > 0 } intervalText
            && (!int.TryParse(intervalText, System.Globalization.CultureInfo.InvariantCulture, out interval) || interval <= 0))
        {
            errors.Add($"Telemetry:MetricExportIntervalMs '{intervalText}' is not a positive number of milliseconds.");
        }

        return errors.Count > 0
            ? throw new OptionsValidationException(SectionName, typeof(TelemetryOptions), errors)
            : new TelemetryOptions { Exporter = exporter, OtlpEndpoint = endpoint, MetricExportIntervalMs = interval };
    }
}
