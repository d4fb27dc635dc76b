namespace CareerBot.Advisor.Conversation.Dialogs;

/// <summary>The guided tour's steps and the choices after each one (<c>Resources/Conversation/tour.json</c>).</summary>
internal static class TourPlan
{
    public const string Next = "next";
    public const string Ask = "ask";
    public const string Stop = "stop";
    public const string Finish = "finish";

    private static readonly (string Id, string Label)[] Labels = [(Next, "Tour_Next"), (Ask, "Tour_Ask"), (Stop, "Tour_Stop"), (Finish, "Tour_Finish")];

    static TourPlan()
    {
        using var document = EmbeddedJson.Document("Conversation", "tour.json");
        var root = document.RootElement;
        Steps = [.. EmbeddedJson.Strings(root.GetProperty("steps"))];
        var choices = root.GetProperty("choices");
        Option Choice(string id) => new(id, Labels.Single(l => l.Id == id).Label, [.. EmbeddedJson.Strings(choices.GetProperty(id))]);
        Between = new OptionSet("tour.next", "Tour_Choose", [Choice(Next), Choice(Ask), Choice(Stop)]);
        AfterLast = new OptionSet("tour.last", "Tour_Choose", [Choice(Finish), Choice(Ask), Choice(Stop)]);
    }

    public static IReadOnlyList<string> Steps { get; }

    /// <summary>The choices after a step that is not the last: next, ask, stop.</summary>
    public static OptionSet Between { get; }

    /// <summary>The choices after the last step: finish, ask, stop.</summary>
    public static OptionSet AfterLast { get; }
}
