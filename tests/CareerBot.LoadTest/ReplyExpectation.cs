namespace CareerBot.LoadTest;

/// <summary>What a turn's replies must show for the turn to count as served (anything else is an error).</summary>
public enum ReplyExpectation
{
    /// <summary>At least one message reply with text.</summary>
    Text,

    /// <summary>A message reply whose text contains the text sent: an echo bot really read the message.</summary>
    Echo,

    /// <summary>
    /// A message reply that cites its sources (a schema.org <c>Message</c> entity with citations, and the text
    /// carrying the first citation's <c>[n]</c> marker): the bot answered the question from its knowledge, rather than
    /// saying it could not, showing a menu or failing softly.
    /// </summary>
    Answer,
}
