using CareerBot.Advisor.Resources;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// An Adaptive Card kept as a JSON template in <c>Resources/Cards</c>, whose <c>${Name}</c> placeholders are
/// ConversationMessages strings: the card's layout is reviewed as a file, its words are translated with the others.
/// </summary>
internal static partial class CardTemplate
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonElement Render(string name, Messages texts)
    {
        var template = EmbeddedJson.Text("Cards", name + ".json");
        // Each value is JSON-encoded, so a quote or a backslash in a translation cannot break the card.
        var json = Placeholder().Replace(template, match => JsonEncodedText.Encode(texts.Get(match.Groups[1].Value)).ToString());
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    [GeneratedRegex(@"\$\{([A-Za-z_]+)\}")]
    private static partial Regex Placeholder();
}
