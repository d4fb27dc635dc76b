using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Tests.Understanding;

public sealed class RecentReadingsTests
{
    [Fact]
    public void A_text_read_again_gets_the_same_reading_without_being_read_anew()
    {
        var read = new List<string>();
        var readings = new RecentReadings(10, text => Read(read, text));

        var first = readings.Get("Quel salaire ?");
        var second = readings.Get("Quel salaire ?");

        Assert.Same(first, second);
        Assert.Equal(["Quel salaire ?"], read);
    }

    [Fact]
    public void Texts_are_told_apart_exactly()
    {
        var read = new List<string>();
        var readings = new RecentReadings(10, text => Read(read, text));

        readings.Get("Quel salaire ?");
        readings.Get("quel salaire ?");
        readings.Get("Quel salaire ? ");

        Assert.Equal(3, read.Count);
    }

    [Fact]
    public void The_least_recently_used_reading_leaves_first_when_full()
    {
        var read = new List<string>();
        var readings = new RecentReadings(2, text => Read(read, text));
        readings.Get("a");
        readings.Get("b");
        readings.Get("a");

        readings.Get("c");
        readings.Get("a");
        readings.Get("b");

        // "b" was the least recently used when "c" came in: only it had to be read again.
        Assert.Equal(["a", "b", "c", "b"], read);
    }

    private static MessageReading Read(List<string> read, string text)
    {
        read.Add(text);
        return new MessageReading(
            new Dictionary<FactTopic, int>(), new Dictionary<string, (string Value, string Words)>(), new HashSet<string>(),
            OpensAsFollowUp: false, Contrary: false, AllFigures: false, RefersBack: false, Known: 0, Unknown: 0, Foreign: 0, NameWords: 0,
            NamesSubject: false, Rest: [text]);
    }
}
