using System.Collections.Concurrent;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;

namespace CareerBot.BotFramework.Tests.State;

/// <summary>
/// A storm of read-modify-write loops on one key: every worker (one per store given, stores on the same data being
/// what separate processes see) adds 1 to a counter a number of times, reading it, writing it back with the eTag
/// read, and on <see cref="StorageConcurrencyException"/> reading again. It records what a lost write or a false
/// conflict would leave behind, for <see cref="Result"/> to judge.
/// </summary>
public static class ConflictStorm
{
    private const int MaxAttemptsPerIncrement = 1000;

    /// <summary>The stored document: the counter, and who wrote it.</summary>
    private sealed record Tally(int Count, string Writer);

    /// <summary>
    /// What the storm saw. <see cref="WrittenValues"/> are the counter values of the successful writes: with no lost
    /// write they are 1…N, each once (two writes from the same read would both write the same value, and one would be
    /// lost). <see cref="FalseConflicts"/> are conflicts where the item still had the eTag that was sent: the store
    /// refused a write that nobody had overtaken.
    /// </summary>
    public sealed record Result(int Successes, int Conflicts, int Final, IReadOnlyList<int> WrittenValues, IReadOnlyList<string> FalseConflicts);

    public static async Task<Result> RunAsync(IStorage[] stores, string key, int incrementsPerWorker)
    {
        await stores[0].WriteAsync(new Dictionary<string, StoreItem> { [key] = new(BotJson.ToElement(new Tally(0, "seed"))) });
        var written = new ConcurrentBag<int>();
        var falseConflicts = new ConcurrentBag<string>();
        var conflicts = 0;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var workers = stores.Select((store, worker) => Task.Run(async () =>
        {
            var random = new Random(worker);
            await start.Task;
            for (var i = 0; i < incrementsPerWorker; i++)
            {
                for (var attempt = 1; ; attempt++)
                {
                    if (attempt > MaxAttemptsPerIncrement)
                    {
                        throw new InvalidOperationException($"worker {worker}: an increment never got through");
                    }

                    var current = (await store.ReadAsync([key]))[key];
                    var next = current.Document.Deserialize<Tally>(BotJson.Options)!.Count + 1;
                    // A turn works between loading its state and saving it: that is when others overtake it.
                    await Task.Delay(random.Next(0, 3));
                    try
                    {
                        await store.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(BotJson.ToElement(new Tally(next, $"w{worker}")), current.ETag) });
                        written.Add(next);
                        break;
                    }
                    catch (StorageConcurrencyException)
                    {
                        Interlocked.Increment(ref conflicts);
                        // A real conflict means someone wrote since our read: the eTag must have moved.
                        var now = (await store.ReadAsync([key]))[key];
                        if (now.ETag == current.ETag)
                        {
                            falseConflicts.Add($"worker {worker} refused with the current eTag {current.ETag}");
                        }
                    }
                }
            }
        })).ToArray();
        start.SetResult();
        await Task.WhenAll(workers);

        var final = (await stores[^1].ReadAsync([key]))[key].Document.Deserialize<Tally>(BotJson.Options)!.Count;
        return new Result(written.Count, conflicts, final, [.. written.Order()], [.. falseConflicts]);
    }

    /// <summary>No write was lost and no conflict was false; the storm did collide (otherwise it proved nothing).</summary>
    public static void AssertNoLostWrite(Result result, int expectedWrites)
    {
        Assert.Equal(expectedWrites, result.Successes);
        Assert.Equal(Enumerable.Range(1, expectedWrites), result.WrittenValues);
        Assert.Equal(result.Successes, result.Final);
        Assert.Empty(result.FalseConflicts);
        Assert.True(result.Conflicts > 0, "the workers never collided: the storm tested nothing");
    }
}
