using System.Text;
using System.Text.Json.Nodes;

namespace CareerBot.Testing;

/// <summary>
/// Hostile variations of activities, from a seeded <see cref="Random"/> so that a failing run can be replayed with its
/// seed: wrong JSON types and nulls in every field, missing fields, huge strings, deep nesting, invalid UTF-8, lone
/// surrogates, duplicate keys, truncated JSON, bodies over the size limit, wrong content types, unknown activity
/// types, attachments and entities of the wrong shape, invokes with garbage values. Every activity asks for
/// <c>expectReplies</c> (replies in the response, no channel needed) on the service URL <see cref="ServiceUrl"/>.
/// </summary>
public sealed class ActivityFuzzer(int seed, int maxBodyBytes)
{
    public const string ServiceUrl = BotClient.UnreachableServiceUrl;

    private static readonly string[] RequiredFields = ["type", "channelId", "serviceUrl", "conversation", "from"];

    private static readonly string[] OptionalFields =
    [
        "id", "timestamp", "localTimestamp", "localTimezone", "recipient", "textFormat", "attachmentLayout",
        "membersAdded", "membersRemoved", "reactionsAdded", "reactionsRemoved", "topicName", "historyDisclosed", "locale",
        "text", "speak", "inputHint", "summary", "suggestedActions", "attachments", "entities", "channelData", "action",
        "replyToId", "label", "valueType", "value", "name", "relatesTo", "code", "expiration", "importance", "listenFor",
        "callerId",
    ];

    private static readonly string[] Types =
    [
        "message", "message", "message", "conversationUpdate", "typing", "event", "messageReaction", "installationUpdate",
        "endOfConversation", "messageUpdate", "messageDelete", "contactRelationUpdate", "handoff", "trace", "suggestion",
    ];

    private static readonly string[] InvokeNames = ["adaptiveCard/action", "composeExtension/query", "signin/verifyState", "task/fetch", "x-unknown", ""];

    private readonly Random _random = new(seed);
    private int _index;

    public int Seed { get; } = seed;

