using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Registry.Web.Dossiers.Printing;

public static class DossierServices
{
    /// <summary>
    /// The dossier printer and its one Chromium per process. Needs the data-layer services (AgreementReader,
    /// AgreementList, ResolutionCatalogue, AgreementHistory) registered as scoped, and SearchFactsCache as a singleton.
    /// </summary>
    public static IServiceCollection AddDossierPrinting(this IServiceCollection services, IConfiguration config)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(PrintSettings.From(config));
        services.AddSingleton<ChromiumHost>();
        services.AddSingleton<PdfRenderer>();
        services.AddSingleton<DossierLayout>();
        services.AddSingleton<DossierSource>();
        services.AddSingleton<DossierPrinter>();
        return services;
    }
}
