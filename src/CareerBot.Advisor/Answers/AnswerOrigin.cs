namespace CareerBot.Advisor.Answers;

/// <summary>What produced an answer.</summary>
public enum AnswerOrigin
{
    /// <summary>The offline answerer: sentences and fact-sheet records taken from the sources.</summary>
    Extractive,

    /// <summary>The language model, and its answer passed the grounding guard.</summary>
    Llm,

    /// <summary>The knowledge base has nothing on the question.</summary>
    OutOfScope,

    /// <summary>The message asks nothing: it reacts to the last answer (« dommage », « ça fait peur »).</summary>
    Remark,
}
