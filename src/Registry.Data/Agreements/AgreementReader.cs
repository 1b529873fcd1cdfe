using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Domain.Agreements;

namespace Registry.Data.Agreements;

/// <summary>Reads one whole record in the API shape, with every reference named and both relation directions.</summary>
/// <remarks>
/// One command of thirteen SELECTs, read as thirteen result sets: a single round trip instead of the sixteen an
/// include of every part plus the name look-ups took, which put PostgreSQL over 10 ms. The SQL is plain enough for
/// every provider (double-quoted names, one named parameter); ReaderMatchesTheModelTests compares it with EF's reading.
/// </remarks>
public sealed class AgreementReader(RegistryDbContext db)
{
    private const string Sql = """
        SELECT "Id", "ReferenceNumber", "Title", "ShortTitle", "TitleRu", "TitleZh", "Kind", "Status", "AdoptedOn",
            "OpenedForSignatureOn", "SignedOn", "EntryIntoForceOn", "TerminatedOn", "PlaceCity", "PlaceVenue", "PlaceCountry",
            "DepositaryId", "AuthenticLanguages", "Subjects", "Summary", "IsGenerated", "Version"
        FROM "Agreements" WHERE "Id" = @id;
        SELECT "Id", "Abbreviation", "Name" FROM "SignatoryBodies" WHERE "Id" IN (
            SELECT "BodyId" FROM "Parties" WHERE "AgreementId" = @id
            UNION SELECT "BodyId" FROM "Signatories" WHERE "AgreementId" = @id
            UNION SELECT "DepositaryId" FROM "Agreements" WHERE "Id" = @id);
        SELECT "BodyId", "Role" FROM "Parties" WHERE "AgreementId" = @id ORDER BY "Id";
        SELECT "BodyId", "Type", "Date", "DepositedOn", "Note" FROM "ParticipantActions" WHERE "AgreementId" = @id
        ORDER BY "Date", "Id";
        SELECT s."PersonId", p."FullName", s."BodyId", s."Position", s."SignedOn"
        FROM "Signatories" s JOIN "People" p ON p."Id" = s."PersonId" WHERE s."AgreementId" = @id ORDER BY s."Id";
        SELECT c."ResolutionId", r."Symbol", r."Title", c."CitingWords"
        FROM "Citations" c JOIN "UnResolutions" r ON r."Id" = c."ResolutionId" WHERE c."AgreementId" = @id ORDER BY c."Id";
        SELECT "Id", "Ordinal", "Text", "SourceText", "Modality", "Topics", "BodyIds", "ResolutionIds"
        FROM "Commitments" WHERE "AgreementId" = @id ORDER BY "Ordinal";
        SELECT r."Type", r."TargetAgreementId", t."ReferenceNumber", t."Title", r."Note"
        FROM "AgreementRelations" r JOIN "Agreements" t ON t."Id" = r."TargetAgreementId" WHERE r."AgreementId" = @id ORDER BY r."Id";
        SELECT r."Type", r."AgreementId", x."ReferenceNumber", x."Title", r."Note"
        FROM "AgreementRelations" r JOIN "Agreements" x ON x."Id" = r."AgreementId" WHERE r."TargetAgreementId" = @id ORDER BY r."Id";
        SELECT "Language", "IsAuthentic", "Content" FROM "AgreementTexts" WHERE "AgreementId" = @id ORDER BY "Id";
        SELECT "Scheme", "Value" FROM "ExternalIdentifiers" WHERE "AgreementId" = @id ORDER BY "Id";
        SELECT "Title", "Url", "RetrievedOn", "StatusAsOf", "Excerpt" FROM "Sources" WHERE "AgreementId" = @id ORDER BY "Id";
        SELECT "Id", "FileName", "MediaType", "Size", "Sha256", "UploadedAt" FROM "Attachments" WHERE "AgreementId" = @id ORDER BY "Id";
        """;

