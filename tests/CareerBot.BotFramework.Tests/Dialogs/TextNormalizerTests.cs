using CareerBot.BotFramework.Dialogs.Prompts;

namespace CareerBot.BotFramework.Tests.Dialogs;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Déjà  FAIT !", "deja fait")]
    [InlineData("deja fait", "deja fait")]
    [InlineData("Évaluer mon profil", "evaluer mon profil")]
    [InlineData("l’IA, c’est ça", "l'ia c'est ca")]
    [InlineData("Vingt-trois ans", "vingt-trois ans")]
    [InlineData("  Oui, merci.  ", "oui merci")]
    [InlineData("ÇA VA ?", "ca va")]
    [InlineData("naïve façon œuvre", "naive facon œuvre")]
    [InlineData("", "")]
    public void Answers_and_expected_words_come_to_one_form(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
        Assert.Equal(expected, TextNormalizer.Normalize(text)); // the second time may come from memory: same form
    }

    [Fact]
    public void A_long_text_with_accents_is_normalized_like_a_short_one()
    {
        var sentence = string.Concat(Enumerable.Repeat("Était-ce déjà là ? ", 20));

        Assert.Equal(string.Join(' ', Enumerable.Repeat("etait-ce deja la", 20)), TextNormalizer.Normalize(sentence));
    }
}
