using System.Text.Json;
using CareerBot.BotFramework.Dialogs;
using CareerBot.BotFramework.Dialogs.Prompts;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Dialogs;

/// <summary>The dialog stack saved in a real SQLite file and picked up by a new bot instance, as after a restart.</summary>
public sealed class DialogPersistenceTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private SqliteStorage Open() => new(new SqliteStorageOptions { Path = _directory.Combine("dialogs.db") });

    /// <summary>Built anew for each "process": dialogs hold no conversation data, the storage does.</summary>
    private static ComponentDialog Interview()
    {
        var interview = new ComponentDialog("interview");
        interview.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("job", Ask.Question("Quel métier ?"), ct),
            async (step, ct) =>
            {
                step.Values["job"] = step.Result;
                step.Values["asked"] = 1;
                return await step.PromptAsync("years", Ask.Question("Combien d'années ?", retry: "Un nombre, s'il vous plaît."), ct);
            },
            async (step, ct) =>
            {
                step.Values["years"] = step.Result;
                var choices = new PromptOptions { Prompt = Activity.CreateMessage("Quel contrat ?"), Choices = [new("CDI"), new("Freelance")] };
                return await step.PromptAsync("contract", choices, ct);
            },
            async (step, ct) =>
            {
                var contract = (FoundChoice)step.Result!;
                var asked = DialogStateValues.As<int>(step.Values["asked"]);
                await step.Context.SendActivityAsync($"{step.Values["job"]}, {step.Values["years"]} ans, {contract.Value} (asked={asked})", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        interview.AddDialog(new TextPrompt("job"));
        interview.AddDialog(new NumberPrompt("years"));
        interview.AddDialog(new ChoicePrompt("contract"));
        return interview;
    }

    [Fact]
    public async Task ANewBotInstanceOnTheSameFile_ContinuesAtTheSameStep_WithTheValues()
    {
        using (var before = Open())
        {
            var flow = new DialogTestFlow(Interview(), before);
            Assert.Equal(["Quel métier ?"], await flow.TextsAsync("bonjour"));
            Assert.Equal(["Combien d'années ?"], await flow.TextsAsync("data engineer"));
            Assert.Equal(["Un nombre, s'il vous plaît."], await flow.TextsAsync("beaucoup"));
        }

        using (var after = Open())
        {
            var flow = new DialogTestFlow(Interview(), after);
            var question = Assert.Single(await flow.SendAsync("5"));
            Assert.Equal("Quel contrat ?", question.Text);
            Assert.Equal(["CDI", "Freelance"], question.SuggestedActions!.Actions!.Select(action => action.Title));
        }

        using (var afterAgain = Open())
        {
            var flow = new DialogTestFlow(Interview(), afterAgain);
            Assert.Equal(["data engineer, 5 ans, Freelance (asked=1)"], await flow.TextsAsync("2"));
            Assert.Equal(DialogTurnStatus.Complete, flow.LastResult!.Status);
        }
    }

    [Fact]
    public async Task TheStoredStack_IsPlainJson_WithTheInnerStackAndStepState()
    {
        using var storage = Open();
        var flow = new DialogTestFlow(Interview(), storage);
        await flow.SendAsync("bonjour");
        await flow.SendAsync("data engineer");

        var stored = (await storage.ReadAsync(["test/conversations/conv-1"]))["test/conversations/conv-1"].Document;
        var component = stored.GetProperty("dialogState").GetProperty("dialogStack")[0];
        var inner = component.GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack");

        Assert.Equal("interview", component.GetProperty("id").GetString());
        Assert.Equal(["years", "steps"], inner.EnumerateArray().Select(instance => instance.GetProperty("id").GetString()));
        var waterfall = inner[1].GetProperty("state");
        Assert.Equal(1, waterfall.GetProperty("stepIndex").GetInt32());
        Assert.Equal("data engineer", waterfall.GetProperty("values").GetProperty("job").GetString());
        Assert.Equal("Combien d'années ?", inner[0].GetProperty("state").GetProperty("options").GetProperty("prompt").GetProperty("text").GetString());
    }

    [Fact]
    public void DialogState_RoundTripsThroughBotJson_WithScalarsReadBackAsPlainValues()
    {
        var state = new DialogState();
        state.DialogStack.Add(new DialogInstance("d")
        {
            State =
            {
                ["text"] = "é",
                ["count"] = 3,
                ["ratio"] = 2.5,
                ["flag"] = true,
                ["none"] = null,
                ["list"] = new List<string> { "a", "b" },
            },
        });

        var back = BotJson.Deserialize<DialogState>(BotJson.Serialize(state))!.DialogStack.Single();

        Assert.Equal("d", back.Id);
        Assert.Equal("é", back.State["text"]);
        Assert.Equal(3L, back.State["count"]);
        Assert.Equal(3, DialogStateValues.As<int>(back.State["count"]));
        Assert.Equal(2.5, back.State["ratio"]);
        Assert.Equal(true, back.State["flag"]);
        Assert.Null(back.State["none"]);
        Assert.Equal(JsonValueKind.Array, Assert.IsType<JsonElement>(back.State["list"]).ValueKind);
        Assert.Equal(["a", "b"], DialogStateValues.As<List<string>>(back.State["list"]));
    }

    public void Dispose() => _directory.Dispose();
}
