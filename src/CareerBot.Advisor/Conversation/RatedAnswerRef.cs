namespace CareerBot.Advisor.Conversation;

/// <summary>An answer that can still be rated: its id (what Teams' feedback names) and the slot it is stored in.</summary>
public sealed record RatedAnswerRef(string Id, int Slot);
