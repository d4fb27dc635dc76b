using CareerBot.BotFramework.Dialogs.Prompts;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Tests.Dialogs;

/// <summary>Prompt options for the tests, in one line.</summary>
internal static class Ask
{
    public static PromptOptions Question(string text, string? retry = null, int? maxAttempts = null) => new()
    {
        Prompt = Activity.CreateMessage(text),
        RetryPrompt = retry is null ? null : Activity.CreateMessage(retry),
        MaxAttempts = maxAttempts,
    };
}
