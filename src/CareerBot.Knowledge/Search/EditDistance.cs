namespace CareerBot.Knowledge.Search;

/// <summary>The same typo rule as the fuzzy queries (Damerau–Levenshtein distance of at most one), for plain strings.</summary>
internal static class EditDistance
{
    public static bool AtMostOne(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        var restA = a.AsSpan(prefix);
        var restB = b.AsSpan(prefix);
        return (a.Length == b.Length && (restA[1..].SequenceEqual(restB[1..])
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]))))
            || (a.Length > b.Length && restA[1..].SequenceEqual(restB))
            || (b.Length > a.Length && restA.SequenceEqual(restB[1..]));
    }
}
