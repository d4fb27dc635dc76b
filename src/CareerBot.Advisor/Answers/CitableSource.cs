namespace CareerBot.Advisor.Answers;

/// <summary>
/// What one citation number of a model answer stands for (see <see cref="CitableSources"/>): what the prompt shows
/// the model under that number (<see cref="Title"/>, <see cref="Heading"/>, <see cref="Text"/>) and the source an
/// answer that cites it lists. <see cref="IsFactQuote"/> marks a fact's quote that no retrieved passage contains.
/// </summary>
internal sealed record CitableSource(int Number, string PassageId, string SourceId, string Title, string? Heading, string Text, bool IsFactQuote)
{
    public AnswerSource ToAnswerSource() => new(Number, PassageId, SourceId, Title, Text);
}
