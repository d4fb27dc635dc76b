namespace CareerBot.Advisor.Answers;

/// <summary>
/// One step of a streamed answer: either <see cref="Partial"/> (the text so far, safe to show) or
/// <see cref="Final"/> (the answer to deliver, which replaces whatever was shown).
/// </summary>
public sealed record AnswerUpdate(string? Partial, Answer? Final)
{
    public static AnswerUpdate Progress(string text) => new(text, null);

    public static AnswerUpdate Done(Answer answer) => new(null, answer);
}
