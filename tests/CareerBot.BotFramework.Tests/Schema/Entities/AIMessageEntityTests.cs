using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;

namespace CareerBot.BotFramework.Tests.Schema.Entities;

public class AIMessageEntityTests
{
    // The shape of the example in Teams' "Bot messages with AI-generated content" (AI label and citations).
    private const string TeamsGolden = """
    {
      "type": "https://schema.org/Message",
      "@type": "Message",
      "@context": "https://schema.org",
      "@id": "",
      "additionalType": ["AIGeneratedContent"],
      "citation": [
        {
          "@type": "Claim",
          "position": 1,
          "appearance": {
            "@type": "DigitalDocument",
            "name": "Fiche métier : développeur",
            "abstract": "Le salaire médian d'un développeur débutant est de 35 k€.",
            "url": "https://exemple.fr/fiches/dev"
          }
        },
        {
          "@type": "Claim",
          "position": 2,
          "appearance": { "@type": "DigitalDocument", "name": "Guide interne" }
        }
      ]
    }
    """;

    [Fact]
    public void Serializes_to_the_Teams_shape()
    {
        var entity = AIMessageEntity.Create(
        [
            Citation.Create(2, "Guide interne"),
            Citation.Create(1, "Fiche métier : développeur", "Le salaire médian d'un développeur débutant est de 35 k€.", "https://exemple.fr/fiches/dev"),
        ]);

        JsonAssert.Equivalent(TeamsGolden, BotJson.Serialize(entity.ToEntity()));
    }

    [Fact]
    public void Goes_onto_an_activity_and_reads_back_unchanged()
    {
        var activity = BotJson.Deserialize<Activity>($$"""{"type":"message","text":"x [1]","entities":[{"type":"clientInfo","locale":"fr-FR"},{{TeamsGolden}}]}""")!;

        var message = activity.GetAIMessage()!;

        Assert.Equal([AIMessageEntity.AIGeneratedContent], message.AdditionalType);
        var citations = message.Citation!;
        Assert.Equal([1, 2], citations.Select(c => c.Position));
        Assert.Equal("https://exemple.fr/fiches/dev", citations[0].Appearance!.Url);
        Assert.Null(citations[1].Appearance!.Abstract);
        JsonAssert.Equivalent(TeamsGolden, BotJson.Serialize(message.ToEntity()));
        Assert.Null(activity.GetStreamInfo());
    }

    [Fact]
    public void Fields_it_does_not_model_survive_a_round_trip()
    {
        const string withExtras = """
        {"type":"https://schema.org/Message","@type":"Message","@context":"https://schema.org","@id":"",
         "usageInfo":{"@type":"CreativeWork","name":"Confidential"},
         "citation":[{"@type":"Claim","position":1,"claimInterpreter":{"@type":"Project","slogan":"x"},
           "appearance":{"@type":"DigitalDocument","name":"n","image":{"@type":"ImageObject","name":"PDF"}}}]}
        """;

        var entity = AIMessageEntity.FromEntity(BotJson.Deserialize<Entity>(withExtras)!)!;

        JsonAssert.Equivalent(withExtras, BotJson.Serialize(entity.ToEntity()));
    }

    [Fact]
    public void Keeps_Teams_limits_on_titles_abstracts_and_count()
    {
        var longName = new string('n', 200);
        var longAbstract = "Une ligne\net une autre   " + new string('a', 400);

        var entity = AIMessageEntity.Create(Enumerable.Range(1, 25).Reverse().Select(i => Citation.Create(i, longName, longAbstract)));

        Assert.Equal(CitationLimits.MaxCitations, entity.Citation!.Count);
        Assert.Equal(Enumerable.Range(1, CitationLimits.MaxCitations), entity.Citation.Select(c => c.Position));
        var appearance = entity.Citation[0].Appearance!;
        Assert.Equal(CitationLimits.MaxNameLength, appearance.Name!.Length);
        Assert.EndsWith("…", appearance.Name, StringComparison.Ordinal);
        Assert.Equal(CitationLimits.MaxAbstractLength, appearance.Abstract!.Length);
        Assert.StartsWith("Une ligne et une autre a", appearance.Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_position_keeps_the_first_citation()
    {
        var entity = AIMessageEntity.Create([Citation.Create(1, "first"), Citation.Create(1, "second")]);

        Assert.Equal("first", Assert.Single(entity.Citation!).Appearance!.Name);
    }

    [Fact]
    public void Without_the_AI_label_nor_citations_only_the_message_identity_is_written()
    {
        var json = BotJson.Serialize(AIMessageEntity.Create([], aiGenerated: false).ToEntity());

        JsonAssert.Equivalent("""{"type":"https://schema.org/Message","@type":"Message","@context":"https://schema.org","@id":""}""", json);
    }

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair()
    {
        // 79 letters then an emoji (two UTF-16 units) that the cut would otherwise halve.
        var name = new string('x', 78) + "😀" + "yyyy";

        var appearance = Citation.Create(1, name).Appearance!;

        Assert.True(appearance.Name!.Length <= CitationLimits.MaxNameLength);
        Assert.Equal(new string('x', 78) + "…", appearance.Name);
    }
}
