using CareerBot.Advisor.Language;

namespace CareerBot.Advisor.Tests.Language;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("combien gagne un prompt engineer junior ?", "fr")]
    [InlineData("c'est payé combien ce metier", "fr")]
    [InlineData("quelle formation faut il", "fr")]
    [InlineData("c par mois ou par an ??", "fr")]
    [InlineData("Quel est le salaire d’un débutant ?", "fr")]
    [InlineData("How much does a prompt engineer earn in the US?", "en")]
    [InlineData("Is a degree required to become a prompt engineer?", "en")]
    [InlineData("what skills do I need", "en")]
    [InlineData("Which companies hire prompt engineers?", "en")]
    [InlineData("Hello there", "en")]
    [InlineData("thanks!", "en")]
    [InlineData("who are you?", "en")]
    [InlineData("what can you do", "en")]
    [InlineData("bye", "en")]
    [InlineData("Good morning", "en")]
    [InlineData("great, got it", "en")]
    [InlineData("merci", "fr")]
    [InlineData("bonjour, merci beaucoup", "fr")]
    [InlineData("Qui es-tu ?", "fr")]
    public void Tells_french_from_english(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("ok", "en", "en")]
    [InlineData("ok", "fr", "fr")]
    [InlineData("salut", "en", "en")]
    [InlineData("salut", null, "fr")]
    [InlineData("coucou", "en", "en")]
    [InlineData("thx", null, "en")]
    [InlineData("merci", "en", "fr")]
    [InlineData("45 000 €", "en", "en")]
    [InlineData("prompt engineer", null, "fr")]
    [InlineData("", null, "fr")]
    public void A_message_without_a_clear_lead_keeps_the_current_language_or_french(string text, string? current, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text, current));
}
