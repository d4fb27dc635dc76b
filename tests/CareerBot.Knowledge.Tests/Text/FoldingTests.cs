using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Text;

namespace CareerBot.Knowledge.Tests.Text;

public sealed class FoldingTests
{
    [Theory]
    [InlineData("États-Unis", "etats-unis")]
    [InlineData("l’œuvre", "l'oeuvre")]
    [InlineData("ETATS-UNIS", "etats-unis")]
    [InlineData("ÆON", "aeon")]
    [InlineData("e\u0301te\u0301", "ete")] // already decomposed
    public void Accents_case_apostrophes_and_ligatures_fold_away(string text, string expected) =>
        Assert.Equal(expected, Folding.Fold(text));

    [Theory]
    [InlineData("l’IA")]
    [InlineData("l‘IA")]
    [InlineData("lʼIA")]
    [InlineData("l`IA")]
    [InlineData("l´IA")]
    public void Every_typographic_apostrophe_is_a_plain_one(string text) =>
        Assert.Equal("l'ia", Folding.Fold(text));

    [Theory]
    [InlineData("profil\uFFFEjunior")]
    [InlineData("profil\uFFFFjunior")]
    public void Noncharacters_that_icu_refuses_are_read_as_spaces(string text) =>
        Assert.Equal("profil junior", Folding.Fold(text));

    [Theory]
    [InlineData("Straße", "strasse")]
    [InlineData("Søren", "soren")]
    [InlineData("Łódź", "lodz")]
    [InlineData("ǆ", "dz")]
    public void Letters_without_a_decomposition_fold_as_the_analyzer_folds_them(string text, string expected) =>
        Assert.Equal(expected, Folding.Fold(text));

    [Fact]
    public void Marks_of_other_scripts_fold_away_too() =>
        Assert.Equal("αθηνα", Folding.Fold("Αθήνα"));

    [Theory]
    [InlineData("rémunération")]
    [InlineData("Œuvre")]
    [InlineData("Straße")]
    [InlineData("Ingénieur")]
    public void A_folded_word_is_the_unstemmed_term_of_the_index(string word)
    {
        // The stop words are folded here and compared with the analyzer's tokens: both foldings must agree.
        using var analyzer = FrenchTextAnalyzer.Unstemmed();

        Assert.Equal([Folding.Fold(word)], analyzer.Terms(word));
    }

    [Fact]
    public void Whitespace_of_every_kind_collapses_to_one_space() =>
        Assert.Equal("45 000 € brut", Folding.CollapseWhitespace(" 45\u00A0000\u202F€\n\tbrut "));
}
