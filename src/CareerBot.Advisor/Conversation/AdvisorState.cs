using CareerBot.BotFramework.Dialogs;
using CareerBot.BotFramework.State;

namespace CareerBot.Advisor.Conversation;

/// <summary>The advisor's state properties: its conversation data and dialog stack (ConversationState), its user data (UserState).</summary>
public sealed class AdvisorState(ConversationState conversationState, UserState userState)
{
    public IStatePropertyAccessor<AdvisorConversationData> Conversation { get; } =
        conversationState.CreateProperty<AdvisorConversationData>(nameof(AdvisorConversationData));

    public IStatePropertyAccessor<DialogState> Dialogs { get; } = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public IStatePropertyAccessor<AdvisorUserData> User { get; } = userState.CreateProperty<AdvisorUserData>(nameof(AdvisorUserData));
}
