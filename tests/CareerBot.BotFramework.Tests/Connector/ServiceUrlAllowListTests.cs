using CareerBot.BotFramework.Connector;

namespace CareerBot.BotFramework.Tests.Connector;

public sealed class ServiceUrlAllowListTests
{
    private static readonly ServiceUrlAllowList Authenticated = ServiceUrlAllowList.Create(configured: null, anonymous: false);
    private static readonly ServiceUrlAllowList Anonymous = ServiceUrlAllowList.Create(configured: [], anonymous: true);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/teams")]
    [InlineData("https://SMBA.TrafficManager.NET/amer/")]
    [InlineData("https://webchat.botframework.com/")]
    [InlineData("https://directline.botframework.com")]
    [InlineData("https://europe.webchat.botframework.com/")]
    [InlineData("https://smba.trafficmanager.net:443/emea/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams")]
    [InlineData("https://webchat.botframework.azure.us/")]
    [InlineData("https://webchat.botframework.azure.cn/")]
    public void Channel_services_are_allowed_in_both_modes(string serviceUrl)
    {
        Assert.True(Authenticated.IsAllowed(serviceUrl));
        Assert.True(Anonymous.IsAllowed(serviceUrl));
    }

    [Theory]
    // Plain foreign hosts, and hosts that only look like a channel's.
    [InlineData("https://evil.example/")]
    [InlineData("https://evil.example/api.botframework.com")]
    [InlineData("https://evil.example/?u=https://smba.trafficmanager.net/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://botframework.com/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://other.trafficmanager.net/")]
    [InlineData("https://trafficmanager.net/")]
    // User info: the host is what follows the '@'; channels never send user info, so it never matches.
    [InlineData("https://api.botframework.com@evil.example/")]
    [InlineData("https://user:pass@webchat.botframework.com/")]
    [InlineData("https://smba.trafficmanager.net%40evil.example/")]
    // A trailing dot names the same DNS host, but channels never send one.
    [InlineData("https://smba.trafficmanager.net./emea/")]
    [InlineData("https://webchat.botframework.com./")]
    // Look-alikes in Unicode (Cyrillic 'е', 'а'): compared in punycode, they differ.
    [InlineData("https://webchat.botfrаmework.com/")]
    [InlineData("https://smba.trаfficmanager.net/")]
    [InlineData("https://xn--smba-trafficmanager-net.example/")]
    // Other schemes, plain http, other ports.
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("http://webchat.botframework.com/")]
    [InlineData("https://smba.trafficmanager.net:8443/emea/")]
    [InlineData("https://webchat.botframework.com:444/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("gopher://127.0.0.1:6379/")]
    // IP literals, also of loopback and the cloud metadata service.
    [InlineData("https://20.190.128.1/")]
    [InlineData("http://169.254.169.254/metadata/")]
    [InlineData("https://[2001:db8::1]/")]
    // Not URLs at all.
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("smba.trafficmanager.net")]
    [InlineData("/v3/conversations")]
    [InlineData(null)]
    public void Anything_else_is_refused_in_both_modes(string? serviceUrl)
    {
        Assert.False(Authenticated.IsAllowed(serviceUrl));
        Assert.False(Anonymous.IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("http://localhost:3978/")]
    [InlineData("http://LOCALHOST:56150/_connector")]
    [InlineData("https://localhost:5001/")]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://127.0.0.1/")]
    [InlineData("https://127.0.0.1:44300/")]
    [InlineData("http://[::1]:3978/")]
    public void Loopback_is_allowed_in_anonymous_mode_only(string serviceUrl)
    {
        Assert.True(Anonymous.IsAllowed(serviceUrl));
        Assert.False(Authenticated.IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("http://localhost.evil.example:3978/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    [InlineData("http://localhost@evil.example/")]
    [InlineData("http://evil.example@127.0.0.1:9/")]
    [InlineData("http://10.0.0.5:3978/")]
    [InlineData("http://192.168.1.20:3978/")]
    [InlineData("http://0.0.0.0:3978/")]
    [InlineData("http://localhost.:3978/")]
    public void Anonymous_mode_allows_loopback_and_nothing_else_nearby(string serviceUrl) =>
        Assert.False(Anonymous.IsAllowed(serviceUrl));

    [Fact]
    public void A_configured_list_replaces_the_defaults()
    {
        var list = ServiceUrlAllowList.Create(["https://*.contoso.example", "http://127.0.0.1:*", "https://bots.fabrikam.example:8443"], anonymous: true);

        Assert.True(list.IsAllowed("https://eu.contoso.example/api/"));
        Assert.True(list.IsAllowed("https://a.b.contoso.example/"));
        Assert.False(list.IsAllowed("https://contoso.example/"));
        Assert.True(list.IsAllowed("http://127.0.0.1:5123/"));
        Assert.True(list.IsAllowed("https://bots.fabrikam.example:8443/"));
        Assert.False(list.IsAllowed("https://bots.fabrikam.example/"));
        Assert.False(list.IsAllowed("https://bots.fabrikam.example:8444/"));
        // The defaults are gone, loopback by name included.
        Assert.False(list.IsAllowed("https://smba.trafficmanager.net/emea/"));
        Assert.False(list.IsAllowed("http://localhost:5123/"));
    }

    [Fact]
    public void International_patterns_match_their_punycode_form()
    {
        var list = new ServiceUrlAllowList(["https://bücher.example"]);

        Assert.True(list.IsAllowed("https://bücher.example/"));
        Assert.True(list.IsAllowed("https://xn--bcher-kva.example/"));
        Assert.False(list.IsAllowed("https://bucher.example/"));
    }

    [Theory]
    [InlineData("smba.trafficmanager.net")]
    [InlineData("ftp://files.example")]
    [InlineData("https://*")]
    [InlineData("https://*.")]
    [InlineData("https://a.*.example")]
    [InlineData("https://*example.com")]
    [InlineData("https://host.example/path")]
    [InlineData("https://host.example?x=1")]
    [InlineData("https://user@host.example")]
    [InlineData("https://host.example:8443:*")]
    [InlineData("https://host.example.")]
    [InlineData("")]
    public void Unreadable_patterns_are_refused_naming_the_pattern(string pattern)
    {
        var error = Assert.Throws<FormatException>(() => new ServiceUrlAllowList([pattern]));
        Assert.Contains($"'{pattern}'", error.Message, StringComparison.Ordinal);
    }
}
