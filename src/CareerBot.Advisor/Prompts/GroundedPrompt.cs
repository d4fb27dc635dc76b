using Microsoft.SemanticKernel.ChatCompletion;

namespace CareerBot.Advisor.Prompts;

/// <summary>The grounded prompt of one question: the system instructions and the user message with the fenced data.</summary>
internal sealed record GroundedPrompt(string System, string User, string LanguageName)
{
    public ChatHistory ToChat()
    {
        var chat = new ChatHistory(System);
        chat.AddUserMessage(User);
        return chat;
    }

    /// <summary>
    /// The prompt again, followed by the rejected answer and why it was rejected, so that the model can correct
    /// itself. The reasons quote the model's own text: they are fenced like any other data.
    /// </summary>
    public ChatHistory ToRegeneration(string rejectedAnswer, IEnumerable<string> problems)
    {
        var chat = ToChat();
        chat.AddAssistantMessage(rejectedAnswer);
        var list = string.Join('\n', problems.Select(p => "- " + DataFence.Escape(p)));
        chat.AddUserMessage(PromptTemplates.Render(PromptTemplates.Regenerate, new Dictionary<string, string>
        {
            ["violations"] = list,
            ["language"] = LanguageName,
        }));
        return chat;
    }
}
