namespace CareerBot.Knowledge.Text;

/// <summary>
/// The one typo rule of the project, for plain strings: Damerau–Levenshtein distance of at most one (one letter
/// added, dropped or changed, or two neighbours swapped), the rule of the index's fuzzy queries. The swap counts as
/// one typo because it is the commonest slip of a keyboard ("mecri", "bonjoru", "salaier"), which plain Levenshtein
/// would count as two.
/// </summary>
public static class EditDistance
{
    public static bool AtMostOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false; // two edits at least
        }

        var prefix = a.CommonPrefixLength(b);
        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        // After the first difference, the rest must be equal once one edit is undone there.
        var restA = a[prefix..];
        var restB = b[prefix..];
        return a.Length.CompareTo(b.Length) switch
        {
            > 0 => restA[1..].SequenceEqual(restB),
            < 0 => restA.SequenceEqual(restB[1..]),
            _ => restA[1..].SequenceEqual(restB[1..])
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..])),
        };
    }
}
