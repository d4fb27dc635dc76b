using System.Globalization;

namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Recognises the answer to a list of <see cref="Choice"/>s as <see cref="ChoicePrompt.Recognize"/> says: the choice's
/// value or a synonym, whatever the case and accents, the first choice winning when several share a word; or, when
/// <c>byNumber</c>, its place in the list. The words are normalized once, when it is built, so a list read on every
/// turn (a bot's commands) costs one normalization of the answer and a lookup.
/// </summary>
public sealed class ChoiceRecognizer
{
    private readonly Dictionary<string, int> _choiceByWord = new(StringComparer.Ordinal);
    private readonly string[] _values;
    private readonly bool _byNumber;

    /// <param name="choices">The choices, as they are now: later changes to them are not seen.</param>
    /// <param name="byNumber">Whether « 2 » selects the second choice.</param>
    public ChoiceRecognizer(IEnumerable<Choice> choices, bool byNumber = true)
    {
        ArgumentNullException.ThrowIfNull(choices);
        _values = [.. choices.Select(choice => choice.Value)];
        var index = 0;
        foreach (var choice in choices)
        {
            foreach (var word in (choice.Synonyms ?? []).Prepend(choice.Value))
            {
                _choiceByWord.TryAdd(TextNormalizer.Normalize(word), index);
            }

            index++;
        }

        _byNumber = byNumber;
    }

    /// <summary>The choice <paramref name="text"/> selects, or null.</summary>
    public FoundChoice? Recognize(string? text)
    {
        var answer = TextNormalizer.Normalize(text);
        if (answer.Length == 0)
        {
            return null;
        }

        if (_choiceByWord.TryGetValue(answer, out var index))
        {
            return new FoundChoice(_values[index], index);
        }

        return _byNumber && int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= _values.Length
            ? new FoundChoice(_values[number - 1], number - 1)
            : null;
    }
}
