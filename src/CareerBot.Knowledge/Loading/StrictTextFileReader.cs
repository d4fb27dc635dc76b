using System.Text;

namespace CareerBot.Knowledge.Loading;

/// <summary>
/// Reads a knowledge file as strict UTF-8 under a size cap. A file over the cap is never read (only its length is
/// looked at, then at most cap + 1 bytes if it grows meanwhile), so a stray 50 MB file cannot blow the memory;
/// invalid bytes are reported with their byte offset and line instead of being silently replaced by U+FFFD.
/// </summary>
internal static class StrictTextFileReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, string displayName, long maxBytes, IssueCollector issues)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > maxBytes)
            {
                issues.Warning(displayName, null, $"file is {stream.Length:N0} bytes, over the {maxBytes:N0}-byte cap: skipped.");
                return null;
            }

            bytes = ReadAtMost(stream, maxBytes);
            if (bytes.Length > maxBytes)
            {
                issues.Warning(displayName, null, $"file grew over the {maxBytes:N0}-byte cap while being read: skipped.");
                return null;
            }
        }
        catch (IOException ex)
        {
            issues.Error(displayName, null, $"cannot be read: {ex.Message}");
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            issues.Error(displayName, null, $"cannot be read: {ex.Message}");
            return null;
        }

        var start = HasBom(bytes) ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(ex.Index, 0);
            issues.Error(displayName, LineAt(bytes, offset),
                $"is not valid UTF-8: invalid byte 0x{bytes[offset]:X2} at byte offset {offset}; save the file as UTF-8. Skipped.");
            return null;
        }
    }

    /// <summary>Reads up to <paramref name="maxBytes"/> + 1 bytes, so that a caller can tell the file was longer.</summary>
    private static byte[] ReadAtMost(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        var limit = maxBytes + 1;
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool HasBom(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    private static int LineAt(byte[] bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }
}
