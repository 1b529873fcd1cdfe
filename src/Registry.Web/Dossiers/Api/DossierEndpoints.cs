using System.Text.RegularExpressions;
using Registry.Data.Common;
using Registry.Data.Dossiers;
using Registry.Domain.Common;
using Registry.Domain.Dossiers;
using Registry.Web.Dossiers.Jobs;

namespace Registry.Web.Dossiers.Api;

/// <summary>Dossier requests (202 with a Location), their status, the PDF, and checking a PDF's hash. Any signed-in user may print.</summary>
public static partial class DossierEndpoints
{
    public static void MapDossierApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/agreements/{id:int}/dossiers", async (int id, DossierPaperBody? body, DossierQueue queue,
            HttpContext http, CancellationToken ct) =>
            Accepted(await queue.EnqueueAsync(new DossierRequest { AgreementId = id, Paper = DossierPaperBody.Parse(body?.Paper) },
                RequesterOf(http), ct))).WithTags("Dossiers");

        var group = app.MapGroup("/api/dossiers").WithTags("Dossiers");
        group.MapPost("/", async (DossierSetBody? body, DossierQueue queue, HttpContext http, CancellationToken ct) =>
            Accepted(await queue.EnqueueAsync((body ?? new DossierSetBody(null, null, null, null, null, null, null, null, null)).ToRequest(),
                RequesterOf(http), ct)));
        group.MapGet("/{id:int}", async (int id, DossierLedger ledger, CancellationToken ct) =>
            DossierStatusDto.From(await FindAsync(ledger, id, ct)));
        group.MapGet("/{id:int}/pdf", async (int id, DossierLedger ledger, DossierFiles files, CancellationToken ct) =>
        {
            var d = await FindAsync(ledger, id, ct);
            if (d.Status != DossierStatus.Done || d.Sha256 is not { } sha256)
                throw new ConflictException("status", $"Dossier {id} is {d.Status.ToString().ToLowerInvariant()}; its PDF is not ready.");
            return Results.File(files.Open(sha256), "application/pdf", FileName(d));
        });
        group.MapGet("/verify", async (string? sha256, DossierLedger ledger, CancellationToken ct) =>
        {
            var hash = sha256?.Trim().ToLowerInvariant() ?? "";
            if (!Sha256Pattern().IsMatch(hash))
                throw new DomainException("sha256", $"sha256 must be the 64 hexadecimal characters of a SHA-256; got {hash.Length} characters.");
            var d = await ledger.FindByHashAsync(hash, ct)
                ?? throw new NotFoundException($"A PDF with SHA-256 {hash} printed by this registry");
            return new DossierVerificationDto(d.Id, d.Title, d.FinishedAt ?? d.RequestedAt, d.PageCount ?? 0);
        });
    }

    private static IResult Accepted(Dossier d) => Results.Accepted(DossierStatusDto.Location(d.Id), DossierStatusDto.From(d));

    private static string RequesterOf(HttpContext http) => http.User.Identity?.Name ?? "unknown";

    private static async Task<Dossier> FindAsync(DossierLedger ledger, int id, CancellationToken ct) =>
        await ledger.FindAsync(id, ct) ?? throw new NotFoundException($"Dossier {id}");

    /// <summary>"joint-position-on-countering-terrorism-dossier-7.pdf": the title's words in any script, shortened.</summary>
    public static string FileName(Dossier d)
    {
        var slug = NonWord().Replace(d.Title.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        return slug.Length == 0 ? $"dossier-{d.Id}.pdf" : $"{slug}-dossier-{d.Id}.pdf";
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();
}
