using CareerBot.Advisor.Language;
using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// What the bot decided about the current turn, one object in the turn state so that the handler and the dialogs read
/// the same decision: the language to answer in (the user's choice, else the message's) and whether a question is
/// being asked again after a side question (it then starts with « Reprenons : »).
/// </summary>
internal sealed class AdvisorTurn
{
    private AdvisorTurn()
    {
    }

    /// <summary>The turn's language; French until the bot decides (CareerBot speaks French first).</summary>
    public string Language { get; private set; } = LanguageDetector.French;

    /// <summary>The conversation's strings in the turn's language.</summary>
    public Messages Texts { get; private set; } = Messages.For(LanguageDetector.French, ConversationMessages.ResourceManager);

    /// <summary>The locale to put on replies: it tells the channel what language the message is in.</summary>
    public string Locale => Language == LanguageDetector.English ? "en-US" : "fr-FR";

    /// <summary>Whether a dialog's question is asked again after a command or a side question.</summary>
    public bool Resuming { get; private set; }

    /// <summary>The turn's object, created on first use.</summary>
    public static AdvisorTurn Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<AdvisorTurn>() is { } turn)
        {
            return turn;
        }

        turn = new AdvisorTurn();
        turnContext.TurnState.Set(turn);
        return turn;
    }

    public AdvisorTurn SpeakIn(string language)
    {
        Language = language;
        Texts = Messages.For(language, ConversationMessages.ResourceManager);
        return this;
    }

    public void MarkResuming() => Resuming = true;

    /// <summary>A plain reply: <paramref name="text"/> as Markdown, in the turn's locale.</summary>
    public Activity Reply(string text)
    {
        var message = Activity.CreateMessage(text);
        message.TextFormat = "markdown";
        message.Locale = Locale;
        return message;
    }
}
