using CareerBot.BotFramework.Dialogs.Prompts;

namespace CareerBot.BotFramework.Tests.Dialogs;

/// <summary>The choice prompt's recogniser on its own.</summary>
public sealed class ChoiceRecognizerTests
{
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
