using System.Text.Json;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>What a prompt asks and how; saved in the prompt's state, so it must serialize with <see cref="BotJson.Options"/>.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent instead of <see cref="Prompt"/> when the answer was not understood or not valid.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/> (also shown as suggested actions).</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>Free data for the validator (bounds, a pattern…); a <see cref="JsonElement"/> once saved.</summary>
    public JsonElement? Validations { get; set; }

    /// <summary>After this many answers that were not accepted the prompt gives up (ends with a <see cref="PromptResult"/>); null: it keeps asking.</summary>
    public int? MaxAttempts { get; set; }
}
