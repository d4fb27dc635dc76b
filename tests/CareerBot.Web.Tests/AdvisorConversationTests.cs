using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
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
    public async Task A_junior_salary_question_gets_the_junior_french_figures_cited_in_order_and_nothing_else()
    {
        var reply = await AskAsync("conv-salary", "Quel est le salaire d'un prompt engineer junior ?");

        var answer = Answer(reply);
        // The junior figures of France and of the sources that name no country…
        Assert.Contains("45 000", answer, StringComparison.Ordinal);
        Assert.Contains("60 000", answer, StringComparison.Ordinal);
        Assert.Contains("3 100", answer, StringComparison.Ordinal);
        Assert.Contains("5 850", answer, StringComparison.Ordinal);
        // …not the American ones, nor the Anthropic job offer, nor other levels'.
        foreach (var other in new[] { "175 000", "300 000", "335 000", "16 150", "6 800", "$" })
        {
            Assert.DoesNotContain(other, answer, StringComparison.Ordinal);
        }

        // They disagree and mix monthly and yearly amounts: the answer says so.
        Assert.Contains(Resource("NoteDisagree", "fr"), answer, StringComparison.Ordinal);
        Assert.Contains(Resource("NoteMixedPeriods", "fr"), answer, StringComparison.Ordinal);
        AssertCitedInOrder(reply, 3);
        // The Emulator does not render citation entities: the sources are listed under the answer.
        Assert.Contains("Fiche métier : prompt engineer", Flat(reply.Text), StringComparison.Ordinal);
        Assert.Equal("fr-FR", reply.Locale);
        Assert.Contains(Resource("AllFiguresButton", "fr"), Buttons(reply));
    }

    [Fact]
    public async Task All_figures_after_a_salary_answer_lists_every_figure_of_the_sources()
    {
        var bot = new BotClient(_advisor.CreateClient(), "conv-all-figures");
        await bot.SayAsync("Quel est le salaire d'un prompt engineer junior ?");

        var reply = Assert.Single(await bot.SayAsync(Resource("AllFiguresButton", "fr")));

        var answer = Answer(reply);
        foreach (var figure in new[] { "45 000", "3 100", "5 850", "16 150", "6 800", "80 000", "175 000", "300 000", "335 000", "2 500" })
        {
            Assert.Contains(figure, answer, StringComparison.Ordinal);
        }

        AssertCitedInOrder(reply, null);
    }

    [Fact]
    public async Task A_training_question_cites_the_degree_level()
    {
        var reply = await AskAsync("conv-training", "quelle formation pour devenir prompt engineer ?");

        Assert.Contains("Bac", reply.Text, StringComparison.Ordinal);
        AssertCitedInOrder(reply, null);
    }

    [Fact]
    public async Task An_employer_question_names_employers_from_the_sources_and_a_sector_narrows_it()
    {
        var bot = new BotClient(_advisor.CreateClient(), "conv-employers");

        var employers = Assert.Single(await bot.SayAsync("quelles entreprises recrutent des prompt engineers ?"));
        Assert.Contains("Ubisoft", Answer(employers), StringComparison.Ordinal);
        AssertCitedInOrder(employers, null);

        // A follow-up naming a sector keeps the topic and changes only the sector.
        var banking = Assert.Single(await bot.SayAsync("et dans la banque ?"));
        Assert.Contains("BNP Paribas", Answer(banking), StringComparison.Ordinal);
        Assert.DoesNotContain("Ubisoft", Answer(banking), StringComparison.Ordinal);
        AssertCitedInOrder(banking, null);

        var aerospace = Assert.Single(await bot.SayAsync("et dans l'aérospatiale ?"));
        Assert.Contains("Thales", Answer(aerospace), StringComparison.Ordinal);
        Assert.DoesNotContain("BNP Paribas", Answer(aerospace), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_question_gets_an_english_answer_with_the_us_figures()
    {
        var reply = await AskAsync("conv-english", "How much does a prompt engineer earn in the US?");

        var answer = Answer(reply);
        Assert.Contains("$175,000", answer, StringComparison.Ordinal);
        Assert.Contains("$300,000", answer, StringComparison.Ordinal);
        // Not the French figures, not the Anthropic offer, and English labels rather than French ones.
        foreach (var other in new[] { "45,000", "45 000", "3,100", "3 100", "5,850", "5 850", "€", "335,000", "par an", "brut", "Côté salaire" })
        {
            Assert.DoesNotContain(other, answer, StringComparison.Ordinal);
        }

        AssertCitedInOrder(reply, 2);
        // The client says fr-FR; the reply says what language it is really in.
        Assert.Equal("en-US", reply.Locale);
        Assert.Contains("**Sources:**", reply.Text, StringComparison.Ordinal);
        Assert.Contains(Resource("AllFiguresButton", "en"), Buttons(reply));
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

        var replies = await bot.SendAsync(activity);

        // The answer, then its next questions' buttons in a message of their own (a message with suggested actions
        // shows as plain text in the Agents Playground's Teams view).
        Assert.Equal(2, replies.Count);
        var reply = replies[0];
        Assert.Null(reply.SuggestedActions);
        Assert.NotEmpty(replies[1].SuggestedActions!.Actions!);
        var message = reply.GetAIMessage();
        Assert.NotNull(message);
        Assert.NotEmpty(message.Citation!);
        Assert.DoesNotContain("**Sources", reply.Text, StringComparison.Ordinal);
        foreach (var citation in message.Citation!)
        {
            Assert.Contains($"[{citation.Position}]", reply.Text, StringComparison.Ordinal);
        }
    }

    private static readonly ResourceManager AdvisorMessages =
        new("CareerBot.Advisor.Resources.AdvisorMessages", typeof(CareerBot.Advisor.Llm.LlmOptions).Assembly);

    /// <summary>A fixed text of the advisor, by resource key, in French (neutral resources) or English.</summary>
    private static string Resource(string key, string language) =>
        AdvisorMessages.GetString(key, language == "en" ? CultureInfo.GetCultureInfo("en") : CultureInfo.InvariantCulture)
        ?? throw new InvalidOperationException($"no resource '{key}'");

    /// <summary>The answer itself: the flattened text above the sources list.</summary>
    private static string Answer(Activity reply)
    {
        var text = Flat(reply.Text);
        var sources = text.IndexOf("**Sources", StringComparison.Ordinal);
        return sources < 0 ? text : text[..sources];
    }

    private static List<string> Buttons(Activity reply) =>
        reply.SuggestedActions?.Actions?.Select(a => a.Title ?? string.Empty).ToList() ?? [];

    /// <summary>
    /// The answer's citation markers, in order of first use, are 1..n (n = <paramref name="count"/> when given), and
    /// the message entity carries exactly the citations 1..n.
    /// </summary>
    private static void AssertCitedInOrder(Activity reply, int? count)
    {
        var used = Regex.Matches(Answer(reply), @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        Assert.NotEmpty(used);
        Assert.Equal(Enumerable.Range(1, count ?? used.Count), used);
        var citations = reply.GetAIMessage()?.Citation ?? [];
        Assert.Equal(Enumerable.Range(1, used.Count), citations.Select(c => c.Position));
    }

    private async Task<Activity> AskAsync(string conversation, string question) =>
        Assert.Single(await new BotClient(_advisor.CreateClient(), conversation).SayAsync(question));

    /// <summary>The text with every kind of space as a plain one (figures are grouped with no-break spaces).</summary>
    private static string Flat(string? text) =>
        new((text ?? string.Empty).Select(c => char.IsWhiteSpace(c) ? ' ' : c).ToArray());
}
