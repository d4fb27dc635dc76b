using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerBot.Deployment.Tests.Teams;

namespace CareerBot.Deployment.Tests.Azure;

/// <summary>An ARM template or parameters file of deploymentTemplates/azure, parsed, with the lookups the tests need.</summary>
internal sealed partial class ArmTemplate
{
    public const string PreexistingGroup = "template-with-preexisting-rg.json";

    public const string NewGroup = "template-with-new-rg.json";

    private ArmTemplate(JsonObject root) => Root = root;

    public static string Folder { get; } = Path.Combine(PackageBuild.RepositoryRoot, "deploymentTemplates", "azure");

    public JsonObject Root { get; }

    public JsonObject Parameters => Root["parameters"]!.AsObject();

    public JsonObject Variables => Root["variables"]?.AsObject() ?? [];

    public IEnumerable<JsonObject> Resources => Root["resources"]!.AsArray().Select(r => r!.AsObject());

    public static ArmTemplate Load(string fileName) =>
        new(JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, fileName)))!.AsObject());

    public static ArmTemplate FromNode(JsonObject root) => new(root);

    public JsonObject Single(string type) => Assert.Single(Resources, r => (string?)r["type"] == type);

    /// <summary>The names in <c>parameters('x')</c> / <c>variables('x')</c> of every expression, nested templates excluded.</summary>
    public ISet<string> Referenced(string function)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Walk(Root, value =>
        {
            foreach (Match m in Reference().Matches(value))
            {
                if (m.Groups["fn"].Value == function)
                {
                    found.Add(m.Groups["name"].Value);
                }
            }
        });
        return found;
    }

    private static void Walk(JsonNode? node, Action<string> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    // A nested template with its own (inner) scope has its own parameters and variables.
                    if (key == "template" && obj.ContainsKey("mode"))
                    {
                        continue;
                    }

                    Walk(child, visit);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, visit);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                visit(text);
                break;
        }
    }

    [GeneratedRegex(@"\b(?<fn>parameters|variables)\('(?<name>[^']+)'\)")]
    private static partial Regex Reference();
}