    public async Task<AgreementDto> GetAsync(int id, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = Sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = id;
            command.Parameters.Add(parameter);
            // Npgsql keeps prepared statements on the pooled connection: the thirteen are planned once, not per read.
            if (db.Database.IsNpgsql()) await command.PrepareAsync(ct);
            await using var r = await command.ExecuteReaderAsync(ct);
            return await ReadAsync(r, id, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<AgreementDto> ReadAsync(DbDataReader r, int id, CancellationToken ct)
    {
        if (!await r.ReadAsync(ct)) throw new NotFoundException($"Agreement {id}");
        var a = new AgreementDto
        {
            Id = r.GetInt32(0), ReferenceNumber = r.GetString(1), Title = r.GetString(2), ShortTitle = StringOrNull(r, 3),
            TitleRu = StringOrNull(r, 4), TitleZh = StringOrNull(r, 5), Kind = Enum.Parse<AgreementKind>(r.GetString(6)),
            Status = Enum.Parse<AgreementStatus>(r.GetString(7)), AdoptedOn = DateOrNull(r, 8), OpenedForSignatureOn = DateOrNull(r, 9),
            SignedOn = DateOrNull(r, 10), EntryIntoForceOn = DateOrNull(r, 11), TerminatedOn = DateOrNull(r, 12),
            Place = new PlaceDto(StringOrNull(r, 13), StringOrNull(r, 14), StringOrNull(r, 15)), DepositaryId = IntOrNull(r, 16),
            AuthenticLanguages = Values<string>(r, 17), Subjects = Values<string>(r, 18), Summary = StringOrNull(r, 19),
            IsGenerated = r.GetBoolean(20), Version = r.GetInt32(21),
        };

        var bodies = new Dictionary<int, (string Abbreviation, string Name)>();
        await NextAsync(r, ct, () => bodies[r.GetInt32(0)] = (r.GetString(1), r.GetString(2)));
        var parties = await RowsAsync(r, ct, () => (BodyId: r.GetInt32(0), Role: Enum.Parse<PartyRole>(r.GetString(1))));
        var actions = await RowsAsync(r, ct, () => (BodyId: r.GetInt32(0),
            Action: new ActionDto(Enum.Parse<ParticipantActionType>(r.GetString(1)), DateOrNull(r, 2), DateOrNull(r, 3), StringOrNull(r, 4))));
        var signatories = await RowsAsync(r, ct, () => new SignatoryDto
        {
            PersonId = r.GetInt32(0), Person = r.GetString(1), BodyId = r.GetInt32(2), Body = bodies[r.GetInt32(2)].Abbreviation,
            Position = StringOrNull(r, 3), SignedOn = DateOrNull(r, 4),
        });
        var citations = await RowsAsync(r, ct, () => new CitationDto
        {
            ResolutionId = r.GetInt32(0), Symbol = r.GetString(1), Title = StringOrNull(r, 2), CitingWords = StringOrNull(r, 3),
        });
        // Commitments name only the bodies and resolutions the record itself names; others show as their id.
        var resolutions = citations.DistinctBy(c => c.ResolutionId).ToDictionary(c => c.ResolutionId!.Value, c => c.Symbol!);
        var commitments = await RowsAsync(r, ct, () => new CommitmentDto
        {
            Id = r.GetInt32(0), Ordinal = r.GetInt32(1), Text = r.GetString(2), SourceText = StringOrNull(r, 3),
            Modality = Enum.Parse<Modality>(r.GetString(4)), Topics = Values<string>(r, 5),
            Parties = [.. Values<int>(r, 6).Select(b => bodies.TryGetValue(b, out var x) ? x.Abbreviation : b.ToString())],
            Resolutions = [.. Values<int>(r, 7).Select(x => resolutions.TryGetValue(x, out var s) ? s : x.ToString())],
        });
        var relations = await RowsAsync(r, ct, () => Relation(r, outgoing: true));
        var relatedBy = await RowsAsync(r, ct, () => Relation(r, outgoing: false));
        var texts = await RowsAsync(r, ct, () => new TextDto(r.GetString(0), r.GetBoolean(1), r.GetString(2)));
        var identifiers = await RowsAsync(r, ct, () => new IdentifierDto(r.GetString(0), r.GetString(1)));
        var sources = await RowsAsync(r, ct, () => new SourceDto(r.GetString(0), StringOrNull(r, 1), DateOrNull(r, 2), DateOrNull(r, 3), StringOrNull(r, 4)));
        var attachments = await RowsAsync(r, ct, () => new AttachmentDto(r.GetInt32(0), r.GetString(1), r.GetString(2),
            r.GetInt64(3), r.GetString(4), DateTime.SpecifyKind(r.GetDateTime(5), DateTimeKind.Utc),
            $"/api/agreements/{id}/attachments/{r.GetInt32(0)}"));

        return a with
        {
            Depositary = a.DepositaryId is { } dep ? bodies[dep].Abbreviation : null,
            Parties = [.. parties.Select(p => new PartyDto
            {
                BodyId = p.BodyId, Body = bodies[p.BodyId].Abbreviation, BodyName = bodies[p.BodyId].Name, Role = p.Role,
                Actions = [.. actions.Where(x => x.BodyId == p.BodyId).Select(x => x.Action)],
            })],
            Signatories = signatories, Citations = citations, Commitments = commitments, Relations = relations,
            RelatedBy = relatedBy, Texts = texts, Identifiers = identifiers, Sources = sources, Attachments = attachments,
        };
    }

    private static RelationDto Relation(DbDataReader r, bool outgoing)
    {
        var type = Enum.Parse<RelationType>(r.GetString(0));
        return new RelationDto
        {
            Type = type, AgreementId = r.GetInt32(1), ReferenceNumber = r.GetString(2), Title = r.GetString(3),
            Direction = outgoing ? type.ToString().ToLowerInvariant() : type.Inverse(), Note = StringOrNull(r, 4),
        };
    }

    private static async Task NextAsync(DbDataReader r, CancellationToken ct, Action read)
    {
        if (!await r.NextResultAsync(ct)) throw new InvalidOperationException("The agreement query returned fewer result sets than it has statements.");
        while (await r.ReadAsync(ct)) read();
    }

    private static async Task<List<T>> RowsAsync<T>(DbDataReader r, CancellationToken ct, Func<T> read)
    {
        var rows = new List<T>();
        await NextAsync(r, ct, () => rows.Add(read()));
        return rows;
    }

    private static string? StringOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    private static int? IntOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
    private static DateOnly? DateOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

    /// <summary>A primitive collection: an array on PostgreSQL, a JSON array on SQLite and SQL Server.</summary>
    private static List<T> Values<T>(DbDataReader r, int i) => r.GetValue(i) switch
    {
        string json => JsonSerializer.Deserialize<List<T>>(json) ?? [],
        T[] array => [.. array],
        var other => throw new InvalidOperationException($"Column {r.GetName(i)} holds a {other.GetType().Name}, not a list."),
    };
}
