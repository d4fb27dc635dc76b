using System.Globalization;
using System.Text;
using CareerBot.Knowledge.Loading;

namespace CareerBot.Knowledge.Benchmarks;

/// <summary>
/// Writes a synthetic knowledge folder of any size, to show how cost grows with the corpus: valid source articles
/// (front matter, an introduction, two sections of a paragraph and a list) whose titles and headings are drawn from
/// the real articles and whose text comes from a <see cref="BigramTextGenerator"/> trained on them, plus the real
/// synonyms. A fixed seed makes every run index the same bytes.
/// </summary>
internal static class SyntheticCorpus
{
    private const int Seed = 20_251_122;

    public static void Write(string realKnowledge, string folder, int documents)
    {
        var real = KnowledgeLoader.Load(realKnowledge);
        var articleBlocks = real.Sources.SelectMany(s => s.Blocks).Where(b => !b.IsComment).ToList();
        var titles = real.Sources.Select(s => s.Title).ToArray();
        var headings = articleBlocks.Select(b => b.Heading).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var random = new Random(Seed);
        var text = new BigramTextGenerator(articleBlocks.Select(b => b.Text), random);

        var sources = Path.Combine(folder, "sources");
        Directory.CreateDirectory(sources);
        for (var n = 1; n <= documents; n++)
        {
            var id = "synthetic_" + n.ToString("D5", CultureInfo.InvariantCulture);
            var article = new StringBuilder()
                .Append("---\nid: ").Append(id)
                .Append("\ntitle: ").Append(titles[random.Next(titles.Length)])
                .Append("\nlanguage: fr\n---\n\n")
                .Append(text.Paragraph(random.Next(2, 4))).Append("\n\n");
            for (var section = 0; section < 2; section++)
            {
                article.Append("## ").Append(headings[random.Next(headings.Length)]).Append("\n\n")
                    .Append(text.Paragraph(random.Next(2, 5))).Append("\n\n");
                for (var item = random.Next(2, 5); item > 0; item--)
                {
                    article.Append("- ").Append(text.Sentence()).Append('\n');
                }

                article.Append('\n');
            }

            File.WriteAllText(Path.Combine(sources, id + ".md"), article.ToString());
        }

        File.Copy(Path.Combine(realKnowledge, "synonyms.txt"), Path.Combine(folder, "synonyms.txt"), overwrite: true);
        // No fact sheet: facts quote the real articles, and search does not read them.
        File.WriteAllText(Path.Combine(folder, "facts.json"), "[]\n");
    }
}
