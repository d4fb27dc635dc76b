using CareerBot.BotFramework.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>The DI registration: options bound from the <c>Connector</c> section, validated, and the factory.</summary>
public sealed class AddBotConnectorTests
{
    private readonly FixedAccessTokenProvider _tokens = new("token");

    [Fact]
    public void Options_are_bound_from_the_Connector_section()
    {
        using var services = ConnectorTestServices.Build(_tokens, new Dictionary<string, string?>
        {
            ["Connector:MaxRetryAttempts"] = "5",
            ["Connector:BaseDelay"] = "00:00:00.250",
            ["Connector:Timeout"] = "00:00:45",
            ["Connector:AttemptTimeout"] = "00:00:07",
        });

        var options = services.GetRequiredService<IOptions<ConnectorClientOptions>>().Value;

        Assert.Equal(5, options.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(45), options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(7), options.AttemptTimeout);
    }

    [Theory]
    [InlineData("Connector:MaxRetryAttempts", "-1", "MaxRetryAttempts")]
    [InlineData("Connector:MaxRetryAttempts", "11", "MaxRetryAttempts")]
    [InlineData("Connector:BaseDelay", "-00:00:01", "BaseDelay")]
    [InlineData("Connector:Timeout", "00:00:00.001", "Timeout")]
    [InlineData("Connector:AttemptTimeout", "00:00:11", "AttemptTimeout")]
    public void Unusable_settings_are_refused_with_the_setting_named(string key, string value, string named)
    {
        using var services = ConnectorTestServices.Build(_tokens, new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IConnectorClientFactory>().Create("https://smba.trafficmanager.net/teams/"));

        Assert.Contains($"Connector:{named}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_factory_is_a_singleton_that_gives_a_client_for_the_service_url()
    {
        using var services = ConnectorTestServices.Build(_tokens);
        var factory = services.GetRequiredService<IConnectorClientFactory>();

        var client = factory.Create("https://smba.trafficmanager.net/teams/");

        Assert.Same(factory, services.GetRequiredService<IConnectorClientFactory>());
        Assert.IsType<ConnectorClient>(client);
        Assert.Equal(new Uri("https://smba.trafficmanager.net/teams/"), client.ServiceUrl);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("ftp://example.org/")]
    public void Service_urls_that_are_not_absolute_http_are_refused(string serviceUrl)
    {
        using var services = ConnectorTestServices.Build(_tokens);

        Assert.Throws<ArgumentException>(() => services.GetRequiredService<IConnectorClientFactory>().Create(serviceUrl));
    }
}
