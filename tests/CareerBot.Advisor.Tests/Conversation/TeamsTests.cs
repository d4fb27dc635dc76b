using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Resources;
using System.Text.Json;
using CareerBot.Advisor.Conversation;
using CareerBot.Advisor.Tests.Support;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>
/// Transcripts in Teams: @mentions in channels and group chats, Action.Execute card buttons, and the command list of
/// the app manifest (deploymentTemplates/teams), whose every title must be a command the bot really runs.
/// </summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class TeamsTests(RealKnowledgeFixture knowledge)
{
    private const string BotName = "CareerBot";

    /// <summary>A channel message that mentions the bot, as Teams posts it: the name in the text and a mention entity.</summary>
    private static Activity Mentioning(AdvisorChat chat, string text, string conversationType = "channel")
    {
        var activity = chat.Message(text);
        activity.Conversation!.ConversationType = conversationType;
        activity.Conversation.IsGroup = true;
        activity.Entities =
        [
            new MentionEntity { Mentioned = new ChannelAccount(activity.Recipient!.Id, BotName), Text = $"<at>{BotName}</at>" }.ToEntity(),
            new MentionEntity { Mentioned = new ChannelAccount("29:alice", "Alice"), Text = "<at>Alice</at>" }.ToEntity(),
        ];
        return activity;
    }

    private static Activity Execute(AdvisorChat chat, string? verb, object? data = null)
    {
        var invoke = chat.Message(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = AdaptiveCardInvokeValue.InvokeName;
        invoke.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" });
        return invoke;
    }

    private static JsonElement InvokeBody(IReadOnlyList<Activity> replies)
    {
        var response = Assert.Single(replies, r => r.Type == ActivityTypes.InvokeResponse).Value!.Value;
        Assert.Equal(200, response.GetProperty("status").GetInt32());
        return response.GetProperty("body");
    }

    [Fact]
    public async Task Menu_with_the_bot_mentioned_in_a_channel_shows_the_menu_card()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);

        var menu = Assert.Single(await chat.RunAsync(Mentioning(chat, $"<at>{BotName}</at> menu")));

        Assert.Equal(CardTemplate.ContentType, Assert.Single(menu.Attachments!).ContentType);
    }

    [Fact]
    public async Task A_question_with_the_bot_mentioned_in_a_group_chat_is_answered_with_its_sources()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);

        var replies = await chat.RunAsync(Mentioning(chat, $"<at>{BotName}</at> Quel est le salaire d'un prompt engineer junior ?", "groupChat"));

        var answer = AdvisorChat.Join(replies);
        Assert.Contains("45 000", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", answer, StringComparison.Ordinal);
        Assert.NotEmpty(replies[^1].GetAIMessage()!.Citation!);
    }

    [Fact]
    public async Task In_a_personal_chat_the_answer_comes_without_buttons_and_its_next_questions_follow_in_their_own_message()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);

        var replies = (await chat.SendAsync("Quel est le salaire d'un prompt engineer junior ?")).Where(r => r.Type == ActivityTypes.Message).ToList();

        // The Agents Playground's Teams view shows a message with suggested actions as plain text, without citations.
        Assert.Equal(2, replies.Count);
        var (answer, next) = (replies[0], replies[1]);
        Assert.Contains("45 000", answer.Text, StringComparison.Ordinal);
        Assert.Null(answer.SuggestedActions);
        Assert.Equal(Enumerable.Range(1, answer.GetAIMessage()!.Citation!.Count), CitationMentions.Cited(answer.Text!));
        Assert.Equal("Vous voulez en savoir plus ?", next.Text);
        Assert.Null(next.Entities);
        Assert.Null(next.ChannelData);
        Assert.Contains(Messages.For("fr").Get(nameof(AdvisorMessages.AllFiguresButton)), next.SuggestedActions!.Actions!.Select(a => a.Title));
    }

    [Fact]
    public async Task Every_figure_of_the_salary_list_is_a_paragraph_of_its_own_so_that_Teams_draws_each_citation()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams, locale: "en-US");
        await chat.SendAsync("How much does a junior prompt engineer earn?");

        var answer = (await chat.SendAsync("All figures"))[0];

        var lines = answer.Text!.Split('\n');
        var items = lines.Select((line, i) => (line, i)).Where(l => l.line.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.True(items.Count > 5, answer.Text);
        Assert.All(items, item => Assert.Matches(@"\[\d+\]", item.line));
        // A blank line between items makes the list loose: each item's text is a paragraph.
        Assert.All(items.Skip(1), item => Assert.Equal(string.Empty, lines[item.i - 1]));
    }

    [Fact]
    public async Task Another_user_mentioned_with_the_bot_stays_in_the_text_the_bot_reads()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);

        // « <at>Alice</at> aide » is not the command « aide »: only the bot's own mention goes.
        var replies = await chat.RunAsync(Mentioning(chat, $"<at>{BotName}</at> <at>Alice</at> aide"));

        Assert.DoesNotContain("Je réponds aux questions sur le métier", AdvisorChat.Join(replies), StringComparison.Ordinal);
        Assert.Contains(Messages.For("fr").Get(nameof(AdvisorMessages.OutOfScope)), AdvisorChat.Join(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_execute_button_whose_verb_is_profile_starts_the_assessment_and_answers_with_a_message()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);

        var replies = await chat.RunAsync(Execute(chat, "profile"));

        Assert.StartsWith("(1/6)", replies.Last(r => r.Type == ActivityTypes.Message).Text, StringComparison.Ordinal);
        var body = InvokeBody(replies);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal("C'est noté.", body.GetProperty("value").GetString());

        // The assessment goes on with typed answers, as when it was started by a typed command.
        Assert.StartsWith("(2/6)", (await chat.SendAsync("1"))[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_execute_button_without_a_known_verb_runs_the_command_of_its_data()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);

        var replies = await chat.RunAsync(Execute(chat, "go", new { command = "tour" }));

        Assert.StartsWith("C'est parti pour la visite guidée", AdvisorChat.Join(replies), StringComparison.Ordinal);
        Assert.Equal(200, InvokeBody(replies).GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task An_execute_button_naming_no_command_gets_an_error_response_and_nothing_in_the_chat()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams, locale: "en-US");

        var replies = await chat.RunAsync(Execute(chat, "launchRocket", new { fuel = 3 }));

        Assert.DoesNotContain(replies, r => r.Type == ActivityTypes.Message);
        var body = InvokeBody(replies);
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.Equal("This button matches no command I know.", body.GetProperty("value").GetProperty("message").GetString());
    }

    [Fact]
    public void Every_command_of_the_app_manifest_is_a_command_the_bot_recognises_in_french_and_in_english()
    {
        var folder = Path.Combine(RepositoryRoot(), "deploymentTemplates", "teams");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        using var english = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "en.json")));
        var commands = manifest.RootElement.GetProperty("bots")[0].GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray().ToList();

        var french = commands.Select(c => c.GetProperty("title").GetString()).ToList();
        var translated = commands.Select((_, i) => english.RootElement.GetProperty($"bots[0].commandLists[0].commands[{i}].title").GetString()).ToList();

        Command[] expected = [Command.Help, Command.Menu, Command.Tour, Command.Profile, Command.MyProfile, Command.Cancel];
        Assert.Equal(expected, french.Select(t => CommandRecognizer.Recognize(t) ?? throw new Xunit.Sdk.XunitException($"« {t} » is no command")));
        Assert.Equal(expected, translated.Select(t => CommandRecognizer.Recognize(t) ?? throw new Xunit.Sdk.XunitException($"« {t} » is no command")));
    }

    [Fact]
    public async Task A_command_picked_from_the_list_in_a_channel_arrives_with_the_mention_and_runs()
    {
        await using var chat = new AdvisorChat(knowledge.Base, channelId: Channels.MsTeams);

        var replies = await chat.RunAsync(Mentioning(chat, $"<at>{BotName}</at> évaluer mon profil"));

        Assert.StartsWith("(1/6)", replies[^1].Text, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("CareerBot.sln not found above " + AppContext.BaseDirectory);
    }
}
