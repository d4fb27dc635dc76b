using System.Text;

namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>Shortens texts to a channel's limit, visibly (an ellipsis) and without splitting a character.</summary>
internal static class TextTruncation
{
    private const string Ellipsis = "…";

    /// <summary>
    /// Collapses runs of white space (line breaks included) into one space, then cuts to
    /// <paramref name="maxLength"/> UTF-16 units, the ellipsis included. Units, because they are never fewer than the
    /// characters a channel counts.
    /// </summary>
    public static string ToSingleLine(string value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var collapsed = CollapseWhiteSpace(value);
        if (collapsed.Length <= maxLength)
        {
            return collapsed;
        }

        var cut = maxLength - Ellipsis.Length;
        if (cut > 0 && char.IsHighSurrogate(collapsed[cut - 1]))
        {
            cut--;
        }

        return collapsed[..cut].TrimEnd() + Ellipsis;
    }

    private static string CollapseWhiteSpace(string value)
    {
        // Most texts (titles, quotes collapsed once per knowledge load) are already on one line: return them as they
        // are instead of copying them, which every cited answer did twice per source (entity and Markdown).
        if (IsCollapsed(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>True when collapsing would change nothing: no white space at either end, and only single plain spaces within.</summary>
    private static bool IsCollapsed(string value)
    {
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            return false;
        }

        for (var i = 1; i < value.Length - 1; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || value[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}
