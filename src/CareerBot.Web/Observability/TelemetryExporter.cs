namespace CareerBot.Web.Observability;

/// <summary>Where traces and metrics go (<c>Telemetry:Exporter</c>).</summary>
public enum TelemetryExporter
{
    /// <summary>Nowhere: no OpenTelemetry pipeline is set up.</summary>
    None,

    /// <summary>The process's standard output, for a developer or a test.</summary>
    Console,

    /// <summary>An OpenTelemetry collector (or any OTLP receiver) at <c>Telemetry:OtlpEndpoint</c>.</summary>
    Otlp,
}
