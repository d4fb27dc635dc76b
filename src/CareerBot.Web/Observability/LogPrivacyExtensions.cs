using Microsoft.Extensions.Logging.Console;

namespace CareerBot.Web.Observability;

/// <summary>Log filters that keep secrets out of the log whatever levels the configuration asks for.</summary>
public static class LogPrivacyExtensions
{
    /// <summary>
    /// ASP.NET Core's "Request starting/finished" lines carry the full URL, query string included, and a Direct Line
    /// stream URL carries its token there (<c>…/stream?t=…</c>, as on Azure): below Warning that category is off.
    /// Added after the configuration's rules, so that they win over it; for the console provider too, whose own rules
    /// (<c>Logging:Console:LogLevel</c>) would otherwise come first.
    /// </summary>
    public static ILoggingBuilder AddCareerBotLogPrivacy(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        const string RequestLines = "Microsoft.AspNetCore.Hosting.Diagnostics";
        logging.AddFilter(RequestLines, LogLevel.Warning);
        logging.AddFilter<ConsoleLoggerProvider>(RequestLines, LogLevel.Warning);
        return logging;
    }
}
