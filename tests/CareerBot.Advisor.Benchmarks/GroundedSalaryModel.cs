using System.Text.RegularExpressions;
using CareerBot.Testing;

namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// What the fake model writes to the streaming mode's question: three sentences about French and US salaries, each
/// citing the prompt's source that holds its figures (by the number the prompt gave it), so that the real grounding
/// guard lets every sentence through.
/// </summary>
internal static partial class GroundedSalaryModel
{
    public const string Question = "Quel est le salaire d'un prompt engineer junior en France ?";

    public static string Reply(RecordedChat chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return
            $"En France, un prompt engineer junior peut espérer un salaire annuel brut compris entre 45 000 € et 60 000 € [{Cite(chat, "45 000", "60 000")}]. " +
            $"Les profils plus expérimentés ou spécialisés dans des domaines de pointe peuvent dépasser les 80 000 € [{Cite(chat, "80 000")}]. " +
            $"Aux États-Unis, les salaires peuvent même dépasser les 300 000 $ par an pour les experts les plus reconnus [{Cite(chat, "300 000")}].";
    }

    /// <summary>
    /// How many SSE chunks (one per word) must arrive before the first sentence can be shown: its words, plus the next
    /// sentence's first word, since a sentence ends only when the next character shows that no citation follows.
    /// </summary>
    public static int ChunksToFirstSentence(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply[..(reply.IndexOf("]. ", StringComparison.Ordinal) + 3)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length + 1;
    }

    /// <summary>The number of the first source that holds every figure; a prompt without one fails the run.</summary>
    private static string Cite(RecordedChat chat, params string[] figures) =>
        Source().Matches(chat.User)
            .FirstOrDefault(m => figures.All(f => m.Groups["text"].Value.Contains(f, StringComparison.Ordinal)))?.Groups["id"].Value
        ?? throw new InvalidOperationException($"No source of the prompt holds {string.Join(" and ", figures)}.");

    [GeneratedRegex("<source id=\"(?<id>\\d+)\"[^>]*>(?<text>.*?)</source>", RegexOptions.Singleline)]
    private static partial Regex Source();
}
