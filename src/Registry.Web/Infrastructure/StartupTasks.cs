using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Samples;
using Registry.Data.Search.Index;
using Registry.Web.Auth;

namespace Registry.Web.Infrastructure;

public static class StartupTasks
{
    /// <summary>Migrates (unless switched off), creates the first administrator and loads the samples into an empty database.</summary>
    public static async Task InitializeRegistryAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var config = app.Configuration;
        if (config.GetValue("Registry:Database:MigrateOnStartup", true))
            await db.Database.MigrateAsync();
        if (await SearchIndexBackfill.EnsureAsync(scope.ServiceProvider.GetRequiredService<RegistrySettings>()))
            app.Logger.LogInformation("Indexed the stored records for search.");
        await BootstrapAdmin.EnsureAsync(db, config, scope.ServiceProvider.GetRequiredService<RegistrySettings>(), app.Logger);
        if (config.GetValue("Registry:Samples:LoadOnFirstStart", true) && !await db.Agreements.AnyAsync())
        {
            db.Audit.User = "registry samples";
            var report = await new SampleLoader(db, TimeProvider.System).LoadFileAsync(SampleLoader.DefaultPath);
            app.Logger.LogInformation("Sample data: {Report}", report);
        }
        var settings = scope.ServiceProvider.GetRequiredService<RegistrySettings>();
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(
            $"Registry is running on {string.Join(", ", app.Urls)} ({settings.Provider}, data in {Path.GetFullPath(settings.DataDirectory)})."));
    }
}
