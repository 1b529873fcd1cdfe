using System.Net;
using Registry.Data.Database;
using Registry.Testing;

namespace Registry.Web.Tests.Dossiers;

public sealed class DashboardTests
{
    [Fact]
    public async Task The_job_dashboard_is_for_administrators_only()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var site = await DossierSite.StartAsync(db, new CountingPrinter());

        using var anonymous = await site.BrowserAsync(null);
        using var toSignIn = await anonymous.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        Assert.StartsWith("http://localhost/signin", toSignIn.Headers.Location?.ToString());

        using var analyst = await site.BrowserAsync(DossierSite.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/hangfire/jobs/enqueued")).StatusCode);

        using var admin = await site.BrowserAsync(DossierSite.Admin);
        using var dashboard = await admin.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Registry jobs", await dashboard.Content.ReadAsStringAsync());
    }
}
