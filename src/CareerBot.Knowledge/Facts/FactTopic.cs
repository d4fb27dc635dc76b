namespace CareerBot.Knowledge.Facts;

/// <summary>
/// What a fact record is about: the topics a reader of the articles can ask about. A question is read as one of them
/// (the words of each are in <c>vocabulary.json</c>), and its answer is composed from the records of that topic.
/// </summary>
public enum FactTopic
{
    Role,
    Tasks,
    Skills,
    Coding,
    Models,
    Ethics,
    Degree,
    Bac,
    Schools,
    SelfTraining,
    Portfolio,
    Employers,
    Sectors,
    JobBoards,
    Freelance,
    Salary,
    Career,
    Outlook,
    Upsides,
    Downsides,
    Hiring,
    Definitions,
    People,
    Codes,
    Market,

    /// <summary>Where prompt engineers come from: the studies and jobs before (listed last: stored turns keep their numbers).</summary>
    Backgrounds,
}
