using CareerBot.Testing;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge.Vocabulary;
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

    public AnswerServiceFixture(bool withModel = true)
    {
        Guard.Setup(g => g.Check(It.IsAny<string>(), It.IsAny<GroundingContext>())).Returns(new GroundingReport([]));
        Knowledge.SetupGet(k => k.Facts).Returns(() => Facts);
        Knowledge.SetupGet(k => k.Passages).Returns(() => PassageList);
        Knowledge.SetupGet(k => k.Vocabulary).Returns(KnowledgeVocabulary.Empty);
        Knowledge.SetupGet(k => k.Synonyms).Returns([]);
        Knowledge.Setup(k => k.SearchAsync(It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
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

    /// <summary>The fact sheet the knowledge mock serves (records are cited by the passages holding their quotes).</summary>
    public List<Fact> Facts { get; } = [];

    /// <summary>Every passage the knowledge mock serves: those of <see cref="Passages"/> are added. A new list is a reload.</summary>
    public List<Passage> PassageList { get; set; } = [];

    public Mock<IGroundingGuard> Guard { get; } = new();


    public Mock<IChatCompletionService> Chat { get; } = new();

    public LlmOptions Options { get; } = new() { ChatModel = "m", TimeoutSeconds = 5 };

    /// <summary>No cache unless a test asks for one.</summary>
    public AnswerOptions AnswerOptions { get; } = new() { CacheSize = 0 };

    public Queue<Func<ChatHistory, string>> Replies { get; } = new();

    public List<IReadOnlyList<(string Role, string Content)>> Prompts { get; } = [];

    public LogSink Logs { get; } = new();

    private bool WithModel { get; }

    public static SearchHit Hit(int rank, string text, string source = "src") =>
        new(new Passage($"{source}#{rank}", source, "Titre " + source, "Section", PassageKind.Article, text), 10 - rank, rank, 1);

    public void Passages(string question, params SearchHit[] hits)
    {
        PassageList.AddRange(hits.Select(h => h.Passage).Where(p => !PassageList.Contains(p)));
        Knowledge.Setup(k => k.SearchAsync(question, It.IsAny<int?>(), It.IsAny<CancellationToken>())).ReturnsAsync(hits);
    }

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
            Knowledge.Object, new QuestionReader(Knowledge.Object), Guard.Object, gateway, options,
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
