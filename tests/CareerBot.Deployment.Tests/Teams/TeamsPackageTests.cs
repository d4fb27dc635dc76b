using System.IO.Compression;
using System.Text.Json;

namespace CareerBot.Deployment.Tests.Teams;

/// <summary>
/// The Teams app package as build.sh writes it: exactly the files Teams expects at the zip's root, the app id and
/// domain filled in, icons of the required sizes (the outline white on transparent). The schema itself is checked by
/// tests/teams-manifest with Microsoft's published JSON schema.
/// </summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string AppId = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    private const string Domain = "careerbot.example.com";

    private readonly string _folder = Directory.CreateTempSubdirectory("teams-package-").FullName;

    private string Zip => Path.Combine(_folder, "careerbot-teams.zip");

    [Fact]
    public async Task The_package_holds_exactly_the_manifest_its_translation_and_the_two_icons_at_its_root()
    {
        await BuildAsync();

        using var zip = ZipFile.OpenRead(Zip);
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_manifest_carries_the_app_id_and_domain_given_to_the_build_and_no_placeholder()
    {
        await BuildAsync();

        var text = Read("manifest.json");
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(text);
        var root = manifest.RootElement;
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        var bot = root.GetProperty("bots")[0];
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.False(bot.GetProperty("supportsFiles").GetBoolean());
        Assert.Contains(Domain, root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("fr", root.GetProperty("localizationInfo").GetProperty("defaultLanguageTag").GetString());
        Assert.Equal("en.json", root.GetProperty("localizationInfo").GetProperty("additionalLanguages")[0].GetProperty("file").GetString());
        Assert.Equal("color.png", root.GetProperty("icons").GetProperty("color").GetString());
        Assert.Equal("outline.png", root.GetProperty("icons").GetProperty("outline").GetString());
    }

    [Fact]
    public async Task The_color_icon_is_192_pixels_square_and_opaque()
    {
        await BuildAsync();

        var icon = PngImage.Read(Bytes("color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                Assert.Equal(255, icon[x, y].A);
            }
        }
    }

    [Fact]
    public async Task The_outline_icon_is_32_pixels_square_white_on_transparent()
    {
        await BuildAsync();

        var icon = PngImage.Read(Bytes("outline.png"));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        var drawn = 0;
        var transparent = 0;
        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var (r, g, b, a) = icon[x, y];
                if (a == 0)
                {
                    transparent++;
                }
                else
                {
                    // Any pixel that shows is white; only its opacity varies (smoothed edges).
                    Assert.True((r, g, b) == (255, 255, 255), $"Pixel ({x},{y}) is ({r},{g},{b}), not white.");
                    drawn++;
                }
            }
        }

        Assert.Equal(0, icon[0, 0].A);
        Assert.True(drawn > 50, $"Only {drawn} pixels are drawn.");
        Assert.True(transparent > drawn, "The background must be transparent.");
    }

    [Theory]
    [InlineData(null, Domain, "set MicrosoftAppId")]
    [InlineData("not-a-guid", Domain, "MicrosoftAppId is not a GUID")]
    [InlineData(AppId, null, "set BotDomain")]
    [InlineData(AppId, "https://careerbot.example.com/", "BotDomain must be a host name")]
    public async Task The_build_refuses_a_missing_or_malformed_setting_and_writes_nothing(string? appId, string? domain, string message)
    {
        var (exitCode, output) = await PackageBuild.RunAsync(Zip, appId, domain);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task BuildAsync()
    {
        var (exitCode, output) = await PackageBuild.RunAsync(Zip, AppId, Domain);
        Assert.True(exitCode == 0, output);
    }

    private string Read(string entry)
    {
        using var zip = ZipFile.OpenRead(Zip);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private byte[] Bytes(string entry)
    {
        using var zip = ZipFile.OpenRead(Zip);
        using var stream = zip.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
