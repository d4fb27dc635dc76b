using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Documents;

namespace CareerBot.Knowledge.Tests.Chunking;

public sealed class PassageChunkerTests
{
    [Fact]
    public void Paragraphs_become_passages_with_source_heading_kind_and_numbered_ids()
    {
        var document = Document(
            new SourceBlock(BlockKind.Paragraph, "Intro.", null, false, 1),
            new SourceBlock(BlockKind.Paragraph, "Le rôle.", "Rôle", false, 3) { Section = "Rôle" },
            new SourceBlock(BlockKind.Paragraph, "Alice J'adore.", "Commentaires", true, 5) { Section = "Commentaires" });

        var passages = PassageChunker.Chunk(document);

        Assert.Equal(
            [
                new Passage("doc#1", "doc", "Titre", null, PassageKind.Article, "Intro."),
                new Passage("doc#2", "doc", "Titre", "Rôle", PassageKind.Article, "Le rôle.") { Section = "Rôle" },
                new Passage("doc#3", "doc", "Titre", "Commentaires", PassageKind.Comment, "Alice J'adore.") { Section = "Commentaires" },
            ],
            passages);
    }

    [Fact]
    public void Consecutive_short_list_items_of_a_section_merge_up_to_the_limit()
    {
        var item = new string('x', 250);
        var document = Document(
            new SourceBlock(BlockKind.ListItem, "a " + item, "Liste", false, 1),
            new SourceBlock(BlockKind.ListItem, "b " + item, "Liste", false, 2),
            new SourceBlock(BlockKind.ListItem, "c " + item, "Liste", false, 3),
            new SourceBlock(BlockKind.ListItem, "d court", "Autre", false, 5),
            new SourceBlock(BlockKind.Paragraph, "Paragraphe.", "Autre", false, 6),
            new SourceBlock(BlockKind.ListItem, "e court", "Autre", false, 7));

        var passages = PassageChunker.Chunk(document);

        Assert.Equal(
            [$"- a {item}\n- b {item}", $"- c {item}", "- d court", "Paragraphe.", "- e court"],
            passages.Select(p => p.Text));
        Assert.All(passages, p => Assert.True(p.Text.Length <= PassageChunker.MergeListItemsUpTo));
    }

    [Fact]
    public void A_very_long_paragraph_is_split_at_sentence_boundaries_without_losing_text()
    {
        var sentences = Enumerable.Range(1, 30).Select(i => $"Phrase numéro {i} qui parle du métier de prompt engineer.").ToList();
        var paragraph = string.Join(" ", sentences);
        var document = Document(new SourceBlock(BlockKind.Paragraph, paragraph, "Long", false, 1));

        var passages = PassageChunker.Chunk(document);

        Assert.True(passages.Count >= 3, $"{passages.Count} pieces");
        Assert.All(passages, p => Assert.EndsWith(".", p.Text, StringComparison.Ordinal));
        Assert.All(passages, p => Assert.True(p.Text.Length <= PassageChunker.TargetPieceLength));
        Assert.Equal(paragraph, string.Join(" ", passages.Select(p => p.Text)));
        Assert.Equal(Enumerable.Range(1, passages.Count).Select(n => $"doc#{n}"), passages.Select(p => p.Id));
    }

    [Fact]
    public void Sentences_end_at_terminal_punctuation_before_a_capital_quote_or_digit()
    {
        Assert.Equal(
            ["Il gagne 5 850 €.", "« C'est bien » dit-il !", "3 ans plus tard… tout change ?", "Oui."],
            CareerBot.Knowledge.Chunking.SentenceSplitter.Split("Il gagne 5 850 €. « C'est bien » dit-il ! 3 ans plus tard… tout change ? Oui."));
    }

    private static SourceDocument Document(params SourceBlock[] blocks) =>
        new("doc", "Titre", "fr", new Dictionary<string, string>(), blocks) { File = "sources/doc.md" };
}
