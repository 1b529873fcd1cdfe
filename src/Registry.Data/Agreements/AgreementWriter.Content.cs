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
        foreach (var (p, i) in Indexed(d.Parties, "parties"))
            parties.Add(new PartyInput(await _refs.BodyAsync(p.BodyId, p.Body, $"parties[{i}].body", ct), p.Role,
                [.. Indexed(p.Actions, $"parties[{i}].actions").Select(x => Action(x.Item, $"parties[{i}].actions[{x.Index}]"))]));
        var signatories = new List<SignatoryInput>();
        foreach (var (s, i) in Indexed(d.Signatories, "signatories"))
        {
            var person = await _refs.PersonAsync(s.PersonId, s.Person, $"signatories[{i}].person", ct);
            var body = await _refs.BodyAsync(s.BodyId, s.Body, $"signatories[{i}].body", ct);
            var date = s.SignedOn ?? d.SignedOn;
            var position = s.Position ?? (date is { } on ? person.AppointmentOn(on, body)?.Position : null);
            signatories.Add(new SignatoryInput(person.Id, body, position, s.SignedOn));
        }
        var citations = new List<CitationInput>();
        foreach (var (c, i) in Indexed(d.Citations, "citations"))
            citations.Add(new CitationInput(await _refs.ResolutionAsync(c.ResolutionId, c.Symbol, $"citations[{i}].symbol", ct), c.CitingWords));
        var commitments = new List<CommitmentInput>();
        foreach (var (c, i) in Indexed(d.Commitments, "commitments"))
        {
            var bodies = new List<int>();
            foreach (var (b, j) in Indexed(c.Parties, $"commitments[{i}].parties"))
                bodies.Add(await _refs.BodyAsync(null, b, $"commitments[{i}].parties[{j}]", ct));
            var resolutions = new List<int>();
            foreach (var (r, j) in Indexed(c.Resolutions, $"commitments[{i}].resolutions"))
                resolutions.Add(await _refs.ResolutionAsync(null, r, $"commitments[{i}].resolutions[{j}]", ct));
            var modality = c.Modality ?? throw new DomainException($"commitments[{i}].modality",
                $"commitments[{i}].modality is required; one of: {string.Join(", ", Enum.GetNames<Modality>())}.");
            commitments.Add(new CommitmentInput(c.Text ?? "", c.SourceText, modality, c.Topics ?? [], bodies, resolutions));
        }
        var relations = new List<RelationInput>();
        foreach (var (r, i) in Indexed(d.Relations, "relations"))
            relations.Add(new RelationInput(await _refs.AgreementAsync(r.AgreementId, r.ReferenceNumber, $"relations[{i}].agreement", ct),
                r.Type ?? throw new DomainException($"relations[{i}].type", $"relations[{i}].type is required: amends, supersedes, implements, extends or cites."), r.Note));
        return new AgreementContent
        {
            Facts = facts, Parties = parties, Signatories = signatories, Citations = citations,
            Commitments = commitments, Relations = relations,
            Texts = [.. Indexed(d.Texts, "texts").Select(x => new TextInput(x.Item.Language, x.Item.IsAuthentic, x.Item.Content))],
            Identifiers = [.. Indexed(d.Identifiers, "identifiers").Select(x => new IdentifierInput(x.Item.Scheme, x.Item.Value))],
            Sources = [.. Indexed(d.Sources, "sources").Select(x => new SourceInput(x.Item.Title, x.Item.Url, x.Item.RetrievedOn, x.Item.StatusAsOf, x.Item.Excerpt))],
        };
    }

    private static ActionInput Action(ActionDto a, string field) => new(
        a.Type ?? throw new DomainException($"{field}.type", $"{field}.type is required; one of: {string.Join(", ", Enum.GetNames<ParticipantActionType>())}."),
        a.Date ?? throw new DomainException($"{field}.date", $"{field}.date is required (yyyy-MM-dd)."),
        a.DepositedOn, a.Note);

    /// <summary>Items with their index, for error paths such as parties[2]; a null item is refused by that path.</summary>
    private static IEnumerable<(T Item, int Index)> Indexed<T>(IEnumerable<T?>? items, string field) =>
        (items ?? []).Select((x, i) => (x ?? throw new DomainException($"{field}[{i}]", $"{field}[{i}] is empty."), i));
}
