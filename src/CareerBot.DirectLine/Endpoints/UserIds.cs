using System.Security.Cryptography;
using CareerBot.BotFramework.Schema;

namespace CareerBot.DirectLine.Endpoints;

/// <summary>
/// The user a conversation is bound to. Ids a page chooses carry Direct Line's <c>dl_</c> prefix (which
/// botframework-directlinejs reserves for ids embedded in tokens), so that they can never pass for another channel's
/// user; without one, a random id is drawn.
/// </summary>
internal static class UserIds
{
    public const string Prefix = "dl_";
    public const int MaxLength = 64;

    public static ChannelAccount? FromRequest(ChannelAccount? requested, out string? error)
    {
        error = null;
        var id = requested?.Id;
        if (string.IsNullOrEmpty(id))
        {
            return new ChannelAccount(NewId(), requested?.Name, "user");
        }

        if (!id.StartsWith(Prefix, StringComparison.Ordinal) || id.Length > MaxLength || id.Length == Prefix.Length
            || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            error = $"user.id must start with '{Prefix}', use only letters, digits, '_' and '-', and be at most {MaxLength} characters.";
            return null;
        }

        return new ChannelAccount(id, requested!.Name, "user");
    }

    public static string NewId() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
