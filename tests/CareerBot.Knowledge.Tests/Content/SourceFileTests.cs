namespace CareerBot.Knowledge.Tests.Content;

/// <summary>The cleaned source articles: valid front matter and text faithful to the seeds.</summary>
public sealed class SourceFileTests
{
    private static readonly HashSet<string> FrontMatterKeys = new(StringComparer.Ordinal) { "id", "title", "language", "publisher", "author", "date" };
    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal) { "fr", "en" };

    [Fact]
    public void Every_seed_has_a_source_file_and_every_source_file_a_seed()
    {
        Assert.True(Directory.Exists(ContentPaths.Seeds), $"seed folder missing: {ContentPaths.Seeds}");
        var seeds = Directory.GetFiles(ContentPaths.Seeds, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var sources = ContentPaths.SourceFiles().Select(Path.GetFileNameWithoutExtension);

        Assert.NotEmpty(seeds);
        Assert.Equal(seeds, sources);
    }

    [Fact]
    public void Every_source_file_has_a_valid_front_matter()
    {
        var problems = new List<string>();
        foreach (var path in ContentPaths.SourceFiles())
        {
            var source = SourceFile.Load(path);
            var name = Path.GetFileName(path);
            problems.AddRange(source.Errors);

            if (!source.FrontMatter.TryGetValue("id", out var id) || id != source.Id)
            {
                problems.Add($"{name}: id '{id}' is not the file name '{source.Id}'");
            }

            if (!source.FrontMatter.TryGetValue("title", out var title) || string.IsNullOrWhiteSpace(title))
            {
                problems.Add($"{name}: title is missing");
            }

            if (!source.FrontMatter.TryGetValue("language", out var language) || !Languages.Contains(language))
            {
                problems.Add($"{name}: language '{language}' is not fr or en");
            }

            problems.AddRange(source.FrontMatter.Keys.Where(k => !FrontMatterKeys.Contains(k)).Select(k => $"{name}: unknown front matter key '{k}'"));
            problems.AddRange(source.FrontMatter.Where(e => e.Value.Length == 0).Select(e => $"{name}: front matter '{e.Key}' is empty"));

            if (!source.Blocks.Any(b => b.Kind != SourceBlockKind.Heading))
            {
                problems.Add($"{name}: no text");
            }
        }

        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Every_heading_paragraph_and_list_item_is_in_the_seed()
    {
        var problems = new List<string>();
        foreach (var path in ContentPaths.SourceFiles())
        {
            var source = SourceFile.Load(path);
            var seedPath = ContentPaths.SeedFile(source.Id);
            if (!File.Exists(seedPath))
            {
                problems.Add($"{source.Id}: no seed {seedPath}");
                continue;
            }

            var seed = ContentText.NormalizeSeed(File.ReadAllText(seedPath, ContentText.StrictUtf8));
            problems.AddRange(source.Blocks
                .Where(b => !seed.Contains(ContentText.Normalize(b.Text), StringComparison.Ordinal))
                .Select(b => $"{Path.GetFileName(path)}:{b.Line}: {b.Kind} not in the seed: {Shorten(b.Text)}"));
        }

        ContentAssert.NoProblems(problems);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
