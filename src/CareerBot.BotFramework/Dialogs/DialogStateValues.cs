using System.Globalization;
using System.Text.Json;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Dialogs;

/// <summary>Reads a value of a dialog's state as a type, whether it is still the live object or was reloaded from JSON.</summary>
public static class DialogStateValues
{
    /// <summary>The wire settings, plus plain-value reading of nested state dictionaries.</summary>
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// <paramref name="value"/> as a <typeparamref name="T"/>: itself when it already is one, deserialized when it
    /// is a <see cref="JsonElement"/>, converted when it is a reloaded scalar (a <see cref="long"/> read as an int).
    /// </summary>
    public static T? As<T>(object? value) => value switch
    {
        null => default,
        T typed => typed,
        JsonElement element => element.Deserialize<T>(Options),
        IConvertible convertible => (T)convertible.ToType(Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"A dialog state value of type {value.GetType().Name} cannot be read as {typeof(T).Name}."),
    };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(BotJson.Options);
        options.Converters.Add(new DialogStateDictionaryConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
