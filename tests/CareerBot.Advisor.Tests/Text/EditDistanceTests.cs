using CareerBot.Advisor.Text;

namespace CareerBot.Advisor.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("merci", "merci", true)]
    [InlineData("mecri", "merci", true)] // two neighbours swapped
    [InlineData("bonjoru", "bonjour", true)]
    [InlineData("mrci", "merci", true)] // one letter dropped
    [InlineData("mercis", "merci", true)] // one added
    [InlineData("merco", "merci", true)] // one changed
    [InlineData("merde", "merci", false)]
    [InlineData("mcrei", "merci", false)] // a swap over a distance is two typos
    [InlineData("bonjourrr", "bonjour", false)]
    [InlineData("", "a", true)]
    public void One_typo_counts_a_swap_of_neighbours_as_one(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.AtMostOneTypo(a, b));
        Assert.Equal(expected, EditDistance.AtMostOneTypo(b, a));
    }
}
