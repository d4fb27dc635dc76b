using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// The reply to small talk: ConversationMessages SmallTalk_&lt;Intent&gt; in the turn's language, no sources, no rating.
/// A greeting, a question about what CareerBot can do and a frustrated user get the menu (a card on Teams, buttons
/// elsewhere): they are where a user needs to see the choices. Thanks, goodbye, identity and acknowledgements get the
/// text alone: the menu always comes with its own prompt (« Que voulez-vous faire ? ») or a whole card, too heavy
/// after every « ok » or « merci », and these replies already invite the next question.
/// </summary>
internal static class SmallTalkReply
{
    public static string Key(SmallTalkIntent intent) => "SmallTalk_" + intent;

    public static bool HasMenu(SmallTalkIntent intent) =>
        intent is SmallTalkIntent.Greeting or SmallTalkIntent.Capabilities or SmallTalkIntent.Frustration;

    public static Activity Create(ITurnContext turnContext, SmallTalkIntent intent)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = AdvisorTurn.Of(turnContext).Texts.Get(Key(intent));
        if (HasMenu(intent))
        {
            return Menu.Create(turnContext, text);
        }

        return AdvisorTurn.Of(turnContext).Reply(text);
    }
}
