using Registry.Domain.Agreements;
using static Registry.Domain.Tests.Agreements.AgreementBuilder;

namespace Registry.Domain.Tests.Agreements;

public class FieldRulesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_title_fails(string title)
    {
        DomainAssert.Fails(() => Create(WithFacts(f => f with { Title = title })), "title", "title is required");
    }

    [Fact]
    public void Title_of_100_kB_fails_but_1000_characters_pass()
    {
        var longest = WithFacts(f => f with { Title = new string('T', 1000) });
        var huge = WithFacts(f => f with { Title = new string('T', 100_000) });

        Assert.Equal(1000, Create(longest).Title.Length);
        DomainAssert.Fails(() => Create(huge), "title", "at most 1000");
    }

    [Fact]
    public void Title_is_trimmed_and_keeps_Cyrillic()
    {
        var content = WithFacts(f => f with { TitleRu = "  Совместная позиция  " });

        Assert.Equal("Совместная позиция", Create(content).TitleRu);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Reference_number_is_required(string reference)
    {
        DomainAssert.Fails(() => Agreement.Create(reference, AgreementStatus.Signed, JointPosition(), Today),
            "referenceNumber", "required");
    }

    [Fact]
    public void Reference_key_folds_case()
    {
        Assert.Equal(Agreement.KeyOf("CSTO-1"), Agreement.KeyOf(" csto-1 "));
    }

    [Fact]
    public void Language_codes_are_accepted_and_lower_cased()
    {
        var content = JointPosition() with { Texts = [new TextInput("RU", true, "Текст"), new TextInput("zh-Hans", false, "文本")] };

        Assert.Equal(["ru", "zh-hans"], Create(content).Texts.Select(t => t.Language));
    }

    [Theory]
    [InlineData("english")]
    [InlineData("e")]
    [InlineData("en_GB")]
    public void Bad_language_code_fails(string code)
    {
        var content = JointPosition() with { Texts = [new TextInput(code, true, "text")] };

        var ex = Assert.Throws<Registry.Domain.Common.DomainException>(() => Create(content));
        Assert.Contains("is not a language code", ex.Message);
    }

    [Fact]
    public void Bad_language_code_names_the_text()
    {
        var content = JointPosition() with { Texts = [new TextInput("english", true, "text")] };

        DomainAssert.Fails(() => Create(content), "texts[0].language", "is not a language code");
    }

    [Fact]
    public void Bad_authentic_language_fails()
    {
        var content = WithFacts(f => f with { AuthenticLanguages = ["Russian language"] });

        Assert.Throws<Registry.Domain.Common.DomainException>(() => Create(content));
    }

    [Fact]
    public void Duplicate_parties_fail()
    {
        var content = JointPosition() with { Parties = [Party(ScoRats), Party(ScoRats)], Signatories = [], Commitments = [] };

        DomainAssert.Fails(() => Create(content), "parties[1].body", "repeats an earlier entry");
    }

    [Fact]
    public void Duplicate_text_language_fails_ignoring_case()
    {
        var content = JointPosition() with { Texts = [new TextInput("ru", true, "Текст"), new TextInput("RU", false, "Копия")] };

        DomainAssert.Fails(() => Create(content), "texts[1].language", "repeats an earlier entry");
    }

    [Theory]
    [InlineData("https://en.odkb-csto.org/news/")]
    [InlineData("http://www.cis.minsk.by/")]
    [InlineData(null)]
    public void Http_source_url_or_none_is_accepted(string? url)
    {
        var content = JointPosition() with { Sources = [new SourceInput("CSTO news page", url, null, null, null)] };

        Assert.Equal(url, Assert.Single(Create(content).Sources).Url);
    }

    [Theory]
    [InlineData("ftp://example.org/jp.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData("en.odkb-csto.org/news")]
    [InlineData("file:///etc/passwd")]
    public void Source_url_that_is_not_http_fails(string url)
    {
        var content = JointPosition() with { Sources = [new SourceInput("CSTO news page", url, null, null, null)] };

        DomainAssert.Fails(() => Create(content), "sources[0].url", "http(s)");
    }

    [Fact]
    public void Source_needs_a_title()
    {
        var content = JointPosition() with { Sources = [new SourceInput(" ", "https://en.odkb-csto.org/", null, null, null)] };

        DomainAssert.Fails(() => Create(content), "sources[0].title", "required");
    }

    [Fact]
    public void Unknown_kind_fails()
    {
        DomainAssert.Fails(() => Create(WithFacts(f => f with { Kind = (AgreementKind)99 })), "kind", "listed kinds");
    }

    [Fact]
    public void Duplicate_identifier_fails_ignoring_scheme_case()
    {
        var content = JointPosition() with { Identifiers = [new IdentifierInput("UNTS", "I-33521"), new IdentifierInput("unts", "I-33521")] };

        DomainAssert.Fails(() => Create(content), "identifiers[1].value", "repeats");
    }
}
