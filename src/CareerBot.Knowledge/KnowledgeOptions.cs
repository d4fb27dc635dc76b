using CareerBot.Knowledge.Loading;

namespace CareerBot.Knowledge;

/// <summary>Settings of the knowledge base, section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>
    /// The knowledge folder. A relative path is looked for in the content root and then in each of its parents
    /// (so the host, whose content root is src/CareerBot.Web, finds the repository's <c>knowledge/</c>); the first
    /// folder that has a <c>sources</c> sub-folder wins. Registration turns it into an absolute path.
    /// </summary>
    public string Path { get; set; } = "knowledge";

    /// <summary>Where the index generations live; relative to the content root.</summary>
    public string IndexPath { get; set; } = "data/index";

    /// <summary>How many passages a search returns when the caller does not say.</summary>
    public int TopK { get; set; } = 5;

    /// <summary>
    /// Relevance floor of a returned passage, 0–1: the IDF-weighted share of the question's known concepts that the
    /// passage contains (text or heading), times <see cref="CommentFactor"/> for a reader comment.
    /// </summary>
    public double MinScore { get; set; } = 0.3;

    /// <summary>
    /// Out-of-scope guard for a question that does not name the corpus topic, 0–1: the IDF-weighted share of the
    /// question's concepts that the knowledge base contains at all. A word the corpus never uses ("boulanger",
    /// "crêpes") weighs as much as the rarest word, so a question about something else falls below this share and
    /// gets no passage rather than the least bad one.
    /// </summary>
    public double MinQueryCoverage { get; set; } = 0.55;

    /// <summary>
    /// Out-of-scope guard for a question that does not name the corpus topic, 0–1: some article passage must contain
    /// at least this IDF-weighted share of the question's known concepts. Known words that the corpus never says
    /// together ("data scientist" and "salaire") do not make a question it can answer.
    /// </summary>
    public double MinEvidence { get; set; } = 0.7;

    /// <summary>Score factor of reader comments, so that they rank below article text of similar relevance.</summary>
    public double CommentFactor { get; set; } = 0.5;

    /// <summary>Weight of a match in the section heading relative to a match in the passage text.</summary>
    public float HeadingBoost { get; set; } = 1.5f;

    /// <summary>A question word of at least this many letters that the corpus does not know may match with one typo.</summary>
    public int FuzzyMinLength { get; set; } = 5;

    /// <summary>Weight of a typo-tolerant match relative to an exact one (ranking and relevance alike).</summary>
    public float FuzzyWeight { get; set; } = 0.5f;

    /// <summary>The k of reciprocal rank fusion, when an embedding generator makes the ranking hybrid.</summary>
    public int FusionK { get; set; } = 60;

    /// <summary>A knowledge file larger than this is skipped with a warning, without being read.</summary>
    public long MaxFileBytes { get; set; } = KnowledgeLoader.DefaultMaxFileBytes;

    /// <summary>Reload (and re-index when the sources changed) when the knowledge folder changes.</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>Quiet time after the last file event before reloading, so that an editor's burst of writes is one reload.</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromSeconds(1);
}
