using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;
using CareerBot.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerBot.Web.Tests;

/// <summary>
/// The career advisor over <c>/api/messages</c> with the default answer step (no LLM: the offline, extractive, cited
/// answer) on the real knowledge folder: what a user reads for the questions that matter most.
/// </summary>
public sealed class AdvisorConversationTests : IClassFixture<CareerBotFactory>, IDisposable
{
    private readonly WebApplicationFactory<Program> _advisor;

    public AdvisorConversationTests(CareerBotFactory factory)
    {
        _advisor = factory.WithSettings(new Dictionary<string, string?> { ["Bot:Mode"] = "Advisor", ["Llm:Provider"] = "None" });
    }

    public void Dispose() => _advisor.Dispose();

    [Fact]
    public async Task A_junior_salary_question_gets_every_sources_figures_with_citations_and_the_disagreement()
    {
        var reply = await AskAsync("conv-salary", "Quel est le salaire d'un prompt engineer junior ?");

        var text = Flat(reply.Text);
        Assert.Contains("45 000", text, StringComparison.Ordinal);
        Assert.Contains("60 000", text, StringComparison.Ordinal);
        Assert.Contains("3 100", text, StringComparison.Ordinal);
        Assert.Contains("5 850", text, StringComparison.Ordinal);
        Assert.Contains("ne donnent pas les mêmes chiffres", text, StringComparison.Ordinal);
        Assert.Contains("mensuels, d'autres annuels", text, StringComparison.Ordinal);
        Assert.Matches(@"\[\d+\]", text);
        // The Emulator does not render citation entities: the sources are listed under the answer.
        Assert.Contains("Sources", text, StringComparison.Ordinal);
        Assert.Contains("Fiche métier : prompt engineer", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_training_question_cites_the_degree_level()
    {
        var reply = await AskAsync("conv-training", "quelle formation pour devenir prompt engineer ?");

        Assert.Contains("Bac", reply.Text, StringComparison.Ordinal);
        Assert.Matches(@"\[\d+\]", reply.Text!);
    }

    [Fact]
    public async Task An_employer_question_names_employers_from_the_sources()
    {
        var reply = await AskAsync("conv-employers", "quelles entreprises recrutent des prompt engineers ?");

        Assert.Contains("BNP Paribas", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Ubisoft", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_question_gets_an_english_answer_with_the_us_figures()
    {
        var reply = await AskAsync("conv-english", "How much does a prompt engineer earn in the US?");

        var text = Flat(reply.Text);
        Assert.Contains("175 000", text, StringComparison.Ordinal);
        Assert.Contains("300 000", text, StringComparison.Ordinal);
        Assert.Contains("per year", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Voici", text, StringComparison.Ordinal);
        // The client says fr-FR; the reply says what language it is really in.
        Assert.Equal("en-US", reply.Locale);
        Assert.Contains("**Sources:**", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_out_of_scope_question_gets_no_figure()
    {
        var reply = await AskAsync("conv-oos", "Quel est le salaire d'un boulanger ?");

        Assert.DoesNotMatch(@"\d{3}", Flat(reply.Text));
        Assert.Empty(reply.GetAIMessage()?.Citation ?? []);
    }

    [Fact]
    public async Task A_follow_up_is_understood_with_the_previous_question()
    {
        var bot = new BotClient(_advisor.CreateClient(), "conv-follow-up");
        await bot.SayAsync("Quel est le salaire d'un prompt engineer junior en France ?");

        var reply = Assert.Single(await bot.SayAsync("et aux États-Unis ?"));

        Assert.Contains("175 000", Flat(reply.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_gets_the_citations_as_an_entity_rather_than_a_sources_list()
    {
        var bot = new BotClient(_advisor.CreateClient(), "conv-teams");
        var activity = BotClient.NewActivity(ActivityTypes.Message, "conv-teams", "Quel est le salaire d'un prompt engineer junior ?");
        activity.ChannelId = "msteams";

        var reply = Assert.Single(await bot.SendAsync(activity));

        var message = reply.GetAIMessage();
        Assert.NotNull(message);
        Assert.NotEmpty(message.Citation!);
        Assert.DoesNotContain("**Sources", reply.Text, StringComparison.Ordinal);
        foreach (var citation in message.Citation!)
        {
            Assert.Contains($"[{citation.Position}]", reply.Text, StringComparison.Ordinal);
        }
    }

    private async Task<Activity> AskAsync(string conversation, string question) =>
        Assert.Single(await new BotClient(_advisor.CreateClient(), conversation).SayAsync(question));

    /// <summary>The text with every kind of space as a plain one (figures are grouped with no-break spaces).</summary>
    private static string Flat(string? text) =>
        new((text ?? string.Empty).Select(c => char.IsWhiteSpace(c) ? ' ' : c).ToArray());
}
