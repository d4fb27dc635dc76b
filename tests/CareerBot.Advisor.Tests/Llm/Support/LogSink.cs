using CareerBot.Testing;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CareerBot.Advisor.Tests.Llm.Support;

/// <summary>A logger provider that keeps every log line (category, level, event id, message).</summary>
internal sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(category, logLevel, eventId.Id, formatter(state, exception)));
    }
}

internal sealed record LogLine(string Category, LogLevel Level, int EventId, string Message);
