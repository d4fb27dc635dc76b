namespace CareerBot.Advisor.Answers;

/// <summary>
/// A reply ready for a channel: <see cref="Text"/> (Markdown, with [n] citation markers that refer to
/// <see cref="Sources"/> by <see cref="AnswerSource.Number"/>), how it was produced, and, for an out-of-scope question,
/// <see cref="OutOfScope"/> with a text that says the sources don't cover it.
/// </summary>
public sealed record Answer(string Text, IReadOnlyList<AnswerSource> Sources, AnswerOrigin Origin)
{
    public bool OutOfScope => Origin == AnswerOrigin.OutOfScope;
}
