using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Common;
using Registry.Data.Generation;
using Registry.Domain.Agreements;

namespace Registry.Data.Tests.Agreements;

/// <summary>
/// AgreementReader reads with hand-written SQL in one round trip. These tests hold it to what EF Core reads through
/// the model (the reader's former implementation, kept here as the oracle) for records that use every part.
/// </summary>
public sealed class ReaderMatchesTheModelTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task The_one_round_trip_reader_returns_what_EF_reads_through_the_model(DatabaseProvider provider)
    {
        var (test, sample) = await Fixture.WithSampleAsync(provider);
        await using var _ = test;
        await new AgreementGenerator(test.Settings) { BatchSize = 20 }.GenerateAsync(20, seed: 5);
        int richId;
        await using (var db = test.Context("editor"))
        {
            var rich = await new AgreementWriter(db, TimeProvider.System).CreateAsync(sample with
            {
                Id = 0, ReferenceNumber = "REG-TEST-RICH", Status = AgreementStatus.InForce, Depositary = "CSTO",
                EntryIntoForceOn = sample.SignedOn!.Value.AddDays(30), TitleRu = "Совместная позиция", TitleZh = "联合立场",
                AuthenticLanguages = ["ru", "en"],
                Relations = [new RelationDto { Type = RelationType.Amends, ReferenceNumber = sample.ReferenceNumber },
                    new RelationDto { Type = RelationType.Cites, AgreementId = sample.Id, Note = "preamble" }],
                Texts = [new TextDto("ru", true, "Текст"), new TextDto("en", false, "Text")],
                Identifiers = [new IdentifierDto("un-treaty", "I-1"), new IdentifierDto("csto", "7")],
            });
            richId = rich.Id;
        }
        await using (var db = test.Context("editor"))
        {
            var agreement = await new AgreementWriter(db, TimeProvider.System).LoadAsync(richId);
            agreement.AddAttachment("text.pdf", "application/pdf", 1234, new string('a', 64), new DateTime(2024, 5, 6, 7, 8, 9, 123, DateTimeKind.Utc));
            agreement.AddAttachment("scan.png", "image/png", 99, new string('b', 64), DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        await using var read = test.Context();
        var ids = await read.Agreements.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        Assert.Equal(22, ids.Count);
        foreach (var id in ids)
        {
            var expected = JsonSerializer.Serialize(await ReadThroughTheModelAsync(read, id), RegistryJson.Options);
            var actual = JsonSerializer.Serialize(await new AgreementReader(read).GetAsync(id), RegistryJson.Options);
            Assert.Equal(expected, actual);
        }

        var record = await new AgreementReader(read).GetAsync(richId);
        Assert.Equal(["amends", "cites"], record.Relations!.Select(r => r.Direction));
        Assert.Equal(["amended-by", "cited-by"], (await new AgreementReader(read).GetAsync(sample.Id)).RelatedBy!.Select(r => r.Direction));
        Assert.Equal("CSTO", record.Depositary);
        Assert.Equal(2, record.Attachments!.Count);
        Assert.Equal(DateTimeKind.Utc, record.Attachments[0].UploadedAt.Kind);
        Assert.Equal(new DateTime(2024, 5, 6, 7, 8, 9, 123, DateTimeKind.Utc), record.Attachments[0].UploadedAt);
        Assert.Equal(["ru", "en"], record.AuthenticLanguages!);
        Assert.NotEmpty(record.Commitments!.SelectMany(c => c.Topics!));
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_missing_record_is_not_found_and_the_connection_is_given_back(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var db = test.Context();
        await Assert.ThrowsAsync<NotFoundException>(() => new AgreementReader(db).GetAsync(42));
        Assert.Equal(System.Data.ConnectionState.Closed, db.Database.GetDbConnection().State);
    }

    /// <summary>The reader as it was before it went to one round trip: EF includes plus name look-ups.</summary>
    private static async Task<AgreementDto> ReadThroughTheModelAsync(RegistryDbContext db, int id)
    {
        var a = await db.Agreements.AsNoTracking().WithAllParts().FirstAsync(x => x.Id == id);
        var bodyIds = a.Parties.Select(p => p.BodyId).Concat(a.Signatories.Select(s => s.BodyId))
            .Concat(a.DepositaryId is { } d ? [d] : []).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => (b.Abbreviation, b.Name));
        var personIds = a.Signatories.Select(s => s.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().IgnoreAutoIncludes().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName);
        var resolutionIds = a.Citations.Select(c => c.ResolutionId).Distinct().ToList();
        var resolutions = await db.Resolutions.AsNoTracking().Where(r => resolutionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => (r.Symbol, r.Title));
        var targetIds = a.Relations.Select(r => r.TargetAgreementId).Distinct().ToList();
        var outgoing = await db.Agreements.AsNoTracking().Where(x => targetIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => (x.ReferenceNumber, x.Title));
        var incoming = await db.Relations.AsNoTracking().Where(r => r.TargetAgreementId == id).OrderBy(r => r.Id)
            .Join(db.Agreements, r => r.AgreementId, x => x.Id, (r, x) => new { r.Type, r.Note, x.Id, x.ReferenceNumber, x.Title })
            .ToListAsync();
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
}
