using CareerBot.Advisor.Conversation.Roadmaps;
using CareerBot.BotFramework.Schema;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>A roadmap lives in the user's state: the typed level must read what earlier versions stored.</summary>
public sealed class RoadmapStateTests
{
    [Theory]
    [InlineData("junior", CareerLevel.Junior)]
    [InlineData("senior", CareerLevel.Senior)]
    [InlineData("Senior", CareerLevel.Senior)]
    public void A_stored_level_reads_as_its_typed_level(string stored, CareerLevel expected)
    {
        var roadmap = BotJson.Deserialize<Roadmap>($$"""{ "level": "{{stored}}", "sections": [] }""");

        Assert.Equal(expected, roadmap!.Level);
    }

    [Fact]
    public void A_level_round_trips_through_the_state_json()
    {
        var json = BotJson.Serialize(new Roadmap { Level = CareerLevel.Senior });

        Assert.Equal(CareerLevel.Senior, BotJson.Deserialize<Roadmap>(json)!.Level);
    }
}
