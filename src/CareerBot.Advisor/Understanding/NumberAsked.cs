namespace CareerBot.Advisor.Understanding;

/// <summary>The kind of number a question asks for, which decides what answers it.</summary>
internal enum NumberAsked
{
    None,

    /// <summary>How many or how much (« combien d'offres ? »): any figure of the records answers.</summary>
    Count,

    /// <summary>What something costs (« combien coûte le bachelor ? »): only an amount of money answers.</summary>
    Price,
}
