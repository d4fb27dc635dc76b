using System.Text;
using CareerBot.Knowledge.Documents;

namespace CareerBot.Knowledge.Chunking;

/// <summary>
/// Cuts source articles into passages. A paragraph is one passage; consecutive short list items of the same section
/// are merged (a single item rarely answers a question on its own, and a few together keep their shared context);
/// a very long paragraph is split at sentence boundaries so that a hit points at the part that matters.
/// </summary>
public static class PassageChunker
{
    /// <summary>Consecutive list items are merged while the passage stays under this many characters.</summary>
    public const int MergeListItemsUpTo = 600;

    /// <summary>A paragraph longer than this is split at sentence boundaries into pieces of about <see cref="TargetPieceLength"/>.</summary>
    public const int SplitParagraphsOver = 1000;

    public const int TargetPieceLength = 600;

    public static IReadOnlyList<Passage> Chunk(IEnumerable<SourceDocument> documents) =>
        documents.SelectMany(Chunk).ToList();

    public static IReadOnlyList<Passage> Chunk(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var texts = new List<(SourceBlock Block, string Text)>();
        var blocks = document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.ListItem)
            {
                var run = new StringBuilder("- ").Append(block.Text);
                while (i + 1 < blocks.Count && CanMerge(block, blocks[i + 1], run.Length))
                {
                    run.Append("\n- ").Append(blocks[++i].Text);
                }

                texts.Add((block, run.ToString()));
            }
            else
            {
                texts.AddRange(SplitLong(block.Text).Select(piece => (block, piece)));
            }
        }

        return texts
            .Select((t, n) => new Passage(
                $"{document.Id}#{n + 1}",
                document.Id,
                document.Title,
                t.Block.Heading,
                t.Block.IsComment ? PassageKind.Comment : PassageKind.Article,
                t.Text) { Section = t.Block.Section })
            .ToList();
    }

    private static bool CanMerge(SourceBlock first, SourceBlock next, int length) =>
        next.Kind == BlockKind.ListItem
        && next.Heading == first.Heading
        && next.Section == first.Section
        && next.IsComment == first.IsComment
        && length + 3 + next.Text.Length <= MergeListItemsUpTo;

    private static IEnumerable<string> SplitLong(string text)
    {
        if (text.Length <= SplitParagraphsOver)
        {
            yield return text;
            yield break;
        }

        // Aim at equal pieces rather than a full first piece and a stub at the end.
        var pieces = (int)Math.Ceiling(text.Length / (double)TargetPieceLength);
        var target = text.Length / pieces;
        var current = new StringBuilder();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (current.Length > 0 && current.Length + sentence.Length > target)
            {
                yield return current.ToString();
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(sentence);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
