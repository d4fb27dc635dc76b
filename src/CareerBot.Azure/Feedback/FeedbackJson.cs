using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Azure.Feedback;

/// <summary>How a <see cref="CareerBot.Advisor.Feedback.FeedbackRecord"/> is written in the Azure stores: camelCase, the reaction by name.</summary>
internal static class FeedbackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
