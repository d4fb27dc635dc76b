using System.Globalization;

namespace CareerBot.BotFramework.Connector;

/// <summary>
/// The channel service URLs the bot may send its replies (and its bearer token) to. A forged or replayed activity
/// names its own <c>serviceUrl</c>; without this list the bot would post to, and authenticate against, any host.
/// <para>
/// A pattern is an origin: <c>scheme://host[:port]</c>. The host may start with <c>*.</c> (one label or more before
/// the rest, never the bare rest); the port may be <c>*</c> (any); without a port only the scheme's default port
/// matches. A URL matches when its scheme, host and port match one pattern; its path does not matter. URLs with
/// user info (<c>https://api.botframework.com@evil.example</c>) or a trailing dot never match: channels never send
/// them and they exist only to fool a matcher. International hosts are compared in their punycode form.
/// </para>
/// </summary>
public sealed class ServiceUrlAllowList
{
    /// <summary>The hosts of the Bot Framework and Teams channel services, public and sovereign clouds, over https.</summary>
    public static readonly IReadOnlyList<string> ChannelServicePatterns =
    [
        // Web Chat, Direct Line and the other Azure Bot Service channels (also their regional hosts: europe.…, india.…).
        "https://*.botframework.com",
        // Microsoft Teams, public cloud ("https://smba.trafficmanager.net/emea/", "/amer/", "/teams/"…). Only this
        // host: trafficmanager.net is a shared Azure domain where anyone can own a name.
        "https://smba.trafficmanager.net",
        // Microsoft Teams in the US government clouds: GCC, GCC High, DoD.
        "https://smba.infra.gcc.teams.microsoft.com",
        "https://smba.infra.gov.teams.microsoft.us",
        "https://smba.infra.dod.teams.microsoft.us",
        // Azure Bot Service channels in Azure Government and Azure China (21Vianet).
        "https://*.botframework.azure.us",
        "https://*.botframework.azure.cn",
    ];

    /// <summary>This machine, any port, http or https: the Emulator's and the Agents Playground's callback servers.</summary>
    public static readonly IReadOnlyList<string> LoopbackPatterns =
    [
        "http://localhost:*", "https://localhost:*",
        "http://127.0.0.1:*", "https://127.0.0.1:*",
        "http://[::1]:*", "https://[::1]:*",
    ];

    private readonly Pattern[] _patterns;

    /// <exception cref="FormatException">A pattern is not of the form <c>scheme://host[:port]</c>.</exception>
    public ServiceUrlAllowList(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _patterns = [.. patterns.Select(Pattern.Parse)];
        Patterns = [.. _patterns.Select(p => p.Text)];
    }

    /// <summary>The patterns, as given.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>
    /// The list in force: <paramref name="configured"/> when it has patterns (it replaces the defaults); otherwise the
    /// channel services, plus loopback when the bot is <paramref name="anonymous"/> (no app id: local testing only).
    /// </summary>
    public static ServiceUrlAllowList Create(IReadOnlyCollection<string>? configured, bool anonymous)
    {
        if (configured is { Count: > 0 })
        {
            return new ServiceUrlAllowList(configured);
        }

        return new ServiceUrlAllowList(anonymous ? [.. ChannelServicePatterns, .. LoopbackPatterns] : ChannelServicePatterns);
    }

    /// <summary>True when <paramref name="serviceUrl"/> is an absolute http(s) URL that a pattern allows.</summary>
    public bool IsAllowed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsAllowed(uri);

    /// <inheritdoc cref="IsAllowed(string?)"/>
    public bool IsAllowed(Uri? serviceUrl)
    {
        if (serviceUrl is not { IsAbsoluteUri: true }
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp)
            || serviceUrl.UserInfo.Length > 0)
        {
            return false;
        }

        // IdnHost: the punycode (ASCII) form, so a look-alike Unicode host never equals a pattern's ASCII host.
        var host = serviceUrl.IdnHost;
        if (host.Length == 0 || host.EndsWith('.'))
        {
            return false;
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.Matches(serviceUrl.Scheme, host, serviceUrl.Port, serviceUrl.IsDefaultPort))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Pattern(string Text, string Scheme, string Host, bool AnySubdomain, int? Port, bool AnyPort)
    {
        public static Pattern Parse(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            var trimmed = text.Trim().TrimEnd('/');
            var separator = trimmed.IndexOf("://", StringComparison.Ordinal);
            var scheme = separator < 0 ? string.Empty : trimmed[..separator].ToLowerInvariant();
            if (scheme != Uri.UriSchemeHttps && scheme != Uri.UriSchemeHttp)
            {
                throw Invalid(text, "it must start with https:// or http://");
            }

            var authority = trimmed[(separator + 3)..];
            if (authority.IndexOfAny(['/', '?', '#', '@']) >= 0)
            {
                throw Invalid(text, "it must be an origin (scheme://host[:port]), without path, query or user info");
            }

            var anyPort = authority.EndsWith(":*", StringComparison.Ordinal);
            if (anyPort)
            {
                authority = authority[..^2];
            }

            var anySubdomain = authority.StartsWith("*.", StringComparison.Ordinal);
            if (anySubdomain)
            {
                authority = authority[2..];
            }

            // Uri validates and normalizes the rest (case, punycode, IPv6 brackets); the wildcards are gone by now.
            if (authority.Contains('*', StringComparison.Ordinal)
                || !Uri.TryCreate($"{scheme}://{authority}/", UriKind.Absolute, out var uri)
                || uri.UserInfo.Length > 0
                || uri.AbsolutePath != "/"
                || uri.IdnHost.EndsWith('.'))
            {
                throw Invalid(text, "its host or port is not valid (a wildcard may only be a leading '*.' or the port ':*')");
            }

            var explicitPort = !anyPort && !uri.IsDefaultPort ? uri.Port : (int?)null;
            if (anyPort && !uri.IsDefaultPort)
            {
                throw Invalid(text, "it gives two ports");
            }

            return new Pattern(text, scheme, uri.IdnHost.ToLowerInvariant(), anySubdomain, explicitPort, anyPort);
        }

        public bool Matches(string scheme, string host, int port, bool isDefaultPort)
        {
            if (!string.Equals(scheme, Scheme, StringComparison.Ordinal))
            {
                return false;
            }

            if (!AnyPort && (Port is { } expected ? port != expected : !isDefaultPort))
            {
                return false;
            }

            if (!AnySubdomain)
            {
                return string.Equals(host, Host, StringComparison.OrdinalIgnoreCase);
            }

            // "*.botframework.com": at least one whole label before ".botframework.com", never "evilbotframework.com".
            return host.Length > Host.Length + 1
                && host.EndsWith(Host, StringComparison.OrdinalIgnoreCase)
                && host[host.Length - Host.Length - 1] == '.';
        }

        private static FormatException Invalid(string text, string why) =>
            new(string.Format(CultureInfo.InvariantCulture, "The service URL pattern '{0}' is not valid: {1}.", text, why));
    }
}
