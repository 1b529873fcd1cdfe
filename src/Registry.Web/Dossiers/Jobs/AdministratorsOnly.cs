using Hangfire.Dashboard;
using Registry.Domain.Users;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>
/// The job dashboard is for Administrators. Hangfire's default (LocalRequestsOnly) would let anyone in behind a
/// reverse proxy on the same host, so the signed-in user's role decides instead.
/// </summary>
internal sealed class AdministratorsOnly : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && user.IsInRole(nameof(Role.Administrator));
}
