namespace CareerBot.Knowledge.Loading;

/// <summary>
/// A problem found while loading the knowledge folder. <see cref="File"/> is relative to the knowledge folder
/// (forward slashes) so that messages read the same on every machine; <see cref="Line"/> is 1-based, or null when
/// the problem concerns the whole file or folder.
/// </summary>
public sealed record KnowledgeIssue(IssueSeverity Severity, string File, int? Line, string Message)
{
    /// <summary>The compiler-style form: <c>sources/x.md:12: error: message</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        var severity = Severity == IssueSeverity.Error ? "error" : "warning";
        return $"{where}: {severity}: {Message}";
    }
}
