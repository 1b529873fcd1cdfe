using Registry.Data.Dossiers;
using Registry.Web.Dossiers.Printing;

namespace Registry.Web.Dossiers.Jobs;

public static class DossierPrinterSetup
{
    /// <summary>
    /// The printer as the jobs and the command line use it, with the dossier rows and files. Needs the data-layer
    /// services the printer reads through (AgreementReader, AgreementList, ResolutionCatalogue, AgreementHistory), and
    /// the SearchFactsCache singleton that AgreementList counts over.
    /// </summary>
    public static IServiceCollection AddDossierPrinter(this IServiceCollection services, IConfiguration config)
    {
        services.AddDossierPrinting(config).AddSingleton<IDossierPrinter, ChromiumPrinter>();
        services.AddSingleton<DossierFiles>().AddSingleton<DossierPrinting>();
        return services;
    }
}
