namespace CareerBot.Advisor.Answers;

/// <summary>Settings of the answer step that do not depend on the language model, section <c>Answers</c>.</summary>
public sealed class AnswerOptions
{
    public const string SectionName = "Answers";

    /// <summary>
    /// How many offline answers are kept, by standalone question and language, for the loaded knowledge base (0: none).
    /// People ask a career bot the same questions over and over, and composing an extractive answer is most of the
    /// cost of a turn; an answer is about 6 KB, so the default bounds the cache near 6 MB.
    /// </summary>
    public int CacheSize { get; set; } = 1000;
}
