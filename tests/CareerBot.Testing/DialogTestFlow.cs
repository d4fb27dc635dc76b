using CareerBot.BotFramework.Dialogs;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;

namespace CareerBot.Testing;

/// <summary>
/// A conversation with one root dialog, turn by turn, as transcripts: each <see cref="SendAsync"/> runs a real
/// turn through a <see cref="RecordingAdapter"/> (the dialog stack loaded from and saved to
/// <paramref name="storage"/> through a <see cref="ConversationState"/>, as a bot does) and returns what the bot
/// sent in that turn. Two flows over the same storage are the same conversation before and after a restart.
/// </summary>
public sealed class DialogTestFlow(Dialog dialog, IStorage storage, string locale = "fr-FR")
{
    private readonly RecordingAdapter _adapter = new();
    private readonly ConversationState _state = new(storage);

    /// <summary>The outcome of the last turn's run of the dialog.</summary>
    public DialogTurnResult? LastResult { get; private set; }

    public async Task<IReadOnlyList<Activity>> SendAsync(string text, CancellationToken cancellationToken = default)
    {
        var accessor = _state.CreateProperty<DialogState>("dialogState");
        var activity = RecordingAdapter.Message(text);
        activity.Locale = locale;
        var before = _adapter.Sent.Count;
        await _adapter.ProcessAsync(activity, async (turn, ct) =>
        {
            LastResult = await dialog.RunAsync(turn, accessor, ct);
            await _state.SaveChangesAsync(turn, cancellationToken: ct);
        }, cancellationToken);
        return _adapter.Sent.Skip(before).ToList();
    }

    /// <summary>The texts the bot sent in reply to <paramref name="text"/> (empty for an activity without text).</summary>
    public async Task<string[]> TextsAsync(string text, CancellationToken cancellationToken = default) =>
        [.. (await SendAsync(text, cancellationToken)).Select(reply => reply.Text ?? string.Empty)];
}
