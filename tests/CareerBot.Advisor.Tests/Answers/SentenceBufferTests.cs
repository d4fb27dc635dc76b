using CareerBot.Advisor.Answers;

namespace CareerBot.Advisor.Tests.Answers;

public sealed class SentenceBufferTests
{
    [Fact]
    public void A_sentence_is_complete_once_the_next_one_has_started()
    {
        var buffer = new SentenceBuffer();
        buffer.Append("Il gagne 5 850 € [1].");
        Assert.Empty(buffer.TakeComplete());

        buffer.Append(" Ensuite");

        Assert.Equal(["Il gagne 5 850 € [1]. "], buffer.TakeComplete());
        Assert.Equal("Ensuite", buffer.TakeRest());
    }

    [Fact]
    public void Citations_after_the_full_stop_stay_with_their_sentence()
    {
        var buffer = new SentenceBuffer();
        buffer.Append("Il gagne 5 850 €. [1]");
        Assert.Empty(buffer.TakeComplete());

        buffer.Append(" [2] Puis");

        Assert.Equal(["Il gagne 5 850 €. [1] [2] "], buffer.TakeComplete());
    }

    [Fact]
    public void Decimal_points_and_unfinished_stops_do_not_end_a_sentence()
    {
        var buffer = new SentenceBuffer();
        buffer.Append("Un taux de 5.5 % par an");

        Assert.Empty(buffer.TakeComplete());
    }

    [Fact]
    public void Line_breaks_end_list_items_and_questions_end_sentences()
    {
        var buffer = new SentenceBuffer();
        buffer.Append("- premier point [1]\n- second point [2]\nEt ensuite ? Oui");

        Assert.Equal(["- premier point [1]\n", "- second point [2]\n", "Et ensuite ? "], buffer.TakeComplete());
        Assert.Equal("Oui", buffer.TakeRest());
    }
}
