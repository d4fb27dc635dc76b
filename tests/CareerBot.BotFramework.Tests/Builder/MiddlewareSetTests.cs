using CareerBot.BotFramework.Builder;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Builder;

public class MiddlewareSetTests
{
    private sealed class Recorder(string name, List<string> log, bool callNext = true) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            log.Add($"{name}:before");
            if (callNext)
            {
                await next(cancellationToken);
            }

            log.Add($"{name}:after");
        }
    }

    [Fact]
    public async Task Middleware_wraps_the_bot_in_registration_order()
    {
        var log = new List<string>();
        var adapter = new RecordingAdapter();
        adapter.Use(new Recorder("a", log)).Use(new Recorder("b", log));

        await adapter.ProcessAsync(RecordingAdapter.Message("x"), (_, _) =>
        {
            log.Add("bot");
            return Task.CompletedTask;
        });

        Assert.Equal(["a:before", "b:before", "bot", "b:after", "a:after"], log);
    }

    [Fact]
    public async Task Middleware_that_does_not_call_next_short_circuits_the_bot()
    {
        var log = new List<string>();
        var adapter = new RecordingAdapter();
        adapter.Use(new Recorder("gate", log, callNext: false));

        await adapter.ProcessAsync(RecordingAdapter.Message("x"), (_, _) =>
        {
            log.Add("bot");
            return Task.CompletedTask;
        });

        Assert.Equal(["gate:before", "gate:after"], log);
    }

    [Fact]
    public async Task OnTurnError_receives_the_exception_of_the_bot()
    {
        var adapter = new RecordingAdapter();
        Exception? seen = null;
        adapter.OnTurnError = (context, ex) =>
        {
            seen = ex;
            return context.SendActivityAsync("oups");
        };

        await adapter.ProcessAsync(RecordingAdapter.Message("x"), (_, _) => throw new InvalidOperationException("boom"));

        Assert.IsType<InvalidOperationException>(seen);
        Assert.Equal("oups", Assert.Single(adapter.Sent).Text);
    }

    [Fact]
    public async Task Without_OnTurnError_the_exception_propagates()
    {
        var adapter = new RecordingAdapter();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            adapter.ProcessAsync(RecordingAdapter.Message("x"), (_, _) => throw new InvalidOperationException("boom")));
    }
}
