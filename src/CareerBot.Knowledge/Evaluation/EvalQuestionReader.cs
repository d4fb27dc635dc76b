namespace CareerBot.Knowledge.Evaluation;

/// <summary>Reads the JSON Lines question set; a bad line throws with its line number, since a silently shorter set would inflate the figures.</summary>
public static class EvalQuestionReader
{
    public static IReadOnlyList<EvalQuestion> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static IReadOnlyList<EvalQuestion> Read(TextReader reader, string name = "questions.jsonl")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var questions = new List<EvalQuestion>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (lineNumber, question) in JsonLines.Read<EvalQuestion>(reader, name, "question"))
        {
            if (!ids.Add(question.Id))
            {
                throw new FormatException($"{name}:{lineNumber}: duplicate question id '{question.Id}'.");
            }

            if (!question.IsOutOfScope && question.ExpectedSources.Count == 0)
            {
                throw new FormatException($"{name}:{lineNumber}: question '{question.Id}' is {question.Kind} but names no expected source.");
            }

            questions.Add(question);
        }

        return questions;
    }
}
