namespace CareerBot.Knowledge.Loading;

/// <summary>Accumulates the issues of one load, each tied to the file it is about.</summary>
internal sealed class IssueCollector
{
    private readonly List<KnowledgeIssue> _issues = [];

    public IReadOnlyList<KnowledgeIssue> Issues => _issues;

    public void Error(string file, int? line, string message) =>
        _issues.Add(new KnowledgeIssue(IssueSeverity.Error, file, line, message));

    public void Warning(string file, int? line, string message) =>
        _issues.Add(new KnowledgeIssue(IssueSeverity.Warning, file, line, message));
}
