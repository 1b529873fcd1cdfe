using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Data.Agreements;
using Registry.Data.Database;
using Registry.Web.Dossiers;
using Registry.Web.Dossiers.Api;
using Registry.Web.Dossiers.Jobs;

namespace Registry.Cli.Commands;

/// <summary>
/// registry dossier --agreement REF -o file.pdf | --filter "body=CSTO&amp;from=2020-01-01&amp;to=2024-12-31" -o set.pdf
/// [--paper A4|Letter]: prints with the web app's printer, here and now (no job queue), and records the PDF like a
/// printed dossier, so GET /api/dossiers/verify knows it.
/// </summary>
public static class DossierCommand
{
    public static async Task<int> RunAsync(RegistrySettings settings, string[] args)
    {
        var options = new Options(args);
        var output = options.Value("-o") ?? options.Value("--output")
            ?? throw new ArgumentException("say where to write the PDF: -o FILE.pdf");
        var (agreement, filter, paper) = (options.Value("--agreement"), options.Value("--filter"), options.Value("--paper"));
        if ((agreement is null) == (filter is null))
            throw new ArgumentException("give either --agreement REF (reference number or id) or --filter \"body=…&from=yyyy-MM-dd&to=…\"");

        await using var services = Services(settings);
        DossierRequest request;
        await using (var scope = services.CreateAsyncScope())
        {
            request = agreement is not null
                ? new DossierRequest { AgreementId = await IdOfAsync(scope.ServiceProvider, agreement), Paper = DossierPaperBody.Parse(paper) }
                : DossierSetBody.FromQuery(filter!, paper).ToRequest();
        }
        var printed = await services.GetRequiredService<DossierPrinting>().PrintAndRecordAsync(request, "registry dossier (command line)",
            new Progress<DossierProgress>(p => Console.Error.Write($"\r{p.Done}/{p.Total} records")), CancellationToken.None);
        Console.Error.WriteLine();
        await File.WriteAllBytesAsync(output, printed.Pdf);
        Console.WriteLine($"{output}: {printed.PageCount} pages, {printed.Pdf.Length:N0} bytes, SHA-256 {printed.Sha256} ({printed.Title})");
        return 0;
    }

    /// <summary>A reference number, or an id when REF is a number and no reference number matches.</summary>
    private static async Task<int> IdOfAsync(IServiceProvider services, string reference)
    {
        var resolver = new ReferenceResolver(services.GetRequiredService<RegistryDbContext>());
        try { return await resolver.AgreementAsync(null, reference, "agreement"); }
        catch (Registry.Domain.Common.DomainException) when (int.TryParse(reference, out var id))
        {
            return await resolver.AgreementAsync(id, null, "agreement");
        }
    }

    private static ServiceProvider Services(RegistrySettings settings)
    {
        var config = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(settings).AddSingleton(TimeProvider.System)
            .AddScoped(_ => new AuditScope { User = "registry dossier" })
            .AddScoped(sp => settings.CreateContext(sp.GetRequiredService<AuditScope>()))
            .AddScoped<AgreementReader>().AddScoped<AgreementList>().AddSingleton<Registry.Data.Search.Facts.SearchFactsCache>()
            .AddScoped<Registry.Data.Resolutions.ResolutionCatalogue>()
            .AddScoped<Registry.Web.Agreements.AgreementHistory>();
        return services.AddDossierPrinter(config).BuildServiceProvider();
    }
}
