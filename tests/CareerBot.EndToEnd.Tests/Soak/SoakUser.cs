using System.Globalization;

namespace CareerBot.EndToEnd.Tests.Soak;

/// <summary>
/// One user of the soak: one conversation after another until the deadline, each one a random mix of what people do
/// with the bot (free questions and ratings, the guided tour, the profile assessment to its roadmap, commands), in
/// the user's language and in a delivery mode drawn per conversation. The user's state (language, roadmap) is shared
/// by all of its conversations, as UserState is.
/// </summary>
internal sealed class SoakUser(int number, SoakDelivery delivery, SoakLanguage language)
{
    private readonly Random _random = new(number);
    private readonly string _id = $"soak-user-{number}";

    /// <summary>The answers of the user's last finished assessment, which its roadmap must show; null before one.</summary>
    public IReadOnlyList<string>? Profile { get; private set; }

    public int Conversations { get; private set; }

    public int Assessments { get; private set; }

    public int TourSteps { get; private set; }

    /// <summary>Runs conversations until <paramref name="deadline"/>; a conversation that goes wrong is reported in <paramref name="problems"/> and the next one starts.</summary>
    public async Task RunAsync(DateTime deadline, ICollection<string> problems)
    {
        var first = true;
        while (DateTime.UtcNow < deadline)
        {
            var conversation = new SoakConversation(delivery, _id, language, expectReplies: _random.Next(2) == 0, _random);
            try
            {
                await conversation.JoinAsync(ExpectedReply.WithButtons(5));
                if (first)
                {
                    await conversation.SayAsync(language.ChooseLanguage, ExpectedReply.StartingWith(language.LanguageChosen));
                    first = false;
                }

                await (_random.Next(4) switch
                {
                    0 => QuestionsAsync(conversation),
                    1 => TourAsync(conversation),
                    2 => AssessmentAsync(conversation),
                    _ => CommandsAsync(conversation),
                });
                Conversations++;
            }
            catch (SoakFailure failure)
            {
                lock (problems)
                {
                    problems.Add($"{_id}: {failure.Message}");
                }
            }
        }
    }

    /// <summary>In a new conversation, « mon profil » shows the roadmap of the last assessment: the user's state survived the soak.</summary>
    public async Task CheckProfileAsync()
    {
        if (Profile is not null)
        {
            var conversation = new SoakConversation(delivery, _id, language, expectReplies: true, _random);
            await conversation.SayAsync(language.MyProfile, RoadmapOf(Profile), ExpectedReply.AnyMessage);
        }
    }

    private async Task QuestionsAsync(SoakConversation conversation)
    {
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            await conversation.SayAsync(language.Questions[_random.Next(language.Questions.Length)], ExpectedReply.Answer(language));
            if (_random.Next(2) == 0)
            {
                await conversation.SayAsync("👍", ExpectedReply.StartingWith(language.ThankedForRating));
            }
        }
    }

    private async Task TourAsync(SoakConversation conversation)
    {
        await conversation.SayAsync(language.Tour, ExpectedReply.Containing(Heading(1)), ExpectedReply.WithButtons(3, language.WhatNext));
        var steps = _random.Next(1, 5);
        for (var step = 2; step <= steps + 1; step++)
        {
            // The step number comes from the dialog state saved by the previous turn.
            await conversation.SayAsync(language.Next, ExpectedReply.StartingWith(Heading(step)), ExpectedReply.WithButtons(3, language.WhatNext));
            TourSteps++;
        }

        await conversation.SayAsync(language.Cancel, ExpectedReply.WithButtons(5, language.Cancelled));
    }

    private async Task AssessmentAsync(SoakConversation conversation)
    {
        var replies = await conversation.SayAsync(language.Assess, ExpectedReply.AnyMessage, ExpectedReply.StartingWith("(1/6)"));
        var answers = new List<string>();
        for (var question = 1; question <= 6; question++)
        {
            // Clicks one of the offered answers, as a user would.
            var offered = replies[^1].SuggestedActions!.Actions!;
            var answer = offered[_random.Next(offered.Count)].Title!;
            answers.Add(answer);
            replies = question < 6
                ? await conversation.SayAsync(answer, ExpectedReply.StartingWith($"({question + 1}/6)"))
                : await conversation.SayAsync(answer, RoadmapOf(answers), ExpectedReply.AnyMessage);
        }

        Profile = answers;
        Assessments++;
        await conversation.SayAsync(language.MyProfile, RoadmapOf(answers), ExpectedReply.AnyMessage);
    }

    private async Task CommandsAsync(SoakConversation conversation)
    {
        await conversation.SayAsync(language.Menu, ExpectedReply.WithButtons(5));
        await conversation.SayAsync(language.Help, ExpectedReply.Containing("**menu**"));
        if (Profile is not null)
        {
            await conversation.SayAsync(language.MyProfile, RoadmapOf(Profile), ExpectedReply.AnyMessage);
        }
    }

    private string Heading(int step) => string.Format(CultureInfo.InvariantCulture, language.StepHeading, step);

    private ExpectedReply RoadmapOf(IEnumerable<string> answers) =>
        ExpectedReply.Containing([language.RoadmapTitle, language.Profile, .. answers]);
}
