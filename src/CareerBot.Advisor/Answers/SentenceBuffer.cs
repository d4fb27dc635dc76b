using System.Text;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// Cuts a streamed text into sentences as they complete, so that each can be checked before it is shown. A sentence
/// ends after . ! ? … (with closing quotes or brackets) followed by a space, or at a line break; citation markers
/// after the full stop ("brut. [1]") belong to the sentence before them, so a sentence is not complete until the
/// next non-space character shows whether a citation follows.
/// </summary>
internal sealed class SentenceBuffer
{
    private readonly StringBuilder _pending = new();

    public void Append(string piece) => _pending.Append(piece);

    /// <summary>The sentences completed so far, each with the spaces that follow it, removed from the buffer.</summary>
    public IReadOnlyList<string> TakeComplete()
    {
        var sentences = new List<string>();
        var text = _pending.ToString();
        var start = 0;
        while (start < text.Length && End(text, start) is var end and > 0)
        {
            sentences.Add(text[start..end]);
            start = end;
        }

        _pending.Remove(0, start);
        return sentences;
    }

    /// <summary>What is left once the stream has ended: the last sentence, or an empty string.</summary>
    public string TakeRest()
    {
        var rest = _pending.ToString();
        _pending.Clear();
        return rest;
    }

    /// <summary>The end (exclusive) of the complete sentence that starts at <paramref name="start"/>, or -1.</summary>
    private static int End(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return SkipSpaces(text, i);
            }

            if (text[i] is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var j = i + 1;
            while (j < text.Length && text[j] is '.' or '!' or '?' or '…' or '"' or '”' or '»' or ')' or '*' or '_')
            {
                j++;
            }

            var next = SkipSpaces(text, j);
            if (next == text.Length)
            {
                return -1; // a citation or more of the sentence may still come
            }

            if (text[next] == '[')
            {
                var afterCitations = SkipCitations(text, next);
                if (afterCitations < 0)
                {
                    return -1;
                }

                return SkipSpaces(text, afterCitations) is var end && end < text.Length ? end : -1;
            }

            if (next > j)
            {
                return next;
            }

            // "5.850" or "e.g.": no space after the stop, not the end of a sentence.
        }

        return -1;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Past one or more "[n]" / "[n, m]" markers (spaces between them allowed), or -1 if one is unfinished.</summary>
    private static int SkipCitations(string text, int i)
    {
        while (i < text.Length && text[i] == '[')
        {
            var close = text.IndexOf(']', i);
            if (close < 0)
            {
                return -1;
            }

            i = close + 1;
            var next = SkipSpaces(text, i);
            if (next < text.Length && text[next] == '[')
            {
                i = next;
            }
        }

        return i;
    }
}
