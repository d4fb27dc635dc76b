using System.Globalization;
using System.Text;

namespace CareerBot.Azure.State;

/// <summary>
/// Turns an <see cref="CareerBot.BotFramework.State.IStorage"/> key into a Blob name or a Cosmos DB id, and back.
/// Bot state keys hold <c>/</c> (channel/conversations/id) and may hold <c>#</c>, <c>?</c> or <c>\</c>: Cosmos
/// refuses those in ids and Blob names treat them as folders or URL syntax. Each of them, the escape character
/// <c>*</c> itself and a final <c>.</c> (Blob names must not end with one) becomes <c>*</c> and two hex digits,
/// so the mapping is one-to-one and reversible.
/// </summary>
public static class StorageKeyEscape
{
    private const char Escape = '*';

    public static string EscapeKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var builder = new StringBuilder(key.Length + 8);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            var last = i == key.Length - 1;
            if (c is Escape or '/' or '\\' or '?' or '#' || (last && c == '.'))
            {
                builder.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string UnescapeKey(string escaped)
    {
        ArgumentException.ThrowIfNullOrEmpty(escaped);
        var builder = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] != Escape)
            {
                builder.Append(escaped[i]);
                continue;
            }

            if (i + 2 >= escaped.Length)
            {
                throw new FormatException($"'{escaped}' ends inside an escape sequence.");
            }

            builder.Append((char)int.Parse(escaped.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            i += 2;
        }

        return builder.ToString();
    }
}
