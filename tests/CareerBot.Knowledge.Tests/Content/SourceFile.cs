using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Tests.Content;

/// <summary>
/// A plain reading of a <c>knowledge/sources/&lt;id&gt;.md</c> file as knowledge/README.md describes it, written
/// independently of the Knowledge library so that the content is checked against the spec, not against the loader.
/// </summary>
internal sealed partial class SourceFile
{
    private const string Fence = "---";

    private SourceFile(string path, string text, IReadOnlyDictionary<string, string> frontMatter, IReadOnlyList<SourceBlock> blocks, IReadOnlyList<string> errors)
    {
        Path = path;
        Text = text;
        FrontMatter = frontMatter;
        Blocks = blocks;
        Errors = errors;
    }

    public string Path { get; }

    public string Id => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The whole file as read.</summary>
    public string Text { get; }

    public IReadOnlyDictionary<string, string> FrontMatter { get; }

    public IReadOnlyList<SourceBlock> Blocks { get; }

    /// <summary>Format errors, each with the file name and line.</summary>
    public IReadOnlyList<string> Errors { get; }

    public static SourceFile Load(string path) => Parse(path, File.ReadAllText(path, ContentText.StrictUtf8));

    public static SourceFile Parse(string path, string text)
    {
        var name = System.IO.Path.GetFileName(path);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var errors = new List<string>();
        var frontMatter = new Dictionary<string, string>(StringComparer.Ordinal);

        var bodyStart = 0;
        if (lines.Length == 0 || lines[0] != Fence)
        {
            errors.Add($"{name}:1: the file does not start with a '---' front matter block");
        }
        else
        {
            var end = Array.IndexOf(lines, Fence, 1);
            if (end < 0)
            {
                errors.Add($"{name}:1: the front matter block is not closed by '---'");
                end = lines.Length;
            }

            for (var i = 1; i < end; i++)
            {
                if (string.IsNullOrWhiteSpace(lines[i]))
                {
                    continue;
                }

                // "key: value", split at the first colon: values such as titles contain " : " themselves.
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    errors.Add($"{name}:{i + 1}: front matter line is not 'key: value'");
                    continue;
                }

                var key = lines[i][..colon].Trim();
                if (!frontMatter.TryAdd(key, lines[i][(colon + 1)..].Trim()))
                {
                    errors.Add($"{name}:{i + 1}: front matter key '{key}' is repeated");
                }
            }

            bodyStart = end + 1;
        }

        return new SourceFile(path, text, frontMatter, ReadBlocks(lines, bodyStart), errors);
    }

    private static List<SourceBlock> ReadBlocks(string[] lines, int start)
    {
        var blocks = new List<SourceBlock>();
        var paragraph = new List<string>();
        var paragraphLine = 0;
        int? commentsLevel = null;

        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new SourceBlock(SourceBlockKind.Paragraph, string.Join('\n', paragraph), paragraphLine, commentsLevel is not null));
                paragraph.Clear();
            }
        }

        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            var heading = HeadingLine().Match(line);
            if (heading.Success)
            {
                FlushParagraph();
                var level = heading.Groups["hashes"].Length;
                if (commentsLevel is { } open && level <= open)
                {
                    commentsLevel = null;
                }

                var isComments = heading.Groups["kind"].Value == "comments";
                blocks.Add(new SourceBlock(SourceBlockKind.Heading, heading.Groups["text"].Value.Trim(), i + 1, commentsLevel is not null));
                if (isComments)
                {
                    commentsLevel = level;
                }
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                FlushParagraph();
                blocks.Add(new SourceBlock(SourceBlockKind.ListItem, line[2..], i + 1, commentsLevel is not null));
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                FlushParagraph();
            }
            else
            {
                if (paragraph.Count == 0)
                {
                    paragraphLine = i + 1;
                }

                paragraph.Add(line);
            }
        }

        FlushParagraph();
        return blocks;
    }

    [GeneratedRegex(@"^(?<hashes>#{1,3}) (?<text>.*?)(?:\s*\{kind=(?<kind>\w+)\})?\s*$")]
    private static partial Regex HeadingLine();
}
