using CareerBot.BotFramework.Dialogs;
using CareerBot.BotFramework.Dialogs.Prompts;
using CareerBot.BotFramework.State;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    private static ComponentDialog Profile()
    {
        var profile = new ComponentDialog("profile");
        profile.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("text", Ask.Question("Quel métier ?"), ct),
            async (step, ct) =>
            {
                step.Values["job"] = step.Result;
                return await step.PromptAsync("number", Ask.Question("Combien d'années ?"), ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"{step.Values["job"]}, {step.Result} ans (étape {step.Index})", cancellationToken: ct);
                return await step.EndDialogAsync($"{step.Values["job"]}/{step.Result}", ct);
            },
        ]));
        profile.AddDialog(new TextPrompt("text"));
        profile.AddDialog(new NumberPrompt("number"));
        return profile;
    }

    [Fact]
    public async Task Steps_RunInOrder_AndValuesSurviveTheTurnsBetweenThem()
    {
        var flow = new DialogTestFlow(Profile(), new MemoryStorage());

        Assert.Equal(["Quel métier ?"], await flow.TextsAsync("bonjour"));
        Assert.Equal(["Combien d'années ?"], await flow.TextsAsync("data engineer"));
        Assert.Equal(["data engineer, 3 ans (étape 2)"], await flow.TextsAsync("3"));

        Assert.Equal(DialogTurnStatus.Complete, flow.LastResult!.Status);
        Assert.Equal("data engineer/3", flow.LastResult.Result);
    }

    [Fact]
    public async Task AfterTheLastStep_TheNextMessageBeginsTheDialogAgain()
    {
        var flow = new DialogTestFlow(Profile(), new MemoryStorage());
        await flow.SendAsync("bonjour");
        await flow.SendAsync("data engineer");
        await flow.SendAsync("3");

        Assert.Equal(["Quel métier ?"], await flow.TextsAsync("encore"));
    }

    [Fact]
    public async Task NextAsync_SkipsToTheNextStepInTheSameTurn_WithItsResult()
    {
        var waterfall = new WaterfallDialog("skip",
        [
            (step, ct) => step.NextAsync("sauté", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"{step.Result} puis {step.Reason}", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]);

        var flow = new DialogTestFlow(waterfall, new MemoryStorage());

        Assert.Equal(["sauté puis NextCalled"], await flow.TextsAsync("go"));
    }

    [Fact]
    public async Task AStepThatWaits_GetsTheUserTextAsTheNextStepsResult()
    {
        var waterfall = new WaterfallDialog("echo",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Dites quelque chose", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Vous avez dit {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]);
        var flow = new DialogTestFlow(waterfall, new MemoryStorage());

        await flow.SendAsync("salut");

        Assert.Equal(["Vous avez dit bonjour"], await flow.TextsAsync("bonjour"));
    }

    [Fact]
    public async Task Options_GivenAtBegin_AreSeenByEveryStep_EvenAfterAReload()
    {
        var outer = new ComponentDialog("outer");
        outer.AddDialog(new WaterfallDialog("start", [(step, ct) => step.BeginDialogAsync("inner", new Dictionary<string, object?> { ["topic"] = "salaire" }, ct)]));
        outer.AddDialog(new WaterfallDialog("inner",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("?", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                var options = DialogStateValues.As<Dictionary<string, object?>>(step.Options)!;
                await step.Context.SendActivityAsync($"topic={options["topic"]}", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        var flow = new DialogTestFlow(outer, new MemoryStorage());

        await flow.SendAsync("go");

        Assert.Equal(["topic=salaire"], await flow.TextsAsync("ok"));
    }
}
