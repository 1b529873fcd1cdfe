using Registry.Data.Search;

namespace Registry.Data.Tests.Search;

public sealed class SearchAnalyzerTests
{
    [Theory]
    [InlineData("commitments", "commit")]
    [InlineData("commitment", "commit")]
    [InlineData("Countering", "counter")]
    [InlineData("терроризму", "терроризм")]
    [InlineData("терроризма", "терроризм")]
    [InlineData("Ёлки", "елк")]
    [InlineData("2354", "2354")]
    public void Stems_english_and_russian_words_as_postgresql_does(string word, string stem) =>
        Assert.Equal(stem, Assert.Single(SearchAnalyzer.Stems(word)));

    [Fact]
    public void Leaves_out_stop_words_of_both_languages()
    {
        Assert.Equal("terrorist use internet", SearchAnalyzer.Index("terrorist use of the Internet"));
        Assert.Equal("борьб терроризм", SearchAnalyzer.Index("о борьбе с терроризмом"));
    }
}
