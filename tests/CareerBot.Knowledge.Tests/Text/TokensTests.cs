using CareerBot.Knowledge.Text;

namespace CareerBot.Knowledge.Tests.Text;

public sealed class TokensTests
{
    [Fact]
    public void Apostrophes_hyphens_and_plus_signs_separate_words() =>
        Assert.Equal(["offre", "d", "emploi", "aux", "etats", "unis", "bac", "5"], Tokens.FoldedWords("Offre d’emploi aux États-Unis, Bac+5 !"));

    [Fact]
    public void A_token_keeps_its_spelling_beside_its_folded_form() =>
        Assert.Equal([new Token("US", "us"), new Token("Été", "ete")], Tokens.Of("US : Été"));

    [Fact]
    public void The_flat_form_joins_the_folded_words_by_single_spaces() =>
        Assert.Equal("combien gagne t on", Tokens.Flat("Combien  gagne-t-on ?"));
}
