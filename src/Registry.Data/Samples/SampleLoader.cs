using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Bodies;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Data.People;
using Registry.Data.Resolutions;
using Registry.Domain.Agreements;
using Registry.Domain.Resolutions;

namespace Registry.Data.Samples;

/// <summary>Imports a sample set in one transaction: all of it or none. Records already present are skipped.</summary>
public sealed class SampleLoader(RegistryDbContext db, TimeProvider clock)
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "samples", "joint-position-2022.json");

    public async Task<SampleReport> LoadFileAsync(string path, CancellationToken ct = default)
    {
        await using var stream = File.OpenRead(path);
        var set = await JsonSerializer.DeserializeAsync<SampleSet>(stream, RegistryJson.Options, ct)
            ?? throw new InvalidOperationException($"{path} holds no sample set.");
        return await LoadAsync(set, ct);
    }

    public async Task<SampleReport> LoadAsync(SampleSet set, CancellationToken ct = default)
    {
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        var report = new SampleReport();
        foreach (var b in set.Bodies.Where(b => !db.Bodies.Any(x => x.Abbreviation == b.Abbreviation)))
        {
            await new BodyCatalogue(db).SaveAsync(null, b, ct);
            report.Bodies++;
        }
        foreach (var p in set.People.Where(p => !db.People.Any(x => x.FullName == p.FullName)))
        {
            await new PeopleDirectory(db).SaveAsync(null, p, ct);
            report.People++;
        }
        foreach (var r in set.Resolutions)
        {
            var symbol = UnSymbol.Parse(r.Symbol).Canonical;
            if (await db.Resolutions.AnyAsync(x => x.Symbol == symbol, ct)) continue;
            await new ResolutionCatalogue(db).SaveAsync(null, r, ct);
            report.Resolutions++;
        }
        foreach (var a in set.Agreements)
        {
            var key = Agreement.KeyOf(a.ReferenceNumber ?? "");
            if (await db.Agreements.AnyAsync(x => x.ReferenceKey == key, ct)) continue;
            await new AgreementWriter(db, clock).CreateAsync(a, ct: ct);
            report.Agreements++;
        }
        await tx.CommitAsync(ct);
        return report;
    }
}

public sealed class SampleReport
{
    public int Bodies { get; set; }
    public int People { get; set; }
    public int Resolutions { get; set; }
    public int Agreements { get; set; }

    public override string ToString() =>
        $"{Agreements} agreement(s), {Bodies} body(ies), {People} person(s), {Resolutions} resolution(s) loaded";
}
