using System.Text;

namespace CareerBot.Advisor.Prompts;

/// <summary>
/// The prompt templates, kept as text files in <c>Prompts/</c> (embedded resources) so that they can be read and
/// reviewed as prose. Placeholders are <c>{{name}}</c>, filled by plain replacement: no template engine, so nothing
/// in the data can be evaluated.
/// </summary>
internal static class PromptTemplates
{
    public static readonly string GroundedSystem = Load("GroundedAnswer.system.txt");

    public static readonly string GroundedUser = Load("GroundedAnswer.user.txt");

    public static readonly string CondenseQuestion = Load("CondenseQuestion.txt");

    public static readonly string Regenerate = Load("Regenerate.txt");

    public static string Render(string template, IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder(template);
        foreach (var (name, value) in values)
        {
            text.Replace("{{" + name + "}}", value);
        }

        return text.ToString();
    }

    private static string Load(string name)
    {
        using var stream = typeof(PromptTemplates).Assembly.GetManifestResourceStream("CareerBot.Advisor.Prompts." + name)
            ?? throw new InvalidOperationException($"The prompt template {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().TrimEnd();
    }
}
