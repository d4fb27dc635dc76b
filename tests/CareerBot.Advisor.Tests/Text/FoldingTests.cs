using CareerBot.Advisor.Text;

namespace CareerBot.Advisor.Tests.Text;

public sealed class FoldingTests
{
    [Theory]
    [InlineData("États-Unis", "etats-unis")]
    [InlineData("l’œuvre", "l'oeuvre")]
    [InlineData("ETATS-UNIS", "etats-unis")]
    public void Accents_case_apostrophes_and_ligatures_fold_away(string text, string expected) =>
        Assert.Equal(expected, Folding.Fold(text));

    [Theory]
    [InlineData("profil\uFFFEjunior")]
    [InlineData("profil\uFFFFjunior")]
    public void Noncharacters_that_icu_refuses_are_read_as_spaces(string text) =>
        Assert.Equal("profil junior", Folding.Fold(text));
}
