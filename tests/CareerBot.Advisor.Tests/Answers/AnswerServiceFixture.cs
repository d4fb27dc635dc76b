using CareerBot.Testing;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Extractive;
using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Llm;
using CareerBot.Advisor.Tests.Llm.Support;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace CareerBot.Advisor.Tests.Answers;

/// <summary>
/// <see cref="AnswerService"/> over mocks: knowledge search, fact selector, guard (passes everything unless told),
/// extractive answerer (echoes its context), and a chat completion service answering from <see cref="Replies"/>.
/// <see cref="Prompts"/> keeps the messages of each chat call.
/// </summary>
internal sealed class AnswerServiceFixture
{
    public static readonly Answer ExtractiveAnswer = new("extractive", [], AnswerOrigin.Extractive);

    public AnswerServiceFixture(bool withModel = true)
    {
        Guard.Setup(g => g.Check(It.IsAny<string>(), It.IsAny<GroundingContext>())).Returns(new GroundingReport([]));
        Facts.Setup(f => f.Select(It.IsAny<string>(), It.IsAny<IReadOnlyList<SearchHit>>(), It.IsAny<IReadOnlyList<Fact>>())).Returns([]);
        Knowledge.SetupGet(k => k.Facts).Returns([]);
        Knowledge.Setup(k => k.SearchAsync(It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        Extractive.Setup(e => e.Compose(It.IsAny<AnswerRequest>(), It.IsAny<GroundingContext>())).Returns(ExtractiveAnswer);
        Chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings>(), It.IsAny<Kernel>(), It.IsAny<CancellationToken>()))
            .Returns((ChatHistory history, PromptExecutionSettings _, Kernel _, CancellationToken _) =>
            {
                Prompts.Add([.. history.Select(m => (m.Role.Label, m.Content ?? string.Empty))]);
                return Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, Replies.Dequeue()(history))]);
            });
        Chat.Setup(c => c.GetStreamingChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings>(), It.IsAny<Kernel>(), It.IsAny<CancellationToken>()))
            .Returns((ChatHistory history, PromptExecutionSettings _, Kernel _, CancellationToken token) =>
            {
                Prompts.Add([.. history.Select(m => (m.Role.Label, m.Content ?? string.Empty))]);
                return Pieces(Replies.Dequeue()(history), token);
            });
        Options.Provider = withModel ? LlmProvider.OpenAI : LlmProvider.None;
        WithModel = withModel;
    }

    public Mock<IKnowledgeSearch> Knowledge { get; } = new();

    public Mock<IFactSelector> Facts { get; } = new();

    public Mock<IGroundingGuard> Guard { get; } = new();

    public Mock<IExtractiveAnswerer> Extractive { get; } = new();

    public Mock<IChatCompletionService> Chat { get; } = new();

    public LlmOptions Options { get; } = new() { ChatModel = "m", TimeoutSeconds = 5 };

    /// <summary>No cache unless a test asks for one: most tests count the calls to the extractive answerer.</summary>
    public AnswerOptions AnswerOptions { get; } = new() { CacheSize = 0 };

    public Queue<Func<ChatHistory, string>> Replies { get; } = new();

    public List<IReadOnlyList<(string Role, string Content)>> Prompts { get; } = [];

    public LogSink Logs { get; } = new();

    private bool WithModel { get; }

    public static SearchHit Hit(int rank, string text, string source = "src") =>
        new(new Passage($"{source}#{rank}", source, "Titre " + source, "Section", PassageKind.Article, text), 10 - rank, rank, 1);

    public void Passages(string question, params SearchHit[] hits) =>
        Knowledge.Setup(k => k.SearchAsync(question, It.IsAny<int?>(), It.IsAny<CancellationToken>())).ReturnsAsync(hits);

    public void Reply(params string[] texts)
    {
        foreach (var text in texts)
        {
            Replies.Enqueue(_ => text);
        }
    }

    public AnswerService Build()
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        var gateway = new LlmGateway(WithModel ? Chat.Object : null, options, factory.CreateLogger<LlmGateway>());
        return new AnswerService(
            Knowledge.Object, Facts.Object, Guard.Object, Extractive.Object, gateway, options,
            Microsoft.Extensions.Options.Options.Create(AnswerOptions), factory.CreateLogger<AnswerService>());
    }

    private static async IAsyncEnumerable<StreamingChatMessageContent> Pieces(string text, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token)
    {
        foreach (var word in text.Split(' '))
        {
            await Task.Yield();
            token.ThrowIfCancellationRequested();
            yield return new StreamingChatMessageContent(AuthorRole.Assistant, word + " ");
        }
    }
}
