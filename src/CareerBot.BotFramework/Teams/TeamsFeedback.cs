using System.Text.Json;

namespace CareerBot.BotFramework.Teams;

/// <summary>What the user chose under a message whose feedback loop is on: 👍 or 👎.</summary>
public enum TeamsFeedbackReaction
{
    Like,
    Dislike,
}

/// <summary>
/// The value of Teams' feedback invoke (<c>message/submitAction</c> with <c>actionName</c> "feedback"): the reaction
/// and what the user wrote in Teams' form, which arrives as a JSON string (<c>{"feedbackText": "…"}</c>) or, from some
/// clients, as an object. The rated message is the invoke's <c>replyToId</c>.
/// </summary>
public sealed record TeamsFeedback(TeamsFeedbackReaction Reaction, string? Comment)
{
    /// <summary>The invoke's name.</summary>
    public const string InvokeName = "message/submitAction";

    /// <summary>The feedback in an invoke's value, or null when the value is not a feedback submission.</summary>
    public static TeamsFeedback? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("actionName", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() != "feedback"
            || !root.TryGetProperty("actionValue", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("reaction", out var reaction) || reaction.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        TeamsFeedbackReaction? parsed = reaction.GetString() switch
        {
            "like" => TeamsFeedbackReaction.Like,
            "dislike" => TeamsFeedbackReaction.Dislike,
            _ => null,
        };
        return parsed is { } known ? new TeamsFeedback(known, CommentOf(action)) : null;
    }

    private static string? CommentOf(JsonElement action)
    {
        if (!action.TryGetProperty("feedback", out var feedback))
        {
            return null;
        }

        var form = feedback;
        if (feedback.ValueKind == JsonValueKind.String)
        {
            try
            {
                using var document = JsonDocument.Parse(feedback.GetString()!);
                form = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Not the usual JSON form: the string is what the user wrote.
                return feedback.GetString();
            }
        }

        return form.ValueKind == JsonValueKind.Object && form.TryGetProperty("feedbackText", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;
    }
}
