using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Data.Agreements;
using Registry.Data.Audit;
using Registry.Data.Bodies;
using Registry.Data.Database;
using Registry.Data.Dossiers;
using Registry.Data.Home;
using Registry.Data.People;
using Registry.Data.Resolutions;
using Registry.Data.Search;
using Registry.Data.Search.Facts;
using Registry.Data.Search.Saved;

namespace Registry.Data;

/// <summary>The data layer's one registration, used by the web app, every CLI command and the tests.</summary>
public static class RegistryDataServices
{
    /// <summary>
    /// Registers the DbContext and every reader and writer. A host that knows who is acting registers its own
    /// <see cref="AuditScope"/> first; otherwise changes are stamped "system".
    /// </summary>
    public static IServiceCollection AddRegistryData(this IServiceCollection services, RegistrySettings settings)
    {
        services.TryAddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped(_ => AuditScope.System);
        services.AddDbContext<RegistryDbContext>(o => o.UseRegistryDatabase(settings.Provider, settings.EffectiveConnectionString));
        services.AddScoped<AgreementWriter>().AddScoped<AgreementReader>().AddScoped<AgreementList>()
            .AddScoped<BodyCatalogue>().AddScoped<OfficeHolders>()
            .AddScoped<PeopleDirectory>().AddScoped<PersonSignatures>()
            .AddScoped<ResolutionCatalogue>().AddScoped<ResolutionCiters>()
            .AddScoped<AuditLog>().AddScoped<DossierLedger>().AddScoped<DossierRuns>()
            .AddScoped<RegistryCounts>().AddScoped<LatestAgreements>().AddScoped<AgreementsPerYear>()
            .AddSingleton<SearchFactsCache>().AddScoped<CommitmentSearch>().AddScoped<AgreementSearch>()
            .AddScoped<SavedSearches>();
        return services;
    }
}
