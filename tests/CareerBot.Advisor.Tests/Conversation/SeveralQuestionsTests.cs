using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Advisor.Tests.Support;
using CareerBot.Advisor.Understanding;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>A message that asks two things gets both answered, in the order asked, in one reply cited 1..n.</summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class SeveralQuestionsTests(RealKnowledgeFixture knowledge)
{
    [Theory]
    [InlineData("il gagne combien ? et il bosse où ?", new[] { "il gagne combien ?", "et il bosse où ?" })]
    [InlineData("combien on gagne en début de carrière et est-ce qu'on peut bosser de chez soi ?", new[] { "combien on gagne en début de carrière", "et est-ce qu'on peut bosser de chez soi ?" })]
    [InlineData("Where do they work and how much do they earn?", new[] { "Where do they work", "and how much do they earn?" })]
    // A second thing asked after "et" and an article; whether it has a topic of its own is the reading's to say.
    [InlineData("c quoi le code ROME du métier et le niveau d'études demandé ?", new[] { "c quoi le code ROME du métier", "et le niveau d'études demandé ?" })]
    // A tail too short to ask anything alone, and "et" before no question, keep the message whole.
    [InlineData("c'est quoi le salaire ? et toi ?", new[] { "c'est quoi le salaire ? et toi ?" })]
    [InlineData("le salaire en France et aux États-Unis ?", new[] { "le salaire en France et aux États-Unis ?" })]
    public void A_message_is_cut_into_its_questions(string message, string[] parts)
    {
        Assert.Equal(parts, QuestionParts.Of(message));
    }

    [Fact]
    public async Task Two_topics_asked_at_once_are_both_answered_in_the_order_asked_with_citations_one_to_n()
    {
        await using var chat = new AdvisorChat(knowledge.Base, locale: "en-US");

        var reply = (await chat.SendAsync("Where do prompt engineers work and how much do they earn?"))[^1];

        var text = reply.Text!;
        Assert.True(text.IndexOf("Ubisoft", StringComparison.Ordinal) is >= 0 and var employer
            && text.IndexOf("45,000", StringComparison.Ordinal) > employer, text);
        var numbers = Regex.Matches(text, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        var entity = Assert.Single(reply.Entities!, e => e.Type == "https://schema.org/Message");
        Assert.Equal(numbers, entity.Properties!["citation"].EnumerateArray().Select(c => c.GetProperty("position").GetInt32()));
    }

    [Fact]
    public async Task Two_questions_about_one_topic_stay_one_answer()
    {
        await using var chat = new AdvisorChat(knowledge.Base);

        var reply = await chat.TextAsync("quel salaire en France ? et combien aux États-Unis ?");

        // Pay in both countries, in one answer: the two values of the country are compared.
        Assert.Contains("45 000", reply, StringComparison.Ordinal);
        Assert.Contains("$", reply, StringComparison.Ordinal);
    }
}
