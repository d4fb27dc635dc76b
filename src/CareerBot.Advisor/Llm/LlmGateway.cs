using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Polly;
using Polly.CircuitBreaker;

namespace CareerBot.Advisor.Llm;

/// <summary>
/// The one way to the language model: a Semantic Kernel chat completion service behind a circuit breaker, each call
/// bounded by the answer's <see cref="LlmBudget"/>. Every failure, whatever its form (timeout, refused connection,
/// HTTP 429/5xx, unreadable or empty response, open circuit), comes out as <see cref="LlmUnavailableException"/>;
/// only the caller's own cancellation comes out as <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed partial class LlmGateway
{
    private readonly IChatCompletionService? _chat;
    private readonly LlmOptions _options;
    private readonly ILogger<LlmGateway> _logger;
    private readonly ResiliencePipeline _breaker;

    /// <param name="chat">Null when no provider is configured: <see cref="IsEnabled"/> is then false.</param>
    public LlmGateway(IChatCompletionService? chat, IOptions<LlmOptions> options, ILogger<LlmGateway> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _chat = chat;
        _options = options.Value;
        _logger = logger;
        var breaker = _options.CircuitBreaker;
        _breaker = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = breaker.FailureRatio,
                MinimumThroughput = breaker.MinimumCalls,
                SamplingDuration = TimeSpan.FromSeconds(breaker.SamplingSeconds),
                BreakDuration = TimeSpan.FromSeconds(breaker.BreakSeconds),
                // A cancellation reaching the breaker is the caller's or a stop after a rejected sentence: the model
                // did nothing wrong. Timeouts are turned into TimeoutException before they get here, so they count.
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
                OnOpened = args =>
                {
                    LogCircuitOpened(_logger, args.BreakDuration.TotalSeconds);
                    return default;
                },
                OnClosed = _ =>
                {
                    LogCircuitClosed(_logger);
                    return default;
                },
            })
            .Build();
    }

    public bool IsEnabled => _chat is not null;

    public LlmBudget StartBudget(CancellationToken caller) => new(TimeSpan.FromSeconds(_options.TimeoutSeconds), caller);

    /// <summary>One completion, whole.</summary>
    public async Task<string> CompleteAsync(ChatHistory chat, string purpose, LlmBudget budget, int? maxTokens = null)
    {
        var chatService = _chat ?? throw new InvalidOperationException("No language model is configured.");
        var settings = Settings(maxTokens);
        using var call = new LlmCallTelemetry(purpose);
        try
        {
            var text = await _breaker.ExecuteAsync(
                async token =>
                {
                    try
                    {
                        var reply = await chatService.GetChatMessageContentAsync(chat, settings, kernel: null, token).ConfigureAwait(false);
                        call.CountTokens(reply.Metadata);
                        return string.IsNullOrWhiteSpace(reply.Content)
                            ? throw new LlmUnavailableException(LlmFailure.Empty, "The language model answered with no text.")
                            : reply.Content;
                    }
                    catch (OperationCanceledException ex) when (!budget.CallerCancelled)
                    {
                        // The budget's deadline or an HTTP timeout: a failure of the model, which the breaker counts.
                        throw new TimeoutException("The language model did not answer in time.", ex);
                    }
                },
                budget.Token).ConfigureAwait(false);
            call.Succeeded();
            return text;
        }
        catch (Exception ex) when (!budget.CallerCancelled)
        {
            throw call.Failed(Unavailable(ex, purpose));
        }
    }

    /// <summary>
    /// One completion as the server streams it, in text pieces. The breaker sees the whole stream as one call: it
    /// runs in the breaker's pipeline and hands its pieces over through a channel. Stopping early (disposing the
    /// enumerator) cancels the request and is not a failure.
    /// </summary>
    public async IAsyncEnumerable<string> StreamAsync(ChatHistory chat, string purpose, LlmBudget budget)
    {
        var chatService = _chat ?? throw new InvalidOperationException("No language model is configured.");
        var settings = Settings(null);
        var pieces = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(budget.Token);
        using var call = new LlmCallTelemetry(purpose);
        var pump = PumpAsync(chatService, chat, settings, pieces.Writer, budget, call, stop.Token);
        var finished = false;
        try
        {
            await foreach (var piece in pieces.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                yield return piece;
            }

            finished = true;
        }
        finally
        {
            if (!finished)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                await AbandonAsync(pump).ConfigureAwait(false);
            }
        }

        try
        {
            await pump.ConfigureAwait(false);
            call.Succeeded();
        }
        catch (Exception ex) when (!budget.CallerCancelled)
        {
            throw call.Failed(Unavailable(ex, purpose));
        }
    }

    private async Task PumpAsync(
        IChatCompletionService chatService,
        ChatHistory chat,
        OpenAIPromptExecutionSettings settings,
        ChannelWriter<string> writer,
        LlmBudget budget,
        LlmCallTelemetry call,
        CancellationToken stop)
    {
        try
        {
            await _breaker.ExecuteAsync(
                async token =>
                {
                    try
                    {
                        var any = false;
                        await foreach (var update in chatService.GetStreamingChatMessageContentsAsync(chat, settings, kernel: null, token).ConfigureAwait(false))
                        {
                            call.CountTokens(update.Metadata);
                            if (!string.IsNullOrEmpty(update.Content))
                            {
                                any = true;
                                await writer.WriteAsync(update.Content, token).ConfigureAwait(false);
                            }
                        }

                        if (!any)
                        {
                            throw new LlmUnavailableException(LlmFailure.Empty, "The language model streamed no text.");
                        }
                    }
                    catch (OperationCanceledException ex) when (!budget.CallerCancelled && budget.Expired)
                    {
                        throw new TimeoutException("The language model did not finish in time.", ex);
                    }
                },
                stop).ConfigureAwait(false);
        }
        finally
        {
            writer.TryComplete();
        }
    }

    /// <summary>Waits for the pump after the reader stopped early, so that no request outlives the call.</summary>
    private static async Task AbandonAsync(Task pump)
    {
        try
        {
            await pump.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever the stopped request ended with (its cancellation, or a failure racing it), nobody waits for its text any more.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private OpenAIPromptExecutionSettings Settings(int? maxTokens) => new()
    {
        MaxTokens = maxTokens ?? _options.MaxOutputTokens,
        Temperature = _options.Temperature,
    };

    private LlmUnavailableException Unavailable(Exception ex, string purpose)
    {
        var unavailable = ex switch
        {
            LlmUnavailableException known => known,
            BrokenCircuitException => new LlmUnavailableException(LlmFailure.CircuitOpen, "The circuit breaker is open.", ex),
            TimeoutException => new LlmUnavailableException(LlmFailure.Timeout, ex.Message, ex),
            _ => new LlmUnavailableException(LlmFailure.Error, $"{ex.GetType().Name}: {ex.Message}", ex),
        };
        LogCallFailed(_logger, purpose, unavailable.Failure, unavailable.Message);
        return unavailable;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Language model call '{Purpose}' failed: {Failure} ({Detail})")]
    private static partial void LogCallFailed(ILogger logger, string purpose, LlmFailure failure, string detail);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Language model circuit opened: calls are skipped for {BreakSeconds} s")]
    private static partial void LogCircuitOpened(ILogger logger, double breakSeconds);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Language model circuit closed: calls resume")]
    private static partial void LogCircuitClosed(ILogger logger);
}
