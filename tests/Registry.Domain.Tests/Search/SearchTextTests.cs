using Registry.Domain.Search;

namespace Registry.Domain.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Anti-Terrorist Center, S/RES/2354 (2017)", "anti|terrorist|center|s|res|2354|2017")]
    [InlineData("Ёлки и ТЕРРОРИЗМ", "елки|и|терроризм")]
    [InlineData("上海合作组织 RATS", "上|海|合|作|组|织|rats")]
    [InlineData("«кавычки»—тире…", "кавычки|тире")]
    public void Text_breaks_into_lower_case_words_and_single_ideographs(string text, string words) =>
        Assert.Equal(words.Split('|'), SearchText.Words(text));

    [Fact]
    public void Spans_point_back_at_the_words_as_written_and_long_runs_are_cut()
    {
        var text = "Counter ТЕРРОРИЗМ " + new string('x', 100);
        var spans = SearchText.Spans(text).ToList();
        Assert.Equal(["Counter", "ТЕРРОРИЗМ"], spans.Take(2).Select(s => text.Substring(s.Start, s.Length)));
        Assert.Equal(SearchText.MaxWordLength, spans[2].Word.Length);
        Assert.Equal(100, spans[2].Length);
    }
}
