using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CareerBot.BotFramework.Authentication;

/// <summary>
/// Reads the <c>endorsements</c> of a Bot Framework signing key: the channel ids the key may sign for, published
/// as a non-standard member of the key in the JWKS. IdentityModel keeps such members in
/// <see cref="Microsoft.IdentityModel.Tokens.JsonWebKey.AdditionalData"/>.
/// </summary>
internal static class SigningKeyEndorsements
{
    /// <summary>The endorsements of the key <paramref name="keyId"/> in the metadata; empty when it has none.</summary>
    public static IReadOnlySet<string> Find(OpenIdConnectConfiguration configuration, string? keyId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null
            || !key.AdditionalData.TryGetValue(AuthenticationConstants.EndorsementsMember, out var value)
            || value is not JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            return new HashSet<string>();
        }

        return array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => e.GetString()!)
            .ToHashSet(StringComparer.Ordinal);
    }
}
