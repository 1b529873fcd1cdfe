using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Data.Agreements;
using Registry.Data.Database;
using Registry.Data.Generation;
using Registry.Data.Resolutions;
using Registry.Data.Samples;
using Registry.Testing;
using Registry.Web.Agreements;
using Registry.Web.Dossiers.Printing;

namespace Registry.Dossiers.Tests.Infrastructure;

/// <summary>
/// A SQLite registry with the reference record, a multilingual record carrying markup, optionally more records and
/// generated ones, and the dossier printer wired as the web app wires it (own scopes, one Chromium).
/// </summary>
public sealed class DossierWorld : IAsyncDisposable
{
    public const string Organization = "Ministry of Test Affairs";
    public const string PublicUrl = "https://registry.example.org";

    private DossierWorld(TestDatabase database, ServiceProvider services) => (Database, Services) = (database, services);

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public DossierPrinter Printer => Services.GetRequiredService<DossierPrinter>();
    public ChromiumHost Chromium => Services.GetRequiredService<ChromiumHost>();
    public Dictionary<string, int> Ids { get; } = [];

    public static async Task<DossierWorld> CreateAsync(IEnumerable<AgreementDto> extra, int generated)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var world = new DossierWorld(database, Build(database));
        await using (var db = database.Context("dossier tests"))
        {
            await new SampleLoader(db, TimeProvider.System).LoadFileAsync(SampleFile.Path);
            foreach (var dto in extra) await new AgreementWriter(db, TimeProvider.System).CreateAsync(dto);
            await AttachAsync(db);
        }
        if (generated > 0) await new AgreementGenerator(database.Settings).GenerateAsync(generated, seed: 11);
        await using (var db = database.Context())
            foreach (var a in await db.Agreements.Select(a => new { a.Id, a.ReferenceNumber }).ToListAsync())
                world.Ids[a.ReferenceNumber] = a.Id;
        return world;
    }

    public int Id(string reference) => Ids[reference];

    /// <summary>The reference record gets an attachment so the dossier lists one (bytes are not needed for that).</summary>
    private static async Task AttachAsync(RegistryDbContext db)
    {
        var id = await db.Agreements.Where(a => a.ReferenceNumber == TestRecords.Reference).Select(a => a.Id).SingleAsync();
        var agreement = await new AgreementWriter(db, TimeProvider.System).LoadAsync(id);
        agreement.AddAttachment("joint-position-2022-ru.pdf", "application/pdf", 184_320, TestRecords.AttachmentSha256,
            new DateTime(2022, 2, 17, 9, 30, 0, DateTimeKind.Utc));
        await db.SaveChangesAsync();
    }

    private static ServiceProvider Build(TestDatabase database)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Registry:OrganizationName"] = Organization,
            ["Registry:PublicUrl"] = PublicUrl,
            ["Registry:Pdf:Pages"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(database.Settings);
        services.AddScoped(_ => new AuditScope { User = "dossier printer" });
        services.AddDbContext<RegistryDbContext>(o => o.UseRegistryDatabase(database.Provider, database.Settings.EffectiveConnectionString));
        services.AddScoped<AgreementReader>().AddScoped<AgreementList>().AddSingleton<Registry.Data.Search.Facts.SearchFactsCache>()
            .AddScoped<ResolutionCatalogue>().AddScoped<AgreementHistory>();
        services.AddDossierPrinting(config);
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
