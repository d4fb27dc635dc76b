namespace CareerBot.Knowledge.Loading;

/// <summary>How bad a knowledge-folder problem is.</summary>
public enum IssueSeverity
{
    /// <summary>Something is odd or missing but everything that could be read was loaded.</summary>
    Warning,

    /// <summary>A file or a record was invalid and was skipped.</summary>
    Error,
}
