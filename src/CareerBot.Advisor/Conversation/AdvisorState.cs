using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Dialogs;
using CareerBot.BotFramework.State;

namespace CareerBot.Advisor.Conversation;

/// <summary>The advisor's state properties: its conversation data and dialog stack (ConversationState), its user data (UserState).</summary>
public sealed class AdvisorState(ConversationState conversationState, UserState userState)
{
    private readonly BotState[] _states = [conversationState, userState];

    public IStatePropertyAccessor<AdvisorConversationData> Conversation { get; } =
        conversationState.CreateProperty<AdvisorConversationData>(nameof(AdvisorConversationData));

    public IStatePropertyAccessor<DialogState> Dialogs { get; } = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public IStatePropertyAccessor<AdvisorUserData> User { get; } = userState.CreateProperty<AdvisorUserData>(nameof(AdvisorUserData));

    /// <summary>
    /// Reads the conversation's and the user's state in one storage read, for a turn that needs both (a message, a card
    /// action): otherwise each accessor's first use reads its own.
    /// </summary>
    public Task LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        BotState.LoadAllAsync(turnContext, _states, cancellationToken);
}
