namespace CareerBot.Advisor.Answers;

/// <summary>
/// Why a model answer may not be delivered: a grounding violation (Number, Name, Citation) or one of the answer
/// service's own checks (PromptLeak, SelfDescription, Uncited). <see cref="Text"/> is the offending text.
/// </summary>
internal sealed record AnswerProblem(string Kind, string Text, string Reason)
{
    /// <summary>As named to the model when it is asked to write the answer again.</summary>
    public string Describe() => $"{Kind}: {Reason} (\"{Text}\")";
}
