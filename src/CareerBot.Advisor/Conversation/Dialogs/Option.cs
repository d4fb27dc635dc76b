namespace CareerBot.Advisor.Conversation.Dialogs;

/// <summary>One answer of an <see cref="OptionSet"/>: its id (what is stored), its label's string name, and other words that select it.</summary>
internal sealed record Option(string Id, string LabelKey, IReadOnlyList<string> Words);
