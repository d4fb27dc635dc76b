using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CareerBot.DirectLine.Endpoints;

/// <summary>The addresses of this service as the client reached it (scheme, host and path base of the request).</summary>
internal static class ServiceAddress
{
    public const string BasePath = "/v3/directline";

    /// <summary>The bot's <c>serviceUrl</c>: the host's root, as Azure's is <c>https://directline.botframework.com/</c>.</summary>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    /// <summary>The Direct Line base address, a client's <c>domain</c>.</summary>
    public static string Domain(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}";

    public static string StreamUrl(HttpRequest request, string conversationId, long? watermark, string streamToken)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = watermark is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"watermark={watermark}&");
        return $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?{query}t={Uri.EscapeDataString(streamToken)}";
    }
}
