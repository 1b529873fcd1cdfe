using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Registry.Data;
using Registry.Data.Agreements;
using Registry.Data.Bodies;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Data.Home;
using Registry.Data.People;
using Registry.Data.Resolutions;
using Registry.Data.Search;
using Registry.Data.Search.Facts;
using Registry.Web.Agreements;
using Registry.Web.Auth;
using Registry.Web.Bodies;
using Registry.Web.Dossiers.Jobs;
using Registry.Web.People;
using Registry.Web.Resolutions;
using Registry.Web.Search;
using Registry.Web.Ui;
using Registry.Web.Users;

namespace Registry.Web.Infrastructure;

public static class RegistryServices
{
    public static WebApplicationBuilder AddRegistry(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var settings = new RegistrySettings
        {
            Provider = DatabaseSetup.ParseProvider(config["Registry:Database:Provider"]),
            ConnectionString = config.GetConnectionString("Registry"),
            DataDirectory = config["Registry:DataDirectory"] is { Length: > 0 } dir ? dir : "./data",
        };
        Directory.CreateDirectory(settings.DataDirectory);
        var attachments = new AttachmentOptions { MaxBytes = config.GetValue("Registry:Attachments:MaxBytes", 50L * 1024 * 1024) };
        var services = builder.Services;
        services.AddSingleton(attachments);
        services.AddHttpContextAccessor();
        services.AddScoped(sp => new AuditScope
        {
            User = sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User.Identity?.Name ?? "system",
        });
        services.AddRegistryData(settings);
        services.AddScoped<AgreementHistory>().AddSingleton<AttachmentStore>()
            .AddSingleton<Registry.Web.Agreements.Editing.EditorLookups>().AddScoped<Registry.Web.Agreements.Actions.AgreementActions>()
            .AddScoped<AttachmentUpload>();
        services.AddHostedService<Registry.Web.Search.SearchWarmUp>();
        services.Configure<JsonOptions>(o => RegistryJson.Configure(o.SerializerOptions));
        // Malformed request bodies reach the error handler, which names the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = attachments.RequestLimit);
        services.AddExceptionHandler<ErrorHandler>().AddProblemDetails();
        services.AddOpenApi();
        builder.AddRegistryAuth(settings);
        builder.AddRegistryUi();
        builder.AddDossierJobs();
        return builder;
    }

    public static WebApplication MapRegistry(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealth();
        app.MapAuth();
        app.MapUsers();
        app.MapAgreements();
        app.MapAttachments();
        app.MapBodies();
        app.MapPeople();
        app.MapResolutions();
        app.MapSearch();
        app.MapSavedSearches();
        app.MapDossierJobs();
        app.MapRegistryUi();
        return app;
    }
}
