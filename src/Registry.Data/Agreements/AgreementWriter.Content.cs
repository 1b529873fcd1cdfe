using Registry.Domain.Agreements;
using Registry.Domain.Common;

namespace Registry.Data.Agreements;

public sealed partial class AgreementWriter
{
    /// <summary>Resolves every reference of the API shape and hands the domain plain ids.</summary>
    private async Task<AgreementContent> ContentAsync(AgreementDto d, CancellationToken ct)
    {
        var kind = d.Kind ?? throw new DomainException("kind",
            $"kind is required; one of: {string.Join(", ", Enum.GetNames<AgreementKind>())}.");
        int? depositary = d.DepositaryId is null && string.IsNullOrWhiteSpace(d.Depositary) ? null
            : await _refs.BodyAsync(d.DepositaryId, d.Depositary, "depositary", ct);
        var facts = new AgreementFacts
        {
            Title = d.Title ?? "", ShortTitle = d.ShortTitle, TitleRu = d.TitleRu, TitleZh = d.TitleZh, Kind = kind,
            AdoptedOn = d.AdoptedOn, OpenedForSignatureOn = d.OpenedForSignatureOn, SignedOn = d.SignedOn,
            EntryIntoForceOn = d.EntryIntoForceOn, TerminatedOn = d.TerminatedOn,
            PlaceCity = d.Place?.City, PlaceVenue = d.Place?.Venue, PlaceCountry = d.Place?.Country,
            DepositaryId = depositary, AuthenticLanguages = d.AuthenticLanguages ?? [], Subjects = d.Subjects ?? [],
            Summary = d.Summary,
        };
        var parties = new List<PartyInput>();
        foreach (var (p, i) in Indexed(d.Parties))
            parties.Add(new PartyInput(await _refs.BodyAsync(p.BodyId, p.Body, $"parties[{i}].body", ct), p.Role,
                [.. (p.Actions ?? []).Select(a => new ActionInput(a.Type, a.Date, a.DepositedOn, a.Note))]));
        var signatories = new List<SignatoryInput>();
        foreach (var (s, i) in Indexed(d.Signatories))
        {
            var person = await _refs.PersonAsync(s.PersonId, s.Person, $"signatories[{i}].person", ct);
            var body = await _refs.BodyAsync(s.BodyId, s.Body, $"signatories[{i}].body", ct);
            var date = s.SignedOn ?? d.SignedOn;
            var position = s.Position ?? (date is { } on ? person.AppointmentOn(on, body)?.Position : null);
            signatories.Add(new SignatoryInput(person.Id, body, position, s.SignedOn));
        }
        var citations = new List<CitationInput>();
        foreach (var (c, i) in Indexed(d.Citations))
            citations.Add(new CitationInput(await _refs.ResolutionAsync(c.ResolutionId, c.Symbol, $"citations[{i}].symbol", ct), c.CitingWords));
        var commitments = new List<CommitmentInput>();
        foreach (var (c, i) in Indexed(d.Commitments))
        {
            var bodies = new List<int>();
            foreach (var (b, j) in Indexed(c.Parties))
                bodies.Add(await _refs.BodyAsync(null, b, $"commitments[{i}].parties[{j}]", ct));
            var resolutions = new List<int>();
            foreach (var (r, j) in Indexed(c.Resolutions))
                resolutions.Add(await _refs.ResolutionAsync(null, r, $"commitments[{i}].resolutions[{j}]", ct));
            commitments.Add(new CommitmentInput(c.Text ?? "", c.SourceText, c.Modality, c.Topics ?? [], bodies, resolutions));
        }
        var relations = new List<RelationInput>();
        foreach (var (r, i) in Indexed(d.Relations))
            relations.Add(new RelationInput(await _refs.AgreementAsync(r.AgreementId, r.ReferenceNumber, $"relations[{i}].agreement", ct), r.Type, r.Note));
        return new AgreementContent
        {
            Facts = facts, Parties = parties, Signatories = signatories, Citations = citations,
            Commitments = commitments, Relations = relations,
            Texts = [.. (d.Texts ?? []).Select(t => new TextInput(t.Language, t.IsAuthentic, t.Content))],
            Identifiers = [.. (d.Identifiers ?? []).Select(x => new IdentifierInput(x.Scheme, x.Value))],
            Sources = [.. (d.Sources ?? []).Select(s => new SourceInput(s.Title, s.Url, s.RetrievedOn, s.StatusAsOf, s.Excerpt))],
        };
    }

    private static IEnumerable<(T Item, int Index)> Indexed<T>(IEnumerable<T>? items) =>
        (items ?? []).Select((x, i) => (x, i));
}
