using CareerBot.Knowledge.Text;

namespace CareerBot.Knowledge.Tests.Text;

public sealed class NumberMentionsTests
{
    [Theory]
    [InlineData("45 000 €", 45000)]
    [InlineData("45000 €", 45000)]
    [InlineData("45\u00A0000\u00A0€", 45000)]
    [InlineData("45\u202F000 €", 45000)]
    [InlineData("45k€", 45000)]
    [InlineData("45 k€", 45000)]
    [InlineData("3,5 %", 3.5)]
    [InlineData("3.5 %", 3.5)]
    [InlineData("5 850 € brut / mois", 5850)]
    [InlineData("en 2024", 2024)]
    [InlineData("un Bac+5", 5)]
    [InlineData("1,5 M€", 1500000)]
    [InlineData("2 millions", 2000000)]
    [InlineData("175 000 $", 175000)]
    [InlineData("$175,000", 175000)]
    public void A_figure_is_read_as_its_value(string text, double expected)
    {
        var mention = Assert.Single(NumberMentions.Find(text));

        Assert.Contains((decimal)expected, mention.Values);
    }

    [Fact]
    public void A_range_gives_both_bounds()
    {
        var values = NumberMentions.Find("entre 45 000–60 000 € par an").Select(m => m.Values[0]).ToList();

        Assert.Equal([45000m, 60000m], values);
    }

    [Fact]
    public void A_range_shares_its_multiplier()
    {
        var mentions = NumberMentions.Find("45–60 k€");

        Assert.Contains(45000m, mentions[0].Values);
        Assert.Contains(60000m, mentions[1].Values);
    }

    [Fact]
    public void A_lone_separator_before_three_digits_keeps_both_readings()
    {
        var mention = Assert.Single(NumberMentions.Find("87.500€ par an"));

        Assert.Equal([87500m, 87.5m], mention.Values);
    }

    [Fact]
    public void A_year_beside_a_grouped_number_stays_apart()
    {
        var values = NumberMentions.Find("depuis 2021 25 000 comptes").Select(m => m.Values[0]).ToList();

        Assert.Equal([2021m, 25000m], values);
    }

    [Fact]
    public void List_numbering_is_not_a_figure_but_a_number_in_the_line_is()
    {
        var figures = NumberMentions.Figures("Deux options :\n1. Junior à 3 ans\n2) Senior\n 3. Expert");

        Assert.Equal([3m], figures.Select(f => f.Values[0]));
    }

    [Fact]
    public void Numbers_are_read_across_every_kind_of_thousands_separator()
    {
        var values = NumberMentions.Find("5\u00A0850 € ; 16\u202F150 € ; 87.500€ ; 175 000 ; 300,000 $ ; en 2024 100 personnes ; Bac+5 ; 3,5")
            .Select(m => m.Values[0]);

        Assert.Equal([5850m, 16150m, 87500m, 175000m, 300000m, 2024m, 100m, 5m, 3.5m], values);
    }

    [Theory]
    [InlineData("12345678901234567890123456789012345")]
    [InlineData("٣٤٥ €")]
    [InlineData("79228162514264337593543950335 k€")]
    public void A_figure_no_decimal_can_hold_has_no_value_instead_of_failing(string text) =>
        Assert.Empty(Assert.Single(NumberMentions.Find(text)).Values);

    [Theory]
    [InlineData("45 000 €, 45,000 $ et 45.000", "45000 €, 45000 $ et 45000")]
    [InlineData("45\u00A0000 et 45\u202F000", "45000 et 45000")]
    [InlineData("depuis 2021 25 000 comptes", "depuis 2021 25000 comptes")]
    [InlineData("3,5 % et 45k€", "3,5 % et 45k€")]
    [InlineData("1.234,56 €", "1234,56 €")]
    [InlineData("2 000 000 d'euros", "2000000 d'euros")]
    public void Digit_groups_are_joined_and_the_rest_kept_as_written(string text, string expected) =>
        Assert.Equal(expected, NumberMentions.JoinDigitGroups(text));
}
