using System.Text.Json;
using CareerBot.BotFramework.Dialogs;
using CareerBot.BotFramework.Dialogs.Prompts;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Dialogs;

/// <summary>Prompts in conversations: what they send, retry, validate, give up, and return to the step.</summary>
public sealed class PromptDialogTests
{
    /// <summary>A component that asks with <paramref name="prompt"/> and then says what the step received.</summary>
    private static ComponentDialog Asking(Dialog prompt, PromptOptions options)
    {
        var dialog = new ComponentDialog("asking");
        dialog.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                var said = step.Result switch
                {
                    PromptResult gaveUp => $"abandon après {gaveUp.Attempts}",
                    FoundChoice choice => $"choix {choice.Index}:{choice.Value}",
                    _ => $"reçu {step.Result} ({step.Result?.GetType().Name})",
                };
                await step.Context.SendActivityAsync(said, cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        dialog.AddDialog(prompt);
        return dialog;
    }

    [Fact]
    public async Task ChoicePrompt_RendersChoicesAsImBackActions_AndReturnsTheFoundChoice()
    {
        var options = Ask.Question("Quel domaine ?");
        options.Choices = [new("Data"), new("Développement", "dev")];
        var flow = new DialogTestFlow(Asking(new ChoicePrompt("choice"), options), new MemoryStorage());

        var question = Assert.Single(await flow.SendAsync("salut"));

        var actions = question.SuggestedActions!.Actions!;
        Assert.Equal(["Data", "Développement"], actions.Select(action => action.Title));
        Assert.Equal("Développement", actions[1].Value!.Value.GetString());
        Assert.Equal(ActionTypes.ImBack, actions[1].Type);
        Assert.Equal(["choix 1:Développement"], await flow.TextsAsync("DEV"));
    }

    [Fact]
    public async Task ChoicePrompt_NotUnderstood_SendsTheRetryPromptWithTheChoicesAgain()
    {
        var options = Ask.Question("Quel domaine ?", retry: "Choisissez 1 ou 2.");
        options.Choices = [new("Data"), new("Développement")];
        var flow = new DialogTestFlow(Asking(new ChoicePrompt("choice"), options), new MemoryStorage());
        await flow.SendAsync("salut");

        var retry = Assert.Single(await flow.SendAsync("la cuisine"));

        Assert.Equal("Choisissez 1 ou 2.", retry.Text);
        Assert.Equal(2, retry.SuggestedActions!.Actions!.Count);
        Assert.Equal(["choix 0:Data"], await flow.TextsAsync("1"));
    }

    [Fact]
    public async Task NumberPrompt_WithoutRetryPrompt_AsksTheQuestionAgain_AndAnIntRejectsADecimal()
    {
        var flow = new DialogTestFlow(Asking(new NumberPrompt("number"), Ask.Question("Combien ?")), new MemoryStorage());
        await flow.SendAsync("salut");

        Assert.Equal(["Combien ?"], await flow.TextsAsync("2,5"));
        Assert.Equal(["reçu 21 (Int32)"], await flow.TextsAsync("21"));
    }

    [Fact]
    public async Task Validator_SeesTheRecognisedValueAndTheAttempt_AndARejectionSendsTheRetryPrompt()
    {
        var seen = new List<(bool, int, int)>();
        var prompt = new NumberPrompt("years", (context, _) =>
        {
            seen.Add((context.Recognized.Succeeded, context.Recognized.Value, context.AttemptCount));
            var max = context.Options.Validations!.Value.GetProperty("max").GetInt32();
            return Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value <= max);
        });
        var options = Ask.Question("Combien d'années ?", retry: "Entre 0 et 50, s'il vous plaît.");
        options.Validations = JsonSerializer.SerializeToElement(new { max = 50 });
        var flow = new DialogTestFlow(Asking(prompt, options), new MemoryStorage());
        await flow.SendAsync("salut");

        Assert.Equal(["Entre 0 et 50, s'il vous plaît."], await flow.TextsAsync("80"));
        Assert.Equal(["Entre 0 et 50, s'il vous plaît."], await flow.TextsAsync("beaucoup"));
        Assert.Equal(["reçu 12 (Int32)"], await flow.TextsAsync("12"));
        Assert.Equal([(true, 80, 1), (false, 0, 2), (true, 12, 3)], seen);
    }

    [Fact]
    public async Task Validator_ThatAnswersItself_ReplacesTheRetryPrompt()
    {
        var prompt = new TextPrompt("email", async (context, ct) =>
        {
            if (context.Recognized.Value!.Contains('@', StringComparison.Ordinal))
            {
                return true;
            }

            await context.Context.SendActivityAsync("Il manque le @.", cancellationToken: ct);
            return false;
        });
        var flow = new DialogTestFlow(Asking(prompt, Ask.Question("Votre e-mail ?", retry: "Votre e-mail, encore ?")), new MemoryStorage());
        await flow.SendAsync("salut");

        Assert.Equal(["Il manque le @."], await flow.TextsAsync("jean.example.com"));
        Assert.Equal(["reçu jean@example.com (String)"], await flow.TextsAsync("jean@example.com"));
    }

    [Fact]
    public async Task MaxAttempts_Exceeded_EndsThePromptWithAPromptResult_InsteadOfAskingForever()
    {
        var flow = new DialogTestFlow(Asking(new NumberPrompt("count"), Ask.Question("Combien ?", retry: "Un nombre ?", maxAttempts: 2)), new MemoryStorage());
        await flow.SendAsync("salut");

        Assert.Equal(["Un nombre ?"], await flow.TextsAsync("bof"));
        Assert.Equal(["abandon après 2"], await flow.TextsAsync("bof"));
        Assert.Equal(DialogTurnStatus.Complete, flow.LastResult!.Status);
        Assert.Equal(new PromptResult("count", 2), flow.LastResult.Result);
    }

    [Fact]
    public async Task APromptBegunWithoutPromptOptions_Throws()
    {
        var waterfall = new WaterfallDialog("bad", [(step, ct) => step.BeginDialogAsync("text", "not options", ct)]);
        var root = new ComponentDialog("root");
        root.AddDialog(waterfall);
        root.AddDialog(new TextPrompt("text"));
        var flow = new DialogTestFlow(root, new MemoryStorage());

        await Assert.ThrowsAsync<ArgumentException>(() => flow.SendAsync("salut"));
    }
}
