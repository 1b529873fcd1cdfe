using Microsoft.EntityFrameworkCore;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Domain.Agreements;

namespace Registry.Data.Agreements;

/// <summary>Reads one whole record in the API shape, with every reference named and both relation directions.</summary>
public sealed class AgreementReader(RegistryDbContext db)
{
    public async Task<AgreementDto> GetAsync(int id, CancellationToken ct = default)
    {
        var a = await db.Agreements.AsNoTracking().WithAllParts()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException($"Agreement {id}");

        var bodyIds = a.Parties.Select(p => p.BodyId).Concat(a.Signatories.Select(s => s.BodyId))
            .Concat(a.DepositaryId is { } d ? [d] : []).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => (b.Abbreviation, b.Name), ct);
        var personIds = a.Signatories.Select(s => s.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().IgnoreAutoIncludes().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var resolutionIds = a.Citations.Select(c => c.ResolutionId).Distinct().ToList();
        var resolutions = await db.Resolutions.AsNoTracking().Where(r => resolutionIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => (r.Symbol, r.Title), ct);
        var outgoing = await Related(a.Relations.Select(r => r.TargetAgreementId), ct);
        var incoming = await db.Relations.AsNoTracking().Where(r => r.TargetAgreementId == id).OrderBy(r => r.Id)
            .Join(db.Agreements, r => r.AgreementId, x => x.Id,
                (r, x) => new { r.Type, r.Note, x.Id, x.ReferenceNumber, x.Title })
            .ToListAsync(ct);

        return new AgreementDto
        {
            Id = a.Id, ReferenceNumber = a.ReferenceNumber, Title = a.Title, ShortTitle = a.ShortTitle,
            TitleRu = a.TitleRu, TitleZh = a.TitleZh, Kind = a.Kind, Status = a.Status, AdoptedOn = a.AdoptedOn,
            OpenedForSignatureOn = a.OpenedForSignatureOn, SignedOn = a.SignedOn, EntryIntoForceOn = a.EntryIntoForceOn,
            TerminatedOn = a.TerminatedOn, Place = new PlaceDto(a.PlaceCity, a.PlaceVenue, a.PlaceCountry),
            DepositaryId = a.DepositaryId, Depositary = a.DepositaryId is { } dep ? bodies[dep].Abbreviation : null,
            AuthenticLanguages = a.AuthenticLanguages, Subjects = a.Subjects, Summary = a.Summary,
            IsGenerated = a.IsGenerated, Version = a.Version,
            Parties = [.. a.Parties.OrderBy(p => p.Id).Select(p => new PartyDto
            {
                BodyId = p.BodyId, Body = bodies[p.BodyId].Abbreviation, BodyName = bodies[p.BodyId].Name, Role = p.Role,
                Actions = [.. a.Actions.Where(x => x.BodyId == p.BodyId).OrderBy(x => x.Date).ThenBy(x => x.Id)
                    .Select(x => new ActionDto(x.Type, x.Date, x.DepositedOn, x.Note))],
            })],
            Signatories = [.. a.Signatories.OrderBy(s => s.Id).Select(s => new SignatoryDto
            {
                PersonId = s.PersonId, Person = people[s.PersonId], BodyId = s.BodyId, Body = bodies[s.BodyId].Abbreviation,
                Position = s.Position, SignedOn = s.SignedOn,
            })],
            Citations = [.. a.Citations.OrderBy(c => c.Id).Select(c => new CitationDto
            {
                ResolutionId = c.ResolutionId, Symbol = resolutions[c.ResolutionId].Symbol,
                Title = resolutions[c.ResolutionId].Title, CitingWords = c.CitingWords,
            })],
            Commitments = [.. a.Commitments.OrderBy(c => c.Ordinal).Select(c => new CommitmentDto
            {
                Id = c.Id, Ordinal = c.Ordinal, Text = c.Text, SourceText = c.SourceText, Modality = c.Modality, Topics = c.Topics,
                Parties = [.. c.BodyIds.Select(b => bodies.TryGetValue(b, out var x) ? x.Abbreviation : b.ToString())],
                Resolutions = [.. c.ResolutionIds.Select(r => resolutions.TryGetValue(r, out var x) ? x.Symbol : r.ToString())],
            })],
            Relations = [.. a.Relations.OrderBy(r => r.Id).Select(r => new RelationDto
            {
                Type = r.Type, AgreementId = r.TargetAgreementId, ReferenceNumber = outgoing[r.TargetAgreementId].ReferenceNumber,
                Title = outgoing[r.TargetAgreementId].Title, Direction = r.Type.ToString().ToLowerInvariant(), Note = r.Note,
            })],
            RelatedBy = [.. incoming.Select(r => new RelationDto
            {
                Type = r.Type, AgreementId = r.Id, ReferenceNumber = r.ReferenceNumber, Title = r.Title,
                Direction = r.Type.Inverse(), Note = r.Note,
            })],
            Texts = [.. a.Texts.OrderBy(t => t.Id).Select(t => new TextDto(t.Language, t.IsAuthentic, t.Content))],
            Identifiers = [.. a.Identifiers.OrderBy(x => x.Id).Select(x => new IdentifierDto(x.Scheme, x.Value))],
            Sources = [.. a.Sources.OrderBy(s => s.Id).Select(s => new SourceDto(s.Title, s.Url, s.RetrievedOn, s.StatusAsOf, s.Excerpt))],
            Attachments = [.. a.Attachments.OrderBy(x => x.Id).Select(x => new AttachmentDto(x.Id, x.FileName, x.MediaType,
                x.Size, x.Sha256, x.UploadedAt, $"/api/agreements/{a.Id}/attachments/{x.Id}"))],
        };
    }

    private async Task<Dictionary<int, (string ReferenceNumber, string Title)>> Related(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Agreements.AsNoTracking().Where(x => list.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => (x.ReferenceNumber, x.Title), ct);
    }
}
