namespace CareerBot.Advisor.Feedback;

/// <summary>The file formats of an export of the ratings.</summary>
public enum FeedbackExportFormat
{
    /// <summary>One JSON object per line (camelCase, reaction "like"/"dislike", ISO-8601 timestamps): the raw data.</summary>
    JsonLines,

    /// <summary>A header line then one row per rating (RFC 4180), for a spreadsheet.</summary>
    Csv,
}
