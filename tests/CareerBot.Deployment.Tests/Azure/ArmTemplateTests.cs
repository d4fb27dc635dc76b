using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerBot.Advisor.Llm;
using CareerBot.BotFramework.Authentication;

namespace CareerBot.Deployment.Tests.Azure;

public sealed partial class ArmTemplateTests
{
    public static TheoryData<string> Templates => [ArmTemplate.PreexistingGroup, ArmTemplate.NewGroup];

    private static ArmTemplate Group => ArmTemplate.Load(ArmTemplate.PreexistingGroup);

    [Fact]
    public void Every_json_file_parses()
    {
        var files = Directory.GetFiles(ArmTemplate.Folder, "*.json");
        Assert.Equal(4, files.Length);
        foreach (var file in files)
        {
            Assert.NotNull(JsonNode.Parse(File.ReadAllText(file)));
        }
    }

    [Fact]
    public void The_group_template_has_the_bot_its_three_channels_the_web_app_and_the_state_stores()
    {
        var types = Group.Resources.Select(r => (string)r["type"]!).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "Microsoft.BotService/botServices", "Microsoft.BotService/botServices/channels", "Microsoft.Web/serverfarms",
            "Microsoft.Web/sites", "Microsoft.ManagedIdentity/userAssignedIdentities", "Microsoft.Storage/storageAccounts",
            "Microsoft.DocumentDB/databaseAccounts", "Microsoft.CognitiveServices/accounts",
            "Microsoft.CognitiveServices/accounts/deployments", "Microsoft.Insights/components",
        }, types);
        Assert.All(Group.Resources, r => Assert.Matches(ApiVersion(), (string?)r["apiVersion"] ?? ""));

        var channels = Group.Resources.Where(r => (string?)r["type"] == "Microsoft.BotService/botServices/channels")
            .Select(r => (string)r["properties"]!["channelName"]!).Order();
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel", "WebChatChannel"], channels);
        Assert.Equal("[format('https://{0}/api/messages', reference(resourceId('Microsoft.Web/sites', variables('webAppName')), '2023-12-01').defaultHostName)]",
            (string?)Group.Single("Microsoft.BotService/botServices")["properties"]!["endpoint"]);
    }

    [Fact]
    public void The_web_app_runs_dotnet_10_on_linux_always_on_with_websockets_https_and_the_readiness_probe()
    {
        var site = Group.Single("Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("/readyz", (string?)config["healthCheckPath"]);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.True((bool)config["webSocketsEnabled"]!);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.True((bool)Group.Single("Microsoft.Web/serverfarms")["properties"]!["reserved"]!);
    }

    [Fact]
    public void The_identity_follows_app_type_through_conditions()
    {
        var appType = Group.Parameters["appType"]!;
        Assert.Equal(Enum.GetNames<BotAppType>().Order(), appType["allowedValues"]!.AsArray().Select(v => (string)v!).Order());
        Assert.Equal("[equals(parameters('appType'), 'UserAssignedMSI')]", (string?)Group.Variables["useMsi"]);

        Assert.Equal("[variables('useMsi')]", (string?)Group.Single("Microsoft.ManagedIdentity/userAssignedIdentities")["condition"]);
        var identity = (string)Group.Single("Microsoft.Web/sites")["identity"]!;
        Assert.StartsWith("[if(variables('useMsi'), createObject('type', 'UserAssigned', 'userAssignedIdentities', createObject(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities'", identity, StringComparison.Ordinal);

        var bot = Group.Single("Microsoft.BotService/botServices")["properties"]!;
        Assert.Equal("[parameters('appType')]", (string?)bot["msaAppType"]);
        Assert.StartsWith("[if(variables('useMsi'), resourceId('Microsoft.ManagedIdentity/userAssignedIdentities'", (string?)bot["msaAppMSIResourceId"], StringComparison.Ordinal);
        var settings = AppSettings(Group);
        Assert.Equal((string?)bot["msaAppId"], settings["MicrosoftAppId"]);
        Assert.Equal("[parameters('appType')]", settings["MicrosoftAppType"]);
        Assert.Equal("[if(variables('useMsi'), '', parameters('appSecret'))]", settings["MicrosoftAppPassword"]);
    }

    [Fact]
    public void State_store_language_model_and_insights_are_chosen_by_parameters()
    {
        Assert.Equal(["Blob", "Cosmos"], Group.Parameters["stateStore"]!["allowedValues"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("[variables('useBlob')]", (string?)Group.Single("Microsoft.Storage/storageAccounts")["condition"]);
        Assert.Equal("[variables('useCosmos')]", (string?)Group.Single("Microsoft.DocumentDB/databaseAccounts")["condition"]);
        var openAi = Group.Single("Microsoft.CognitiveServices/accounts");
        Assert.Equal("OpenAI", (string?)openAi["kind"]);
        Assert.Equal("[parameters('deployAzureOpenAI')]", (string?)openAi["condition"]);
        Assert.Equal("[parameters('deployApplicationInsights')]", (string?)Group.Single("Microsoft.Insights/components")["condition"]);
        Assert.Equal(Enum.GetNames<LlmProvider>(), Group.Parameters["llmProvider"]!["allowedValues"]!.AsArray().Select(v => (string)v!));

        var settings = AppSettings(Group);
        Assert.Equal("[parameters('stateStore')]", settings["Storage__Provider"]);
        Assert.StartsWith("[if(parameters('deployAzureOpenAI'), 'AzureOpenAI',", settings["Llm__Provider"], StringComparison.Ordinal);
        Assert.Contains("Microsoft.Insights/components", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_parameter_and_variable_is_declared_and_used(string file)
    {
        var template = ArmTemplate.Load(file);
        Assert.Equal(template.Parameters.Select(p => p.Key).Order(), template.Referenced("parameters").Order());
        Assert.Equal(template.Variables.Select(v => v.Key).Order(), template.Referenced("variables").Order());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_parameters_file_fits_its_template(string file)
    {
        var template = ArmTemplate.Load(file);
        var values = ArmTemplate.Load("parameters-for-" + file).Parameters;

        Assert.Empty(values.Select(v => v.Key).Except(template.Parameters.Select(p => p.Key)));
        foreach (var (name, declaration) in template.Parameters)
        {
            if (declaration!["defaultValue"] is null)
            {
                Assert.True(values.ContainsKey(name), $"required parameter {name} has no value in the parameters file");
            }

            if (values[name]?["value"] is not { } value)
            {
                continue;
            }

            var expected = (string)declaration["type"]! switch
            {
                "string" or "securestring" => System.Text.Json.JsonValueKind.String,
                "int" => System.Text.Json.JsonValueKind.Number,
                "bool" => value.GetValueKind() is System.Text.Json.JsonValueKind.True ? System.Text.Json.JsonValueKind.True : System.Text.Json.JsonValueKind.False,
                var other => throw new InvalidOperationException($"{name}: type {other} not checked"),
            };
            Assert.Equal(expected, value.GetValueKind());
            if (declaration["allowedValues"] is JsonArray allowed)
            {
                Assert.Contains(allowed, a => JsonNode.DeepEquals(a, value));
            }
        }
    }

    [Fact]
    public void The_new_group_template_creates_the_group_and_deploys_the_group_template_into_it()
    {
        var subscription = ArmTemplate.Load(ArmTemplate.NewGroup);
        Assert.Contains("subscriptionDeploymentTemplate.json", (string?)subscription.Root["$schema"], StringComparison.Ordinal);
        Assert.Equal("[parameters('groupName')]", (string?)subscription.Single("Microsoft.Resources/resourceGroups")["name"]);
        var deployment = subscription.Single("Microsoft.Resources/deployments");
        Assert.Equal("[parameters('groupName')]", (string?)deployment["resourceGroup"]);
        Assert.Equal("inner", (string?)deployment["properties"]!["expressionEvaluationOptions"]!["scope"]);

        // One source of truth: the nested template is the group template, so the two cannot drift apart.
        Assert.True(JsonNode.DeepEquals(Group.Root, deployment["properties"]!["template"]), "the nested template differs from " + ArmTemplate.PreexistingGroup);

        var passed = deployment["properties"]!["parameters"]!.AsObject();
        Assert.Equal(Group.Parameters.Select(p => p.Key).Order(), passed.Select(p => p.Key).Order());
        Assert.Equal("[parameters('groupLocation')]", (string?)passed["location"]!["value"]);
        foreach (var (name, declaration) in Group.Parameters.Where(p => p.Key != "location"))
        {
            Assert.True(JsonNode.DeepEquals(declaration, subscription.Parameters[name]), $"{name} is declared differently in the two templates");
            Assert.Equal($"[parameters('{name}')]", (string?)passed[name]!["value"]);
        }
    }

    [Fact]
    public void Every_app_setting_is_a_configuration_key_the_host_reads()
    {
        var hostKeys = HostConfigurationKeys.Read();
        // Sanity: the recording sees the keys read at composition and through options binding, of every kind.
        Assert.Equal([], SampleKeys.Where(k => !hostKeys.Contains(k)));
        var known = new HashSet<string>(hostKeys, StringComparer.OrdinalIgnoreCase);
        // The state stores the templates choose read their own keys only when chosen: read the host with each.
        foreach (var store in StoreSettings)
        {
            known.UnionWith(HostConfigurationKeys.Read(store));
        }

        Assert.Contains("Storage:Blob:ConnectionString", known);
        Assert.Contains("Storage:Cosmos:AuthKey", known);

        var unread = AppSettings(Group).Keys.Where(name => !PlatformSettings.Contains(name) && !known.Contains(name.Replace("__", ":", StringComparison.Ordinal)));
        Assert.Empty(unread);
    }

    /// <summary>The settings that choose the Azure state stores, as the templates set them (no call is made).</summary>
    private static readonly Dictionary<string, string?>[] StoreSettings =
    [
        new() { ["Storage:Provider"] = "Blob", ["Storage:Blob:ConnectionString"] = "UseDevelopmentStorage=true" },
        new() { ["Storage:Provider"] = "Cosmos", ["Storage:Cosmos:Endpoint"] = "https://127.0.0.1:8081/", ["Storage:Cosmos:AuthKey"] = "a2V5" },
    ];

    private static readonly string[] SampleKeys = ["Storage:Provider", "MicrosoftAppId", "Llm:ChatModel", "Knowledge:Path", "DirectLine:SelfHostedSecret"];

    /// <summary>
    /// Settings read by the platform, not by the host's configuration: Kestrel's port (ASP.NET Core's own
    /// <c>ASPNETCORE_HTTP_PORTS</c>, which the host's Program.cs honours), and the App Service Application Insights agent.
    /// </summary>
    private static readonly HashSet<string> PlatformSettings = ["ASPNETCORE_HTTP_PORTS", "APPLICATIONINSIGHTS_CONNECTION_STRING"];

    private static Dictionary<string, string> AppSettings(ArmTemplate template) =>
        template.Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => (string)s!["value"]!);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(-preview)?$")]
    private static partial Regex ApiVersion();
}
