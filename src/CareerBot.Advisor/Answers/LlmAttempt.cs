namespace CareerBot.Advisor.Answers;

/// <summary>
/// The outcome of asking the model once: its text and what is wrong with it, or why it gave nothing. Filled step by
/// step while a streamed answer comes in.
/// </summary>
internal sealed class LlmAttempt
{
    public string Text { get; private set; } = string.Empty;

    public IReadOnlyList<AnswerProblem> Problems { get; private set; } = [];

    public Llm.LlmUnavailableException? Failure { get; private set; }

    public bool Accepted => Failure is null && Problems.Count == 0 && Text.Length > 0;

    public static LlmAttempt Checked(string text, IReadOnlyList<AnswerProblem> problems) => new() { Text = text, Problems = problems };

    public void Check(string text, IReadOnlyList<AnswerProblem> problems)
    {
        Text = text;
        Problems = problems;
    }

    public void Fail(Llm.LlmUnavailableException failure) => Failure = failure;
}
