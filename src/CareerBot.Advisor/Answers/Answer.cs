using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// A reply ready for a channel: <see cref="Text"/> (Markdown, with [n] citation markers that refer to
/// <see cref="Sources"/> by <see cref="AnswerSource.Number"/>, numbered 1..n in order of first use), how it was
/// produced, the <see cref="Suggestions"/> of what to ask next (button labels that read as questions), and, for an
/// out-of-scope question, <see cref="OutOfScope"/> with a text that says the sources don't cover it. <see cref="Topic"/>
/// is the topic whose records answered (null when none did).
/// </summary>
public sealed record Answer(string Text, IReadOnlyList<AnswerSource> Sources, AnswerOrigin Origin)
{
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public FactTopic? Topic { get; init; }

    public bool OutOfScope => Origin == AnswerOrigin.OutOfScope;
}
