using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CareerBot.Advisor.Resources;

namespace CareerBot.Advisor.Tests.Resources;

public sealed partial class AdvisorMessagesTests
{
    [Fact]
    public void Every_french_message_has_an_english_one_with_the_same_placeholders()
    {
        var french = Entries(CultureInfo.InvariantCulture);
        var english = Entries(CultureInfo.GetCultureInfo("en"));

        Assert.NotEmpty(french);
        Assert.Equal(french.Keys.Order(), english.Keys.Order());
        Assert.All(french, entry => Assert.Equal(Placeholders(entry.Value), Placeholders(english[entry.Key])));
    }

    [Fact]
    public void Messages_follow_the_request_language_not_the_thread_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var french = Messages.For("fr").Get(nameof(AdvisorMessages.ListAnd));
            var english = Messages.For("en").Get(nameof(AdvisorMessages.ListAnd));

            Assert.Equal(" et ", french);
            Assert.Equal(" and ", english);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        // A manager of its own: disposing a set of the shared AdvisorMessages.ResourceManager would close it for every test.
        var manager = new ResourceManager(typeof(AdvisorMessages).FullName!, typeof(AdvisorMessages).Assembly);
        using var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for '{culture.Name}'.");
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static string[] Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order().ToArray();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
