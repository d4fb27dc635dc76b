using CareerBot.Advisor.Answers;

namespace CareerBot.Advisor.Tests.Answers;

public sealed class CitationParserTests
{
    [Theory]
    [InlineData("Rien.", new int[0])]
    [InlineData("Un [2], deux [1] et encore [2].", new[] { 1, 2 })]
    [InlineData("Groupé [3, 1] et collé [4][5].", new[] { 1, 3, 4, 5 })]
    [InlineData("Pas une citation : [a] ou [ 1 ].", new int[0])]
    public void Cited_numbers_are_read_once_in_order(string text, int[] numbers) =>
        Assert.Equal(numbers, CitationParser.Numbers(text));
}
