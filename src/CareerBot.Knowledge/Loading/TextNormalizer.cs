using System.Text;

namespace CareerBot.Knowledge.Loading;

/// <summary>Whitespace handling shared by validation and evaluation (French text uses NBSP and narrow NBSP).</summary>
internal static class TextNormalizer
{
    /// <summary>Every run of whitespace of any kind becomes one plain space.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }

            inSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Removes whitespace of every kind: "5 850" (with NBSP or U+202F) and "5850" become equal.</summary>
    public static string RemoveWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !char.IsWhiteSpace(c)))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }
}
