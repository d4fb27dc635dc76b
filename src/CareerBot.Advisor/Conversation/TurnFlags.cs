using CareerBot.Advisor.Language;
using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Builder;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// What the bot decided about the current turn, kept in the turn state so that the dialogs read the same decision:
/// the language to answer in (the user's choice, else the message's) and whether a question is being asked again
/// after a side question (it then starts with « Reprenons : »).
/// </summary>
internal static class TurnFlags
{
    private const string LanguageKey = "CareerBot.Language";
    private const string ResumingKey = "CareerBot.Resuming";

    public static void SetLanguage(ITurnContext turnContext, string language) => turnContext.TurnState.Set(LanguageKey, language);

    /// <summary>The turn's language; French when the bot has not decided (CareerBot speaks French first).</summary>
    public static string Language(ITurnContext turnContext) => turnContext.TurnState.Get<string>(LanguageKey) ?? LanguageDetector.French;

    /// <summary>The conversation's strings in the turn's language.</summary>
    public static Messages Texts(ITurnContext turnContext) => Messages.For(Language(turnContext), ConversationMessages.ResourceManager);

    /// <summary>The locale to put on replies: it tells the channel what language the message is in.</summary>
    public static string Locale(ITurnContext turnContext) => Language(turnContext) == LanguageDetector.English ? "en-US" : "fr-FR";

    public static void MarkResuming(ITurnContext turnContext) => turnContext.TurnState.Set(ResumingKey, ResumingKey);

    public static bool IsResuming(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(ResumingKey);
}
