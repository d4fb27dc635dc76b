namespace CareerBot.Knowledge.Tests.Content;

internal enum SourceBlockKind
{
    Heading,
    Paragraph,
    ListItem,
}
