using System.Text.Json;

namespace CareerBot.Knowledge.Evaluation;

/// <summary>
/// Reads a JSON Lines evaluation file record by record, blank lines aside. A line that is not a valid record throws a
/// <see cref="FormatException"/> naming the file and the line: a silently shorter set would inflate the figures.
/// </summary>
public static class JsonLines
{
    /// <param name="what">What a record is, for the messages ("question", "conversation").</param>
    public static IEnumerable<(int Line, T Record)> Read<T>(TextReader reader, string name, string what, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            T record;
            try
            {
                record = JsonSerializer.Deserialize<T>(line, options)
                    ?? throw new FormatException($"{name}:{lineNumber}: null instead of a {what} object.");
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{name}:{lineNumber}: not a valid {what} record ({ex.Message}).", ex);
            }

            yield return (lineNumber, record);
        }
    }
}
