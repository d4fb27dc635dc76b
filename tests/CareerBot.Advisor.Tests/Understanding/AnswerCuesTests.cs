using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Tests.Understanding;

/// <summary>The detail a message asks for, from the cue lists of <c>Resources/AnswerCues.txt</c>.</summary>
public sealed class AnswerCuesTests
{
    [Theory]
    [InlineData("et c'est où ?", "Place")]
    [InlineData("c ou ?", "Place")]
    [InlineData("where does he work?", "Place")]
    [InlineData("c'était quand ?", "Time")]
    [InlineData("what year?", "Time")]
    [InlineData("c long ça", "Duration")]
    [InlineData("ça dure combien de temps ?", "Duration")]
    [InlineData("how many users does it have?", "Number")]
    [InlineData("et qui l'a écrit ?", "Person")]
    [InlineData("who founded it?", "Person")]
    [InlineData("Which newspaper interviewed him?", "Name")]
    [InlineData("dans quel journal ?", "Name")]
    [InlineData("what company is he with?", "Name")]
    [InlineData("which French companies are hiring?", "None")]
    [InlineData("what kind of tasks would I do?", "None")]
    [InlineData("what is it exactly?", "None")]
    // « ou » that is not the last word means "or"; « qui » further on is a relative.
    [InlineData("en France ou aux États-Unis ?", "None")]
    [InlineData("un profil qui ne code pas, ça marche ?", "None")]
    [InlineData("quelles compétences faut-il ?", "None")]
    [InlineData("and what profile were they after?", "None")]
    public void A_message_asks_the_detail_its_words_ask_for(string message, string expected) =>
        Assert.Equal(Enum.Parse<DetailAsked>(expected), AnswerCues.Detail(Tokens.Of(message)));

    [Theory]
    [InlineData("how many users does it have?", true)]
    [InlineData("il a dit ça où ?", true)]
    [InlineData("how many users does Facebook have?", false)]
    public void A_message_refers_back_with_a_pronoun(string message, bool expected) =>
        Assert.Equal(expected, AnswerCues.RefersBack(Tokens.Of(message)));
}
