using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Builder.Streaming;

/// <summary>Incoming messages of the channels and conversations that matter to streaming.</summary>
internal static class StreamingTurns
{
    public static Activity Incoming(string channelId, string? conversationType = null, string? deliveryMode = null)
    {
        var activity = RecordingAdapter.Message("Quel salaire pour un développeur ?", channelId: channelId);
        activity.Conversation!.ConversationType = conversationType;
        activity.DeliveryMode = deliveryMode;
        return activity;
    }

    public static TurnContext TeamsPersonal(BotAdapter adapter) => new(adapter, Incoming(Channels.MsTeams, "personal"));

    public static readonly CitationSource[] Sources =
    [
        new(1, "Fiche métier : développeur", "Le salaire médian d'un développeur débutant est de 35 k€.", "https://exemple.fr/fiches/dev"),
    ];
}
