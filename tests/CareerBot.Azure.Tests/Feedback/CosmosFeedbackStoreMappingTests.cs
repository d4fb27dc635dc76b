using System.Net;
using System.Text;
using System.Text.Json;
using CareerBot.Advisor.Feedback;
using CareerBot.Azure.Feedback;
using CareerBot.Azure.State;
using Microsoft.Azure.Cosmos;
using Moq;
using static CareerBot.Advisor.Tests.Feedback.FeedbackSamples;

namespace CareerBot.Azure.Tests.Feedback;

/// <summary><see cref="CosmosFeedbackStore"/>'s requests and the mapping of the answers, over a mocked <see cref="Container"/>.</summary>
public sealed class CosmosFeedbackStoreMappingTests
{
    private readonly Mock<Container> _container = new(MockBehavior.Strict);

    private CosmosFeedbackStore Store => new(new CosmosContainerProvider(_container.Object));

    [Fact]
    public async Task Save_upserts_the_escaped_id_the_ticks_and_the_record_which_Find_reads_back()
    {
        string? body = null;
        _container.Setup(c => c.UpsertItemStreamAsync(It.IsAny<Stream>(), new PartitionKey("r*2F1"), null, It.IsAny<CancellationToken>()))
            .Callback((Stream s, PartitionKey _, ItemRequestOptions _, CancellationToken _) => body = new StreamReader(s).ReadToEnd())
            .ReturnsAsync(new ResponseMessage(HttpStatusCode.Created));
        var rating = Rating("r/1", Noon, FeedbackReaction.Dislike, "trop vague");

        await Store.SaveAsync(rating);

        using var sent = JsonDocument.Parse(body!);
        Assert.Equal("r*2F1", sent.RootElement.GetProperty("id").GetString());
        Assert.Equal(Noon.UtcTicks, sent.RootElement.GetProperty("ticks").GetInt64());
        _container.Setup(c => c.ReadItemStreamAsync("r*2F1", new PartitionKey("r*2F1"), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResponseMessage(HttpStatusCode.OK) { Content = new MemoryStream(Encoding.UTF8.GetBytes(body!)) });
        var found = await Store.FindAsync("r/1");
        Assert.Equal(rating with { Sources = found!.Sources }, found);
        Assert.Equal(rating.Sources, found.Sources);
    }

    [Fact]
    public async Task Find_maps_404_to_null()
    {
        _container.Setup(c => c.ReadItemStreamAsync("none", new PartitionKey("none"), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResponseMessage(HttpStatusCode.NotFound));

        Assert.Null(await Store.FindAsync("none"));
    }

    [Fact]
    public async Task Read_queries_from_the_date_and_returns_every_page_oldest_first_ties_by_id()
    {
        QueryDefinition? query = null;
        var pages = new Queue<FeedbackRecord[]>([[Rating("b", Noon), Rating("c", Noon.AddMinutes(1))], [Rating("a", Noon)]]);
        var iterator = new Mock<FeedIterator>();
        iterator.SetupGet(i => i.HasMoreResults).Returns(() => pages.Count > 0);
        iterator.Setup(i => i.ReadNextAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() => Page(pages.Dequeue()));
        _container.Setup(c => c.GetItemQueryStreamIterator(It.IsAny<QueryDefinition>(), null, null))
            .Callback((QueryDefinition q, string _, QueryRequestOptions _) => query = q)
            .Returns(iterator.Object);

        var ids = new List<string>();
        await foreach (var record in Store.ReadAsync(Noon))
        {
            ids.Add(record.Id);
        }

        Assert.Equal(["a", "b", "c"], ids);
        Assert.Contains("c.ticks >= @since", query!.QueryText, StringComparison.Ordinal);
        Assert.Equal(Noon.UtcTicks, query.GetQueryParameters().Single(p => p.Name == "@since").Value);
    }

    private static ResponseMessage Page(FeedbackRecord[] records)
    {
        var json = JsonSerializer.Serialize(new { Documents = records.Select(r => new { record = JsonSerializer.SerializeToElement(r, FeedbackJson.Options) }) });
        return new ResponseMessage(HttpStatusCode.OK) { Content = new MemoryStream(Encoding.UTF8.GetBytes(json)) };
    }
}
