using CareerBot.BotFramework.Builder;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Builder;

public class ConversationLockMiddlewareTests
{
    [Fact]
    public async Task Turns_of_one_conversation_never_overlap()
    {
        using var lockMiddleware = new ConversationLockMiddleware();
        var adapter = new RecordingAdapter();
        adapter.Use(lockMiddleware);
        var inside = 0;
        var maxInside = 0;

        async Task Turn(ITurnContext context, CancellationToken ct)
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref maxInside, now);
            await Task.Delay(5, ct);
            Interlocked.Decrement(ref inside);
        }

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => adapter.ProcessAsync(RecordingAdapter.Message("x", "same"), Turn))));

        Assert.Equal(1, maxInside);
    }

    [Fact]
    public async Task Different_conversations_run_in_parallel()
    {
        using var lockMiddleware = new ConversationLockMiddleware();
        var adapter = new RecordingAdapter();
        adapter.Use(lockMiddleware);
        var firstEntered = new TaskCompletionSource();
        var release = new TaskCompletionSource();

        var first = adapter.ProcessAsync(RecordingAdapter.Message("x", "conversation-a"), async (_, _) =>
        {
            firstEntered.SetResult();
            await release.Task;
        });
        await firstEntered.Task;

        // While conversation A is still inside its turn, conversation B must get through.
        var secondRan = false;
        await adapter.ProcessAsync(RecordingAdapter.Message("x", "conversation-b"), (_, _) =>
        {
            secondRan = true;
            return Task.CompletedTask;
        }).WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult();
        await first;

        Assert.True(secondRan);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