    /// <summary>A well-formed activity of a random type, with a text of <paramref name="textLength"/> characters.</summary>
    public JsonObject ValidActivity(int textLength = 40)
    {
        var type = Pick(Types);
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"fuzz-{Seed}-{_index}",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = Pick(["emulator", "msteams", "webchat", "directline", "x-channel"]),
            ["serviceUrl"] = ServiceUrl,
            ["from"] = new JsonObject { ["id"] = $"user-{_random.Next(100)}", ["name"] = "Fuzz", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "CareerBot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = $"fuzz-{Seed}-{_index}-{_random.Next(1000)}" },
            ["locale"] = Pick(["fr-FR", "en-US", "xx", "", "fr"]),
            ["text"] = RandomText(textLength),
            ["deliveryMode"] = "expectReplies",
        };
        switch (type)
        {
            case "conversationUpdate":
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot" }, new JsonObject { ["id"] = "user-1", ["name"] = "Camille" });
                break;
            case "messageReaction":
                activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
                break;
            case "event":
                activity["name"] = Pick(["webchat/join", "x-event", ""]);
                activity["value"] = RandomJson(3);
                break;
        }

        if (_random.Next(4) == 0)
        {
            activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = RandomJson(3) });
        }

        if (_random.Next(4) == 0)
        {
            activity["entities"] = new JsonArray(new JsonObject { ["type"] = Pick(["mention", "clientInfo", "https://schema.org/Message", "x"]), ["text"] = "x" });
        }

        return activity;
    }

    /// <summary>The next hostile request.</summary>
    public FuzzCase Next()
    {
        _index++;
        var roll = _random.Next(1000);
        return roll switch
        {
            < 120 => Json("valid activity", ValidActivity(_random.Next(0, 400)), FuzzExpectation.Accepted),
            < 160 => UnknownType(),
            < 220 => Invoke(),
            < 450 => WrongField(),
            < 520 => MissingOrNullRequired(),
            < 580 => NullOrMissingOptional(),
            < 610 => ExtraProperties(),
            < 650 => DuplicateKeys(),
            < 690 => LoneSurrogate(),
            < 705 => ControlCharacters(),
            < 720 => Noncharacters(),
            < 770 => Truncated(),
            < 810 => InvalidUtf8(),
            < 840 => NotAnObject(),
            < 860 => DeepNesting(),
            < 880 => WrongContentType(),
            < 895 => Empty(),
            < 935 => Garbage(),
            < 955 => HugeText(),
            < 965 => OverTheLimit(),
            _ => WrongShapes(),
        };
    }

    private FuzzCase UnknownType()
    {
        var activity = ValidActivity();
        activity["type"] = Pick(["x-unknown", "MESSAGE", "message ", "💥", new string('t', 5000), "invoke/x"]);
        return Json("unknown activity type", activity, FuzzExpectation.Accepted);
    }

    private FuzzCase Invoke()
    {
        var activity = ValidActivity();
        activity["type"] = "invoke";
        activity["name"] = Pick(InvokeNames);
        activity["value"] = RandomJson(4);
        // An invoke the bot does not implement is answered 501 by the protocol (Teams reads it): allowed for invokes only.
        return Json("invoke with a garbage value", activity, FuzzExpectation.Either) with { IsInvoke = true };
    }

    private FuzzCase WrongField()
    {
        var activity = ValidActivity();
        var field = _random.Next(3) == 0 ? Pick(RequiredFields) : Pick(OptionalFields);
        if (field is "conversation" or "from" && _random.Next(2) == 0)
        {
            activity[field] = new JsonObject { ["id"] = WrongValue() };
            return Json($"{field}.id of a wrong type", activity, FuzzExpectation.Either);
        }

        activity[field] = WrongValue();
        return Json($"'{field}' of a wrong type", activity, FuzzExpectation.Either);
    }

    private FuzzCase MissingOrNullRequired()
    {
        var activity = ValidActivity();
        var field = Pick(RequiredFields);
        if (_random.Next(2) == 0)
        {
            activity.Remove(field);
            return Json($"'{field}' missing", activity, FuzzExpectation.Refused);
        }

        activity[field] = field is "conversation" or "from" && _random.Next(2) == 0 ? new JsonObject { ["id"] = Pick<JsonNode?>([null, "", "  "]) } : null;
        return Json($"'{field}' null", activity, FuzzExpectation.Refused);
    }

    private FuzzCase NullOrMissingOptional()
    {
        var activity = ValidActivity();
        var field = Pick(OptionalFields);
        if (_random.Next(2) == 0)
        {
            activity.Remove(field);
        }
        else
        {
            activity[field] = null;
        }

        return Json($"'{field}' null or missing", activity, FuzzExpectation.Accepted);
    }

    private FuzzCase ExtraProperties()
    {
        var activity = ValidActivity();
        for (var i = _random.Next(1, 20); i > 0; i--)
        {
            activity[$"x{_random.Next(100_000)}"] = RandomJson(3);
        }

        return Json("unknown properties", activity, FuzzExpectation.Accepted);
    }

    private FuzzCase DuplicateKeys()
    {
        var activity = ValidActivity();
        var field = Pick(["text", "type", "conversation", "from", "value", "locale"]);
        var text = activity.ToJsonString();
        var duplicate = $"\"{field}\":{WrongValue()?.ToJsonString() ?? "null"},";
        return Raw($"duplicate '{field}'", "{" + duplicate + text[1..], "application/json", FuzzExpectation.Either);
    }

    private FuzzCase LoneSurrogate()
    {
        var activity = ValidActivity();
        var field = Pick(["text", "from", "conversation", "locale", "name", "id", "channelId"]);
        var surrogate = Pick(["\\ud800", "\\udfff", "a\\ud83d", "\\ude00b", "\\udbff\\udbff"]);
        var text = activity.ToJsonString();
        var body = field switch
        {
            "from" or "conversation" => text.Replace($"\"{field}\":{{\"id\":\"", $"\"{field}\":{{\"id\":\"{surrogate}", StringComparison.Ordinal),
            _ when activity[field] is JsonValue => text.Replace($"\"{field}\":\"", $"\"{field}\":\"{surrogate}", StringComparison.Ordinal),
            _ => text[..^1] + $",\"{field}\":\"{surrogate}\"}}",
        };
        return Raw($"lone surrogate in '{field}'", body, "application/json", FuzzExpectation.Either);
    }

    private FuzzCase ControlCharacters()
    {
        var activity = ValidActivity();
        activity["text"] = "\u0000\u0001\u001b[31m\u202e\ufeff\ufdd0\U0001FFFE" + RandomText(20) + "\r\n\t";
        return Json("control and special characters in the text", activity, FuzzExpectation.Accepted);
    }

    private FuzzCase Noncharacters()
    {
        var activity = ValidActivity();
        var field = Pick(["text", "locale", "name", "channelId"]);
        activity[field] = RandomText(5) + Pick(["\ufffe", "\uffff"]) + RandomText(5);
        return Json($"U+FFFE or U+FFFF in '{field}'", activity, FuzzExpectation.Refused);
    }

    private FuzzCase Truncated()
    {
        var bytes = Encoding.UTF8.GetBytes(ValidActivity().ToJsonString());
        return new FuzzCase(_index, "truncated JSON", bytes[.._random.Next(1, bytes.Length - 1)], "application/json", FuzzExpectation.Refused);
    }

    private FuzzCase InvalidUtf8()
    {
        var text = ValidActivity().ToJsonString();
        var position = text.IndexOf("\"text\":\"", StringComparison.Ordinal) + 8;
        var bytes = Encoding.UTF8.GetBytes(text);
        byte[] bad = Pick<byte[]>([[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]]);
        return new FuzzCase(_index, "invalid UTF-8 in the text", [.. bytes[..position], .. bad, .. bytes[position..]], "application/json", FuzzExpectation.Refused);
    }

    private FuzzCase NotAnObject() =>
        Raw("JSON that is not an object", Pick(["null", "[]", "[{}]", "\"message\"", "42", "true", "{}", "[" + ValidActivity().ToJsonString() + "]"]), "application/json", FuzzExpectation.Refused);

    private FuzzCase DeepNesting()
    {
        var depth = Pick([65, 1000, 10_000]);
        var field = Pick(["value", "channelData", "text", "attachments", "x"]);
        var activity = ValidActivity().ToJsonString();
        var nested = Pick([new string('[', depth) + new string(']', depth), string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)]);
        return Raw($"nesting {depth} deep in '{field}'", activity[..^1] + $",\"{field}\":{nested}}}", "application/json", FuzzExpectation.Refused);
    }

    private FuzzCase WrongContentType() =>
        Raw("wrong content type", ValidActivity().ToJsonString(), Pick(["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "image/png"]), FuzzExpectation.Refused);

    private FuzzCase Empty() => new(_index, "empty body", [], Pick<string?>(["application/json", null]), FuzzExpectation.Refused);

    private FuzzCase Garbage()
    {
        var bytes = new byte[_random.Next(1, 4096)];
        _random.NextBytes(bytes);
        bytes[0] = (byte)Pick("{[\"x\u00ff"u8.ToArray());
        return new FuzzCase(_index, "random bytes", bytes, "application/json", FuzzExpectation.Refused);
    }

    private FuzzCase HugeText()
    {
        var activity = ValidActivity();
        var field = Pick(["text", "text", "name", "locale", "from", "channelId"]);
        var huge = new string(Pick(['a', 'é', '€']), 1024 * 1024 / 3);
        if (field == "from")
        {
            activity["from"] = new JsonObject { ["id"] = huge };
        }
        else
        {
            activity[field] = huge;
        }

        return Json($"huge string in '{field}'", activity, FuzzExpectation.Either);
    }

    private FuzzCase OverTheLimit()
    {
        var activity = ValidActivity();
        activity["text"] = new string('x', maxBodyBytes + 1 + _random.Next(8 * 1024 * 1024));
        return Json("body over the size limit", activity, FuzzExpectation.Refused) with { Chunked = _random.Next(2) == 0 };
    }

    private FuzzCase WrongShapes()
    {
        var activity = ValidActivity();
        var field = Pick(["attachments", "entities", "suggestedActions", "membersAdded", "reactionsAdded", "relatesTo", "listenFor"]);
        activity[field] = Pick<Func<JsonNode?>>(
        [
            () => new JsonArray(RandomJson(2), RandomJson(2)),
            () => new JsonArray(new JsonObject { ["contentType"] = 5, ["content"] = "x", ["type"] = new JsonArray() }),
            () => new JsonObject { ["actions"] = "none", ["to"] = 3 },
            () => new JsonArray(JsonValue.Create(1), null, JsonValue.Create("x")),
            () => new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = "bot", ["text"] = 7 }),
        ])();
        return Json($"'{field}' of the wrong shape", activity, FuzzExpectation.Either);
    }

    private FuzzCase Json(string mutation, JsonObject activity, FuzzExpectation expectation) =>
        new(_index, mutation, Encoding.UTF8.GetBytes(activity.ToJsonString()), "application/json", expectation);

    private FuzzCase Raw(string mutation, string body, string? contentType, FuzzExpectation expectation) =>
        new(_index, mutation, Encoding.UTF8.GetBytes(body), contentType, expectation);

    private JsonNode? WrongValue() => _random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(int.MinValue, int.MaxValue)),
        2 => JsonValue.Create(1e308),
        3 => JsonValue.Create(true),
        4 => JsonValue.Create(string.Empty),
        5 => JsonValue.Create("   "),
        6 => new JsonArray(),
        7 => new JsonObject(),
        8 => new JsonArray(JsonValue.Create(1), JsonValue.Create("a"), null),
        9 => new JsonObject { ["id"] = new JsonObject { ["id"] = 1 } },
        10 => JsonValue.Create(RandomText(_random.Next(1, 64))),
        _ => JsonValue.Create(-0.0000001),
    };

    private JsonNode? RandomJson(int depth) => _random.Next(depth <= 0 ? 5 : 8) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next()),
        2 => JsonValue.Create(RandomText(_random.Next(0, 30))),
        3 => JsonValue.Create(_random.Next(2) == 0),
        4 => JsonValue.Create(_random.NextDouble() * 1e10),
        5 or 6 => new JsonObject { ["action"] = new JsonObject { ["type"] = Pick(["Action.Execute", "Action.Submit", "x"]), ["verb"] = RandomJson(depth - 1), ["data"] = RandomJson(depth - 1) }, ["k"] = RandomJson(depth - 1) },
        _ => new JsonArray(RandomJson(depth - 1), RandomJson(depth - 1)),
    };

    private string RandomText(int length)
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyz ÉéèàçœÆ€0123456789?!.,'\"\\/<>{}[]@#$%^&*()_+-=~`|;:🙂日本語";
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            var c = Alphabet[_random.Next(Alphabet.Length)];
            // Keep surrogate pairs whole: a lone one is a mutation of its own.
            if (char.IsHighSurrogate(c) || char.IsLowSurrogate(c))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> choices) => choices[_random.Next(choices.Count)];
}
