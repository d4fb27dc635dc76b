using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CareerBot.Knowledge.Loading;

namespace CareerBot.Knowledge.Indexing;

/// <summary>
/// Names an index by what it was built from: the bytes of every file of <c>sources/</c> (streamed, never loaded
/// whole; a file over the size cap counts by its length only, since it is skipped anyway), the index format and the
/// embedding model. Equal fingerprints mean an existing index can be reused; facts.json and synonyms.txt are read at
/// every load and are not part of it.
/// </summary>
internal static class KnowledgeFingerprint
{
    /// <summary>Bump when chunking, analysis or the stored fields change, so that old indexes are rebuilt.</summary>
    private const string FormatVersion = "careerbot-index-4";

    public static string Compute(string folder, long maxFileBytes, string embeddingIdentity)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, FormatVersion);
        Append(hash, embeddingIdentity);
        var buffer = new byte[81920];
        foreach (var path in KnowledgeFolderLayout.SourceFiles(folder))
        {
            Append(hash, KnowledgeFolderLayout.DisplayName(folder, path));
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                Append(hash, stream.Length.ToString(CultureInfo.InvariantCulture));
                if (stream.Length <= maxFileBytes)
                {
                    int read;
                    while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        hash.AppendData(buffer, 0, read);
                    }
                }
            }
            catch (IOException)
            {
                // Unreadable now (being written): the loader reports it, and the watcher's next event gives a new fingerprint.
                Append(hash, "unreadable");
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    private static void Append(IncrementalHash hash, string value)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(value));
        hash.AppendData([0]);
    }
}
