namespace CareerBot.Advisor.Text;

/// <summary>Levenshtein distance, for the one-typo tolerance of question cues ("salaure", "formaton").</summary>
internal static class EditDistance
{
    /// <summary>
    /// One typo at most: one letter added, dropped or changed, or two neighbours swapped. Small talk needs the swap
    /// ("mecri", "bonjoru"), which Levenshtein counts as two edits; the cues keep <see cref="Between"/> unchanged.
    /// </summary>
    public static bool AtMostOneTypo(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false; // two edits at least, without computing the table
        }

        if (Between(a, b) <= 1)
        {
            return true;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        var first = 0;
        while (a[first] == b[first])
        {
            first++;
        }

        return first + 1 < a.Length
            && a[first] == b[first + 1]
            && a[first + 1] == b[first]
            && a[(first + 2)..].SequenceEqual(b[(first + 2)..]);
    }

    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
