using System.Collections.Concurrent;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Web.Tests;

public class ErrorHandlingTests(CareerBotFactory factory) : IClassFixture<CareerBotFactory>
{
    private sealed class FailingBot(Exception exception) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => throw exception;
    }

    private sealed class LogSink : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(LogSink sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                sink.Entries.Enqueue((logLevel, formatter(state, exception), exception));
        }
    }

    private (HttpClient Client, LogSink Logs) HostWith(Exception failure)
    {
        var logs = new LogSink();
        var client = factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
            builder.ConfigureTestServices(services => services.AddSingleton<IBot>(new FailingBot(failure)));
        }).CreateClient();
        return (client, logs);
    }

    [Fact]
    public async Task A_failing_turn_tells_the_user_and_logs_the_exception_with_the_activity_id()
    {
        var (client, logs) = HostWith(new InvalidOperationException("boom"));
        var activity = BotClient.NewActivity(ActivityTypes.Message, "conv-fail", "Quel salaire ?");

        var reply = Assert.Single(await new BotClient(client, "conv-fail").SendAsync(activity));

        Assert.Contains("Désolé", reply.Text, StringComparison.Ordinal);
        var entry = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
        Assert.Contains(activity.Id!, entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Quel salaire", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_state_conflict_asks_the_user_to_send_the_message_again()
    {
        var (client, _) = HostWith(new StorageConcurrencyException(["emulator/conversations/conv-conflict"]));

        var reply = Assert.Single(await new BotClient(client, "conv-conflict").SayAsync("bonjour"));

        Assert.Contains("renvoyer", reply.Text, StringComparison.Ordinal);
    }
}
