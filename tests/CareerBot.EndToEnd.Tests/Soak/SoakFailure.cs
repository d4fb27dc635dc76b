namespace CareerBot.EndToEnd.Tests.Soak;

/// <summary>A turn of the soak did not get what it expected: the conversation it belongs to is abandoned and reported.</summary>
internal sealed class SoakFailure(string message) : Exception(message);
