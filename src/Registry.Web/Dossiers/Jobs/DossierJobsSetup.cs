using Hangfire;
using Hangfire.AspNetCore;
using Registry.Data.Database;
using Registry.Web.Dossiers.Api;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>
/// Dossier print jobs on Hangfire: the queue on the registry's engine, the workers (unless
/// Registry:Jobs:RunServer is false), the dossier API and the dashboard at /hangfire for Administrators.
/// </summary>
public static class DossierJobsSetup
{
    public static WebApplicationBuilder AddDossierJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        // This app's own storage and activator. Hangfire's defaults are process-wide statics (JobStorage.Current,
        // JobActivator.Current), which would mix up two apps in one process, as the tests run them.
        services.AddSingleton<JobStorage>(sp => JobStorages.Create(sp.GetRequiredService<RegistrySettings>()));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, c) =>
        {
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings().UseLogProvider(HangfireLog.Instance);
            HangfireLog.Instance.Attach(sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<IHostApplicationLifetime>());
        });
        if (config.GetValue("Registry:Jobs:RunServer", true))
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = Math.Max(1, config.GetValue("Registry:Jobs:Workers", 4));
                o.ServerName = $"registry-{Environment.MachineName}-{Environment.ProcessId}";
            });
            services.AddHostedService<DossierRecovery>();
        }
        services.AddDossierPrinter(config).AddScoped<DossierQueue>().AddScoped<DossierJob>();
        return builder;
    }

    public static WebApplication MapDossierJobs(this WebApplication app)
    {
        app.MapDossierApi();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorsOnly()],
            AppPath = "/",
            DashboardTitle = "Registry jobs",
            DisplayStorageConnectionString = false,
        });
        return app;
    }
}
