namespace CareerBot.Advisor.Conversation;

/// <summary>
/// What a small-talk message says (« bonjour », « merci », « t'es qui ? »). The names are the keys of
/// <c>Resources/Conversation/smalltalk.json</c> (camel case) and of the replies (ConversationMessages SmallTalk_&lt;Intent&gt;).
/// </summary>
public enum SmallTalkIntent
{
    Greeting,
    Thanks,
    Goodbye,
    Identity,
    Capabilities,
    Acknowledgement,
    Frustration,
}
