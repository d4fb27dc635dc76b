using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Protocol;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Azure;

/// <summary>
/// Exchanges the Azure Bot Service Direct Line secret for a conversation token (<c>POST /v3/directline/tokens/generate</c>
/// on <see cref="DirectLineOptions.AzureEndpoint"/>), so that a browser gets a token and never the secret.
/// </summary>
public sealed class AzureTokenClient(HttpClient httpClient, IOptions<DirectLineOptions> options)
{
    private readonly DirectLineOptions _options = options?.Value ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Azure's Direct Line base address, the <c>domain</c> a page gives Web Chat.</summary>
    public string Domain => new Uri(_options.AzureEndpoint, "v3/directline").ToString();

    /// <exception cref="HttpRequestException">Azure refused or could not be reached.</exception>
    public async Task<Conversation> GenerateTokenAsync(string userId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.AzureEndpoint, "v3/directline/tokens/generate"))
        {
            Content = JsonContent.Create(new TokenParameters { User = new ChannelAccount(userId) }, options: BotJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.Secret);
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var conversation = await response.Content.ReadFromJsonAsync<Conversation>(BotJson.Options, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(conversation?.Token) || string.IsNullOrEmpty(conversation.ConversationId))
        {
            throw new HttpRequestException("Azure Direct Line answered without a token or conversation id.");
        }

        return conversation;
    }
}
