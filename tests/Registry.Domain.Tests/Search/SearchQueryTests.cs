using Registry.Domain.Common;
using Registry.Domain.Search;

namespace Registry.Domain.Tests.Search;

public sealed class SearchQueryTests
{
    private static string Show(SearchQuery q) =>
        string.Join(" & ", q.Required.Select(g => string.Join(" | ", g.Alternatives.Select(Show))))
        + string.Concat(q.Excluded.Select(t => " !" + Show(t)));

    private static string Show(SearchTerm t) =>
        (t.IsPhrase ? "\"" : "") + string.Join(" ", t.Words.Select(w => w.Text + (w.IsPrefix ? "*" : ""))) + (t.IsPhrase ? "\"" : "");

    [Theory]
    [InlineData("terrorism internet", "terrorism & internet")]
    [InlineData("\"terrorist use of the Internet\"", "\"terrorist use of the internet\"")]
    [InlineData("terrorism OR extremism internet", "terrorism | extremism & internet")]
    [InlineData("terror* -extremism", "terror* !extremism")]
    [InlineData("cooperation -\"legal assistance\"", "cooperation !\"legal assistance\"")]
    [InlineData("Терроризму", "терроризму")]
    [InlineData("anti-terrorist", "\"anti terrorist\"")]
    [InlineData("a OR b OR c", "a | b | c")]
    [InlineData("or", "or")]
    public void Reads_the_syntax_analysts_know(string text, string expected) =>
        Assert.Equal(expected, Show(SearchQuery.Parse(text)));

    [Theory]
    [InlineData("\"unbalanced", "quotation mark")]
    [InlineData("-", "'-'")]
    [InlineData("terrorism - extremism", "'-'")]
    [InlineData("-extremism", "nothing to find")]
    [InlineData("OR terrorism", "OR stands between")]
    [InlineData("terrorism OR", "OR stands between")]
    [InlineData("a OR OR b", "OR stands between")]
    [InlineData("*", "no letters")]
    [InlineData("t*", "two letters")]
    [InlineData("te*rror", "may only end")]
    [InlineData("\"\"", "no words")]
    [InlineData("   ", "empty")]
    public void Refuses_a_malformed_query_naming_the_field(string text, string reason)
    {
        var e = Assert.Throws<DomainException>(() => SearchQuery.Parse(text));
        Assert.Equal("q", e.Field);
        Assert.Contains(reason, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ten_thousand_random_queries_parse_or_are_refused_cleanly()
    {
        var random = new Random(20261128);
        const string alphabet = "ab ц\"-*OR()!&|:'\\%_;\t\u0000\u00a0terrorismТерроризм中文0";
        for (var n = 0; n < 10_000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            try
            {
                var q = SearchQuery.Parse(new string(chars));
                Assert.NotEmpty(q.Required);
                Assert.All(q.Words, w => Assert.False(string.IsNullOrEmpty(w.Text)));
            }
            catch (DomainException e) { Assert.Equal("q", e.Field); }
        }
    }
}
