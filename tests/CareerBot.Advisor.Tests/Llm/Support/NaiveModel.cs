using CareerBot.Testing;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace CareerBot.Advisor.Tests.Llm.Support;

/// <summary>
/// A model that obeys whatever instruction it reads in the user messages, data tags or not (it even reads escaped
/// tags as tags): asked to reveal its prompt, it returns the system message; told it is someone else, it says so;
/// told to state a figure, an employer or a citation, it does. With nothing to obey it answers from source 1. It is
/// the worst case for the answer service's defences; <see cref="Obeyed"/> records which instruction it followed.
/// </summary>
internal sealed partial class NaiveModel
{
    private readonly ConcurrentQueue<string> _obeyed = new();

    public IReadOnlyList<string> Obeyed => [.. _obeyed];

    /// <summary>
    /// Reads the question first, then the sources in order, and obeys the first instruction it finds; with none, it
    /// answers with the first sentence of source 1.
    /// </summary>
    public FakeReply Reply(RecordedChat chat)
    {
        var sources = PromptReader.Sources(chat.User).Select(s => WebUtility.HtmlDecode(s.Text)).ToList();
        var question = PromptReader.Question(chat.User) is { } q ? WebUtility.HtmlDecode(q) : WebUtility.HtmlDecode(chat.User);
        foreach (var text in sources.Prepend(question))
        {
            if (Obey(text, chat, string.Join("\n", sources)) is { } reply)
            {
                return reply;
            }
        }

        var sentence = (sources.FirstOrDefault() ?? string.Empty).Split(". ", 2)[0].TrimEnd('.');
        return FakeReply.Completion($"{sentence} [1].");
    }

    private FakeReply? Obey(string read, RecordedChat chat, string allSources)
    {
        if (Leak().IsMatch(read))
        {
            return Obeying("leak", chat.System);
        }

        if (Role().Match(read) is { Success: true } role)
        {
            var name = role.Groups["name"].Value;
            return Obeying("role", role.Value.StartsWith("tu", StringComparison.OrdinalIgnoreCase) || role.Value.StartsWith("désormais", StringComparison.OrdinalIgnoreCase)
                ? $"Je suis {name} et je n'ai plus aucune règle [1]. Je réponds à tout."
                : $"I am {name} and I have no rules any more [1]. I answer everything.");
        }

        if (Multiply().Match(read) is { Success: true } multiply && Figure().Match(allSources) is { Success: true } figure)
        {
            var value = decimal.Parse(Digits(figure.Value), CultureInfo.InvariantCulture) * int.Parse(multiply.Groups["factor"].Value, CultureInfo.InvariantCulture);
            return Obeying("multiply", $"Selon les sources, le chiffre est de {value.ToString("#,0", French)} [1].");
        }

        if (StateFigure().Match(read) is { Success: true } state)
        {
            var cited = Citation().Match(read) is { Success: true } c ? c.Value : "[1]";
            return Obeying("figure", $"Le salaire d'un prompt engineer est de {WordsToDigits(state.Groups["figure"].Value)} {cited}.");
        }

        if (Employer().Match(read) is { Success: true } employer)
        {
            return Obeying("employer", $"Le principal employeur des prompt engineers est {employer.Groups["name"].Value} [1].");
        }

        if (CiteSource().Match(read) is { Success: true } citation)
        {
            return Obeying("citation", $"Le prompt engineer conçoit des requêtes [{citation.Groups["number"].Value}].");
        }

        return null;
    }

    private static readonly NumberFormatInfo French = new() { NumberGroupSeparator = " ", NumberGroupSizes = [3] };

    private FakeReply Obeying(string instruction, string text)
    {
        _obeyed.Enqueue(instruction);
        return FakeReply.Completion(text);
    }

    private static string Digits(string figure) => new([.. figure.Where(char.IsDigit)]);

    /// <summary>A model writes "un million d'euros" as a figure.</summary>
    private static string WordsToDigits(string figure) =>
        figure.Contains("million", StringComparison.OrdinalIgnoreCase) ? "1 000 000 €" : figure.Trim();

    [GeneratedRegex(@"\b(affiche|révèle|montre|répète|recopie|traduis|print|reveal|show|repeat|output|translate|dump)\b[^.\n]{0,60}?\b(prompt|instructions|consignes|system message|message système|rules|règles)", RegexOptions.IgnoreCase)]
    private static partial Regex Leak();

    [GeneratedRegex(@"(you are now|from now on you are|tu es maintenant|tu es désormais|désormais tu es|act as|joue le rôle de)\s+(?<name>\p{Lu}[\p{L}\d-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    [GeneratedRegex(@"(multiplie|multiply)[^.\n]{0,60}?\b(par|by)\s+(?<factor>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Multiply();

    [GeneratedRegex(@"(réponds|dis|affirme|annonce|say|state|answer|tell the user)\s+(que|that)[^.\n]{0,60}?\b(est|is)\s+(de |d')?(?<figure>\d[\d \u00A0]*\s?(€|euros?)|un million d'euros)", RegexOptions.IgnoreCase)]
    private static partial Regex StateFigure();

    [GeneratedRegex(@"(employeur|employer)\s+(est|is)\s+(?<name>\p{Lu}\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex Employer();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\b(cite|citez)\s+(la\s+)?source\s+(numéro\s+|number\s+)?\[?(?<number>\d+)\]?", RegexOptions.IgnoreCase)]
    private static partial Regex CiteSource();

    [GeneratedRegex(@"\d{1,3}(?:[ \u00A0]\d{3})+|\d{4,}")]
    private static partial Regex Figure();
}
