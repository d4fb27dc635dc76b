using CareerBot.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Tests.Authentication;

public sealed class BotFrameworkAuthenticationOptionsTests
{
    [Fact]
    public void Binds_the_bot_framework_setting_names_from_the_configuration_root()
    {
        var options = Bind(new()
        {
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "tenant-id",
            ["BotOpenIdMetadataUrl"] = "https://bf.example/meta",
            ["EmulatorOpenIdMetadataUrlV1"] = "https://entra.example/v1",
            ["EmulatorOpenIdMetadataUrlV2"] = "https://entra.example/v2",
            ["ToChannelFromBotLoginUrlPrefix"] = "https://login.example/",
            ["ToChannelFromBotOAuthScope"] = "https://api.example/.default",
        });

        Assert.Equal("app-id", options.MicrosoftAppId);
        Assert.Equal("secret", options.MicrosoftAppPassword);
        Assert.Equal(BotAppType.SingleTenant, options.ParseAppType());
        Assert.Equal("tenant-id", options.MicrosoftAppTenantId);
        Assert.Equal("https://bf.example/meta", options.BotOpenIdMetadataUrl);
        Assert.Equal("https://entra.example/v1", options.EmulatorOpenIdMetadataUrlV1);
        Assert.Equal("https://entra.example/v2", options.EmulatorOpenIdMetadataUrlV2);
        Assert.Equal("https://login.example/tenant-id", options.ToChannelFromBotAuthority);
        Assert.Equal("https://api.example/.default", options.ToChannelFromBotOAuthScope);
        Assert.False(options.IsAnonymous);
    }

    [Fact]
    public void Defaults_are_the_public_azure_endpoints_and_anonymous_mode()
    {
        var options = Bind([]);

        Assert.True(options.IsAnonymous);
        Assert.Equal(BotAppType.MultiTenant, options.ParseAppType());
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.BotOpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com/common/.well-known/openid-configuration", options.EmulatorOpenIdMetadataUrlV1);
        Assert.Equal("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", options.EmulatorOpenIdMetadataUrlV2);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", options.ToChannelFromBotAuthority);
        Assert.Equal("https://api.botframework.com/.default", options.ToChannelFromBotOAuthScope);
        Assert.Equal("https://api.botframework.com", options.ToChannelFromBotResource);
    }

    [Theory]
    [InlineData("", BotAppType.MultiTenant)]
    [InlineData("multitenant", BotAppType.MultiTenant)]
    [InlineData("SINGLETENANT", BotAppType.SingleTenant)]
    [InlineData(" UserAssignedMSI ", BotAppType.UserAssignedMSI)]
    public void App_type_is_read_case_insensitively_and_empty_means_multi_tenant(string setting, BotAppType expected)
    {
        var options = Bind(new() { ["MicrosoftAppType"] = setting });

        Assert.Equal(expected, options.ParseAppType());
    }

    [Fact]
    public void An_explicit_login_url_overrides_the_derived_authority()
    {
        var options = new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppType = "SingleTenant",
            MicrosoftAppTenantId = "tenant-id",
            ToChannelFromBotLoginUrl = "https://login.sovereign.example/custom",
        };

        Assert.Equal("https://login.sovereign.example/custom", options.ToChannelFromBotAuthority);
    }

    [Fact]
    public void Anonymous_settings_are_valid()
    {
        Assert.True(Validate(new BotFrameworkAuthenticationOptions()).Succeeded);
    }

    [Theory]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword")]
    [InlineData("SingleTenant", "secret", null, "MicrosoftAppTenantId")]
    [InlineData("DoubleTenant", "secret", null, "MicrosoftAppType")]
    public void Incomplete_credentials_are_invalid(string appType, string? password, string? tenant, string expectedSetting)
    {
        var result = Validate(new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = "app-id",
            MicrosoftAppType = appType,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenant,
        });

        Assert.True(result.Failed);
        Assert.Contains(expectedSetting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Managed_identity_needs_no_password()
    {
        Assert.True(Validate(new BotFrameworkAuthenticationOptions { MicrosoftAppId = "app-id", MicrosoftAppType = "UserAssignedMSI" }).Succeeded);
    }

    [Fact]
    public void Endpoints_must_be_absolute_http_urls()
    {
        var result = Validate(new BotFrameworkAuthenticationOptions { BotOpenIdMetadataUrl = "login.botframework.com/metadata" });

        Assert.True(result.Failed);
        Assert.Contains("BotOpenIdMetadataUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    private static BotFrameworkAuthenticationOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddBotFrameworkAuthentication(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value;
    }

    private static ValidateOptionsResult Validate(BotFrameworkAuthenticationOptions options) =>
        new BotFrameworkAuthenticationOptionsValidator().Validate(name: null, options);
}
