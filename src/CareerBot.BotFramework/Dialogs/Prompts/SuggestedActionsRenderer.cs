using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>Puts choices under a question as suggested actions: buttons that post their value back as the user's text (imBack).</summary>
public static class SuggestedActionsRenderer
{
    public static Activity WithChoices(Activity question, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(values);
        question.SuggestedActions = new SuggestedActions
        {
            Actions = [.. values.Select(value => new CardAction(ActionTypes.ImBack, value, BotJson.ToElement(value)))],
        };
        return question;
    }
}
