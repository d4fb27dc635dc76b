using CareerBot.Advisor.Grounding;

namespace CareerBot.Advisor.Tests.Grounding;

public sealed class CitationMentionsTests
{
    [Theory]
    [InlineData("un fait [2].", new[] { 2 })]
    [InlineData("deux faits [1][2].", new[] { 1, 2 })]
    [InlineData("deux faits [1, 2].", new[] { 1, 2 })]
    [InlineData("deux faits [1; 3].", new[] { 1, 3 })]
    [InlineData("trois faits [1-3].", new[] { 1, 2, 3 })]
    [InlineData("un lien [texte](http://x) et [a] ne citent rien.", new int[0])]
    public void Citations_are_read_in_every_form(string text, int[] expected)
    {
        Assert.Equal(expected, CitationMentions.Find(text).SelectMany(c => c.Numbers));
    }

    [Theory]
    [InlineData("Rien [ 1 ] ni [a].", new int[0])]
    [InlineData("Un [2], deux [1] et encore [2].", new[] { 1, 2 })]
    [InlineData("Groupé [3, 1], collé [4][5] et plage [7-8].", new[] { 1, 3, 4, 5, 7, 8 })]
    public void The_cited_numbers_are_each_read_once_in_ascending_order(string text, int[] expected) =>
        Assert.Equal(expected, CitationMentions.Cited(text));

    [Fact]
    public void Blanking_keeps_the_text_length_and_drops_the_markers()
    {
        var text = "45 000 € [1] et [2, 3].";

        var blank = CitationMentions.Blank(text);

        Assert.Equal(text.Length, blank.Length);
        Assert.DoesNotContain('[', blank);
        Assert.StartsWith("45 000 €", blank, StringComparison.Ordinal);
    }
}
