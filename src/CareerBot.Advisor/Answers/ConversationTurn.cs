namespace CareerBot.Advisor.Answers;

/// <summary>One message of the conversation so far: <see cref="FromUser"/> is false for the bot's replies.</summary>
public sealed record ConversationTurn(bool FromUser, string Text);
