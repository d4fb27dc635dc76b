using CareerBot.Knowledge.Text;

namespace CareerBot.Knowledge.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("merci", "merci", true)]
    [InlineData("mecri", "merci", true)] // two neighbours swapped
    [InlineData("bonjoru", "bonjour", true)]
    [InlineData("salaier", "salaire", true)]
    [InlineData("mrci", "merci", true)] // one letter dropped
    [InlineData("formaton", "formation", true)]
    [InlineData("mercis", "merci", true)] // one added
    [InlineData("merco", "merci", true)] // one changed
    [InlineData("promt", "prompt", true)]
    [InlineData("merde", "merci", false)]
    [InlineData("mcrei", "merci", false)] // a swap over a distance is two typos
    [InlineData("bonjourrr", "bonjour", false)]
    [InlineData("abc", "cab", false)]
    [InlineData("", "a", true)]
    [InlineData("", "", true)]
    public void One_typo_counts_a_swap_of_neighbours_as_one(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.AtMostOne(a, b));
        Assert.Equal(expected, EditDistance.AtMostOne(b, a));
    }
}
