using CareerBot.BotFramework.Dialogs.Prompts;

namespace CareerBot.BotFramework.Tests.Dialogs;

/// <summary>The prompts' recognisers on their own, over the embedded word lists.</summary>
public sealed class PromptRecognizerTests
{
    [Theory]
    [InlineData("oui", "fr", true)]
    [InlineData("Ouais !", "fr", true)]
    [InlineData("OK", "fr", true)]
    [InlineData("d’accord", "fr", true)]
    [InlineData("bien sûr", "fr", true)]
    [InlineData("oui, merci", "fr", true)]
    [InlineData("non", "fr", false)]
    [InlineData("Non merci", "fr", false)]
    [InlineData("absolument pas", "fr", false)]
    [InlineData("yes", "en", true)]
    [InlineData("Yeah", "en", true)]
    [InlineData("no", "en", false)]
    [InlineData("nope", "en", false)]
    [InlineData("yes", "fr", true)]
    [InlineData("non", "en", false)]
    public void Confirm_UnderstandsYesAndNoWords(string text, string language, bool expected)
    {
        var result = ConfirmPrompt.Recognize(text, language);

        Assert.True(result.Succeeded);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("peut-être", "fr")]
    [InlineData("nonobstant", "fr")]
    [InlineData("maybe", "en")]
    [InlineData("", "en")]
    public void Confirm_DoesNotGuess(string text, string language) =>
        Assert.False(ConfirmPrompt.Recognize(text, language).Succeeded);

    [Theory]
    [InlineData("3", "fr", "3")]
    [InlineData("trois", "fr", "3")]
    [InlineData("2,5", "fr", "2.5")]
    [InlineData("2.5", "fr", "2.5")]
    [InlineData("1 200 euros", "fr", "1200")]
    [InlineData("environ 12 ans", "fr", "12")]
    [InlineData("zéro", "fr", "0")]
    [InlineData("dix-sept", "fr", "17")]
    [InlineData("vingt et un", "fr", "21")]
    [InlineData("soixante et onze", "fr", "71")]
    [InlineData("quatre-vingts", "fr", "80")]
    [InlineData("quatre-vingt-dix-neuf ans", "fr", "99")]
    [InlineData("cent", "fr", "100")]
    [InlineData("2.5", "en", "2.5")]
    [InlineData("1,200", "en", "1200")]
    [InlineData("three", "en", "3")]
    [InlineData("twenty-three years", "en", "23")]
    [InlineData("one hundred", "en", "100")]
    [InlineData("-4", "en", "-4")]
    public void Number_UnderstandsDigitsAndWords(string text, string language, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberRecognizer.Recognize(text, language));

    [Theory]
    [InlineData("aucune idée", "fr")]
    [InlineData("many", "en")]
    [InlineData("trois", "en")]
    public void Number_IsNullWithoutANumber(string text, string language) =>
        Assert.Null(NumberRecognizer.Recognize(text, language));

    [Theory]
    [InlineData("Data engineer", 0)]
    [InlineData("DATA ENGINEER", 0)]
    [InlineData("développeur", 1)]
    [InlineData("Developpeur", 1)]
    [InlineData("dev", 1)]
    [InlineData("1", 0)]
    [InlineData("2", 1)]
    [InlineData("  2 ", 1)]
    public void Choice_MatchesValueSynonymOrNumber(string text, int expectedIndex)
    {
        IList<Choice> choices = [new("Data engineer"), new("Développeur", "dev", "codeur")];

        var result = ChoicePrompt.Recognize(text, choices);

        Assert.NotNull(result);
        Assert.Equal(expectedIndex, result.Index);
        Assert.Equal(choices[expectedIndex].Value, result.Value);
    }

    [Fact]
    public void ChoiceRecognizer_AWordOfTwoChoices_SelectsTheFirst()
    {
        var recognizer = new ChoiceRecognizer([new("Menu", "aide"), new("Help", "Aide", "?")], byNumber: false);

        Assert.Equal(new FoundChoice("Menu", 0), recognizer.Recognize("AIDE"));
        Assert.Equal(new FoundChoice("Help", 1), recognizer.Recognize("help"));
        Assert.Null(recognizer.Recognize("2"));
        Assert.Null(recognizer.Recognize("  "));
    }

    [Fact]
    public void ChoiceRecognizer_ByNumber_SelectsByPlace() =>
        Assert.Equal(new FoundChoice("Développeur", 1), new ChoiceRecognizer([new("Data engineer"), new("Développeur")]).Recognize("2"));

    [Fact]
    public void Choice_ReadsThroughTheNoncharacterThatIcuNormalizationRefuses()
    {
        // U+FFFE around "dev" made string.Normalize throw, failing the whole turn (found by the fuzz test).
        var result = ChoicePrompt.Recognize("\uFFFEdev\uFFFE", [new("Data engineer"), new("Développeur", "dev")]);

        Assert.Equal(1, result?.Index);
    }

    [Fact]
    public void Choice_ByNumberOff_IgnoresPlaces() =>
        Assert.Null(ChoicePrompt.Recognize("1", [new("Data engineer"), new("Développeur")], byNumber: false));

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("data")]
    [InlineData("")]
    public void Choice_RejectsAnythingElse(string text) =>
        Assert.Null(ChoicePrompt.Recognize(text, [new("Data engineer"), new("Développeur")]));
}
