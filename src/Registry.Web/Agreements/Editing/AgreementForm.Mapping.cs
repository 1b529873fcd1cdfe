using Registry.Data.Agreements;

namespace Registry.Web.Agreements.Editing;

public sealed partial class AgreementForm
{
    public static AgreementForm From(AgreementDto d) => new()
    {
        Id = d.Id, Version = d.Version, IsGenerated = d.IsGenerated, ReferenceNumber = d.ReferenceNumber, Title = d.Title,
        ShortTitle = d.ShortTitle, TitleRu = d.TitleRu, TitleZh = d.TitleZh, Kind = d.Kind, Status = d.Status,
        AdoptedOn = d.AdoptedOn, OpenedForSignatureOn = d.OpenedForSignatureOn, SignedOn = d.SignedOn,
        EntryIntoForceOn = d.EntryIntoForceOn, TerminatedOn = d.TerminatedOn,
        PlaceCity = d.Place?.City, PlaceVenue = d.Place?.Venue, PlaceCountry = d.Place?.Country, Depositary = d.Depositary,
        AuthenticLanguages = JoinList(d.AuthenticLanguages), Subjects = JoinList(d.Subjects), Summary = d.Summary,
        Parties = [.. (d.Parties ?? []).Select(p => new PartyRow
        {
            Body = p.Body, Role = p.Role,
            Actions = [.. (p.Actions ?? []).Select(a => new ActionRow { Type = a.Type, Date = a.Date, DepositedOn = a.DepositedOn, Note = a.Note })],
        })],
        Signatories = [.. (d.Signatories ?? []).Select(s => new SignatoryRow { Person = s.Person, Body = s.Body, Position = s.Position, SignedOn = s.SignedOn })],
        Citations = [.. (d.Citations ?? []).Select(c => new CitationRow { Symbol = c.Symbol, CitingWords = c.CitingWords })],
        Commitments = [.. (d.Commitments ?? []).OrderBy(c => c.Ordinal).Select(c => new CommitmentRow
        {
            Text = c.Text, SourceText = c.SourceText, Modality = c.Modality, Topics = JoinList(c.Topics),
            Parties = new HashSet<string>(c.Parties ?? [], StringComparer.OrdinalIgnoreCase), Resolutions = JoinList(c.Resolutions),
        })],
        Relations = [.. (d.Relations ?? []).Select(r => new RelationRow { Type = r.Type, Target = r.ReferenceNumber, Note = r.Note })],
        Texts = [.. (d.Texts ?? []).Select(t => new TextRow { Language = t.Language, IsAuthentic = t.IsAuthentic, Content = t.Content })],
        Identifiers = [.. (d.Identifiers ?? []).Select(i => new IdentifierRow { Scheme = i.Scheme, Value = i.Value })],
        Sources = [.. (d.Sources ?? []).Select(s => new SourceRow
            { Title = s.Title, Url = s.Url, RetrievedOn = s.RetrievedOn, StatusAsOf = s.StatusAsOf, Excerpt = s.Excerpt })],
    };

    public AgreementDto ToDto() => new()
    {
        Id = Id, Version = Version, ReferenceNumber = Blank(ReferenceNumber), Title = Blank(Title), ShortTitle = Blank(ShortTitle),
        TitleRu = Blank(TitleRu), TitleZh = Blank(TitleZh), Kind = Kind, Status = Status, AdoptedOn = AdoptedOn,
        OpenedForSignatureOn = OpenedForSignatureOn, SignedOn = SignedOn, EntryIntoForceOn = EntryIntoForceOn, TerminatedOn = TerminatedOn,
        Place = Blank(PlaceCity) is null && Blank(PlaceVenue) is null && Blank(PlaceCountry) is null ? null
            : new PlaceDto(Blank(PlaceCity), Blank(PlaceVenue), Blank(PlaceCountry)),
        Depositary = Blank(Depositary), AuthenticLanguages = SplitList(AuthenticLanguages), Subjects = SplitList(Subjects),
        Summary = Blank(Summary), CorrectionReason = Blank(CorrectionReason),
        Parties = [.. Parties.Select(p => new PartyDto
        {
            Body = Blank(p.Body), Role = p.Role,
            Actions = [.. p.Actions.Select(a => new ActionDto(a.Type, a.Date, a.DepositedOn, Blank(a.Note)))],
        })],
        Signatories = [.. Signatories.Select(s => new SignatoryDto { Person = Blank(s.Person), Body = Blank(s.Body), Position = Blank(s.Position), SignedOn = s.SignedOn })],
        Citations = [.. Citations.Select(c => new CitationDto { Symbol = Blank(c.Symbol), CitingWords = Blank(c.CitingWords) })],
        Commitments = [.. Commitments.Select((c, i) => new CommitmentDto
        {
            Ordinal = i + 1, Text = Blank(c.Text), SourceText = Blank(c.SourceText), Modality = c.Modality, Topics = SplitList(c.Topics) ?? [],
            Parties = [.. c.Parties.Order(StringComparer.OrdinalIgnoreCase)], Resolutions = SplitList(c.Resolutions) ?? [],
        })],
        Relations = [.. Relations.Select(r => new RelationDto { Type = r.Type, ReferenceNumber = Blank(r.Target), Note = Blank(r.Note) })],
        Texts = [.. Texts.Select(t => new TextDto(Blank(t.Language)!, t.IsAuthentic, t.Content ?? ""))],
        Identifiers = [.. Identifiers.Select(i => new IdentifierDto(Blank(i.Scheme)!, Blank(i.Value)!))],
        Sources = [.. Sources.Select(s => new SourceDto(Blank(s.Title)!, Blank(s.Url), s.RetrievedOn, s.StatusAsOf, Blank(s.Excerpt)))],
    };
}
