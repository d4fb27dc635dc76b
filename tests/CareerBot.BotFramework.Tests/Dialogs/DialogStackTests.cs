using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Dialogs;
using CareerBot.BotFramework.Dialogs.Prompts;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Dialogs;

/// <summary>The stack operations: cancel, replace, nested components, interruptions.</summary>
public sealed class DialogStackTests
{
    /// <summary>Records how dialogs end, to see that cancelling reaches the inner ones.</summary>
    private sealed class EndRecordingPrompt(string id, List<string> ends) : Prompt<string>(id)
    {
        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            ends.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }

        protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken) =>
            Task.FromResult(new PromptRecognizerResult<string>(true, turnContext.Activity.Text));
    }

    /// <summary>A component that answers « aide » itself, then lets the interrupted step ask again.</summary>
    private sealed class HelpfulComponent : ComponentDialog
    {
        public HelpfulComponent()
            : base("helpful")
        {
            AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => step.PromptAsync("name", Ask.Question("Votre prénom ?"), ct),
                (step, ct) => step.PromptAsync("age", Ask.Question("Votre âge ?"), ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"âge {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                },
            ]));
            AddDialog(new TextPrompt("name"));
            AddDialog(new NumberPrompt("age"));
        }

        protected override async Task<bool> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            if (innerDc.Context.Activity.Text != "aide")
            {
                return false;
            }

            await innerDc.Context.SendActivityAsync("Je vous aide : répondez simplement.", cancellationToken: cancellationToken);
            return true;
        }
    }

    [Fact]
    public async Task Interruption_IsAnswered_ThenTheSameStepIsAskedAgain_AndTheAnswerStillGoesToIt()
    {
        var flow = new DialogTestFlow(new HelpfulComponent(), new MemoryStorage());
        await flow.SendAsync("salut");
        Assert.Equal(["Votre âge ?"], await flow.TextsAsync("Léa"));

        Assert.Equal(["Je vous aide : répondez simplement.", "Votre âge ?"], await flow.TextsAsync("aide"));
        Assert.Equal(DialogTurnStatus.Waiting, flow.LastResult!.Status);
        Assert.Equal(["âge 30"], await flow.TextsAsync("30"));
    }

    [Fact]
    public async Task CancelAll_EmptiesTheStack_EndingInnerDialogsWithCancelCalled()
    {
        var ends = new List<string>();
        var inner = new ComponentDialog("inner");
        inner.AddDialog(new EndRecordingPrompt("question", ends));
        var outer = new ComponentDialog("outer");
        outer.AddDialog(new WaterfallDialog("start", [(step, ct) => step.BeginDialogAsync("inner", Ask.Question("Alors ?"), ct)]));
        outer.AddDialog(inner);
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var accessor = state.CreateProperty<DialogState>("dialogState");
        var adapter = new RecordingAdapter();

        await adapter.ProcessAsync(RecordingAdapter.Message("salut"), async (turn, ct) =>
        {
            await outer.RunAsync(turn, accessor, ct);
            await state.SaveChangesAsync(turn, cancellationToken: ct);
        });
        DialogTurnResult? cancelled = null;
        DialogState? after = null;
        await adapter.ProcessAsync(RecordingAdapter.Message("stop"), async (turn, ct) =>
        {
            var dc = await new DialogSet(accessor).Add(outer).CreateContextAsync(turn, ct);
            Assert.Equal("outer", dc.ActiveDialog!.Id);
            cancelled = await dc.CancelAllDialogsAsync(ct);
            await state.SaveChangesAsync(turn, cancellationToken: ct);
            after = await accessor.GetAsync(turn, ct);
        });

        Assert.Equal(DialogTurnStatus.Cancelled, cancelled!.Status);
        Assert.Empty(after!.DialogStack);
        Assert.Equal(["question:CancelCalled"], ends);
    }

    [Fact]
    public async Task CancelAll_OnAnEmptyStack_IsEmpty()
    {
        var adapter = new RecordingAdapter();
        var accessor = new ConversationState(new MemoryStorage()).CreateProperty<DialogState>("dialogState");

        var dc = await new DialogSet(accessor).CreateContextAsync(adapter.NewTurn());

        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.ContinueDialogAsync()).Status);
    }

    [Fact]
    public async Task Replace_RestartsTheDialogInPlace_ALoopThatDoesNotGrowTheStack()
    {
        var loop = new ComponentDialog("loop");
        loop.AddDialog(new WaterfallDialog("ask",
        [
            (step, ct) => step.PromptAsync("text", Ask.Question("Une compétence ? (fin pour terminer)"), ct),
            async (step, ct) =>
            {
                var skills = DialogStateValues.As<List<string>>(step.Options) ?? [];
                if ((string)step.Result! == "fin")
                {
                    await step.Context.SendActivityAsync(string.Join(", ", skills), cancellationToken: ct);
                    return await step.EndDialogAsync(skills.Count, ct);
                }

                skills.Add((string)step.Result!);
                // The component's inner stack holds only this waterfall: replacing never piles instances up.
                Assert.Single(step.Stack);
                return await step.ReplaceDialogAsync("ask", skills, ct);
            },
        ]));
        loop.AddDialog(new TextPrompt("text"));
        var flow = new DialogTestFlow(loop, new MemoryStorage());
        await flow.SendAsync("salut");

        Assert.Equal(["Une compétence ? (fin pour terminer)"], await flow.TextsAsync("SQL"));
        Assert.Equal(["Une compétence ? (fin pour terminer)"], await flow.TextsAsync("Python"));
        Assert.Equal(["SQL, Python"], await flow.TextsAsync("fin"));
        Assert.Equal(2, flow.LastResult!.Result);
    }

    [Fact]
    public async Task NestedComponents_TheInnerResultFlowsBackToTheOuterStep()
    {
        var inner = new ComponentDialog("inner");
        inner.AddDialog(new WaterfallDialog("innerSteps",
        [
            (step, ct) => step.PromptAsync("count", Ask.Question("Combien ?"), ct),
            (step, ct) => step.EndDialogAsync($"{step.Result} de plus", ct),
        ]));
        inner.AddDialog(new NumberPrompt("count"));
        var outer = new ComponentDialog("outer");
        outer.AddDialog(new WaterfallDialog("outerSteps",
        [
            (step, ct) => step.BeginDialogAsync("inner", cancellationToken: ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"intérieur : {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        outer.AddDialog(inner);
        var flow = new DialogTestFlow(outer, new MemoryStorage());

        Assert.Equal(["Combien ?"], await flow.TextsAsync("salut"));
        Assert.Equal(["intérieur : 3 de plus"], await flow.TextsAsync("3"));
        Assert.Equal(DialogTurnStatus.Complete, flow.LastResult!.Status);
    }

    [Fact]
    public async Task NonMessageActivities_DoNotAnswerAPrompt()
    {
        var adapter = new RecordingAdapter();
        var typing = RecordingAdapter.Message("Léa");
        typing.Type = ActivityTypes.Typing;
        var accessor = new ConversationState(new MemoryStorage()).CreateProperty<DialogState>("dialogState");
        var dc = await new DialogSet(accessor).Add(new HelpfulComponent()).CreateContextAsync(new TurnContext(adapter, typing));
        await dc.BeginDialogAsync("helpful");
        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["Votre prénom ?"], adapter.Sent.Select(sent => sent.Text));
    }

    [Fact]
    public async Task BeginningAnUnknownDialog_Throws()
    {
        var accessor = new ConversationState(new MemoryStorage()).CreateProperty<DialogState>("dialogState");
        var dc = await new DialogSet(accessor).CreateContextAsync(new RecordingAdapter().NewTurn());

        await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("nowhere"));
    }
}
