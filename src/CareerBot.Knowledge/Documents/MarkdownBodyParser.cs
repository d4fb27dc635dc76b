using System.Text;
using System.Text.RegularExpressions;
using CareerBot.Knowledge.Loading;

namespace CareerBot.Knowledge.Documents;

/// <summary>
/// Cuts the body of a source article into paragraphs and list items, each with the heading it falls under. A
/// heading marked <c>{kind=comments}</c> opens a reader-comment section that lasts until the next heading of the
/// same or a higher level, so sub-headings inside it stay comments. A block also records its section: the enclosing
/// heading of level 1 or 2, which groups a "### Bachelor" sub-section with its "## Quelle formation ?" parent.
/// </summary>
internal static partial class MarkdownBodyParser
{
    private const int SectionLevel = 2;

    public static IReadOnlyList<SourceBlock> Parse(IReadOnlyList<string> lines, int startIndex, string file, IssueCollector issues)
    {
        var state = new ParserState(file, issues);
        for (var i = startIndex; i < lines.Count; i++)
        {
            state.Accept(lines[i], i + 1);
        }

        state.Flush();
        return state.Blocks;
    }

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<text>.*?)\s*(\{(?<attrs>[^}]*)\})?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*[-*]\s+(?<text>.*)$")]
    private static partial Regex ListItem();

    private sealed class ParserState(string file, IssueCollector issues)
    {
        private readonly StringBuilder _text = new();
        private BlockKind _kind;
        private int _blockLine;
        private string? _heading;
        private string? _section;
        private int? _commentLevel;

        public List<SourceBlock> Blocks { get; } = [];

        public void Accept(string line, int lineNumber)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                return;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                Flush();
                OpenSection(heading, lineNumber);
                return;
            }

            var item = ListItem().Match(line);
            if (item.Success)
            {
                Flush();
                Start(BlockKind.ListItem, item.Groups["text"].Value, lineNumber);
                return;
            }

            if (_text.Length == 0)
            {
                Start(BlockKind.Paragraph, line, lineNumber);
            }
            else
            {
                // A wrapped line continues the paragraph or list item it follows.
                _text.Append(' ').Append(line.Trim());
            }
        }

        public void Flush()
        {
            if (_text.Length > 0)
            {
                Blocks.Add(new SourceBlock(_kind, _text.ToString(), _heading, _commentLevel is not null, _blockLine) { Section = _section });
                _text.Clear();
            }
        }

        private void Start(BlockKind kind, string text, int lineNumber)
        {
            _kind = kind;
            _blockLine = lineNumber;
            _text.Append(text.Trim());
        }

        private void OpenSection(Match heading, int lineNumber)
        {
            var level = heading.Groups["hashes"].Length;
            if (level > 3)
            {
                issues.Warning(file, lineNumber, $"heading level {level}: only '#', '##' and '###' are expected; kept as a heading.");
            }

            if (_commentLevel is { } commentLevel && level <= commentLevel)
            {
                _commentLevel = null;
            }

            var attributes = heading.Groups["attrs"];
            if (attributes.Success)
            {
                var value = attributes.Value.Replace(" ", string.Empty, StringComparison.Ordinal);
                if (string.Equals(value, "kind=comments", StringComparison.OrdinalIgnoreCase))
                {
                    _commentLevel = level;
                }
                else
                {
                    issues.Warning(file, lineNumber, $"unknown heading attribute '{{{attributes.Value}}}': only '{{kind=comments}}' is understood; ignored.");
                }
            }

            _heading = heading.Groups["text"].Value;
            if (_heading.Length == 0)
            {
                issues.Warning(file, lineNumber, "empty heading.");
                _heading = null;
            }

            if (level <= SectionLevel)
            {
                _section = _heading;
            }
        }
    }
}
