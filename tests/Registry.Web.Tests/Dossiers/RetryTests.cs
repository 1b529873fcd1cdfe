using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Registry.Data.Database;
using Registry.Domain.Dossiers;
using Registry.Testing;
using Registry.Web.Dossiers.Jobs;

namespace Registry.Web.Tests.Dossiers;

public sealed class RetryTests
{
    private static readonly int[] Backoff = [10, 60, 300];

    /// <summary>
    /// Each failed attempt is scheduled again after a longer delay; the test requeues the retry at once instead of
    /// waiting. After the last retry Hangfire gives up and the dossier is failed, with the printer's reason.
    /// </summary>
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_failing_print_is_retried_with_backoff_then_marked_failed_with_the_reason(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        var printer = new FailingPrinter();
        await using var site = await DossierSite.StartAsync(db, printer);
        using var client = await site.ClientAsync(DossierSite.Analyst);
        var id = await DossierApi.RequestAsync(client, $"/api/agreements/{await DossierApi.FirstAgreementIdAsync(client)}/dossiers", new { });
        var jobId = (await site.RowAsync(id)).JobId!;
        var storage = site.Services.GetRequiredService<JobStorage>();
        var jobs = site.Services.GetRequiredService<IBackgroundJobClient>();

        for (var attempt = 1; attempt <= DossierJob.Retries; attempt++)
        {
            var state = await StateAsync(storage, jobId, "Scheduled", attempt);
            var delay = JobHelper.DeserializeDateTime(state.Data["EnqueueAt"]) - JobHelper.DeserializeDateTime(state.Data["ScheduledAt"]);
            Assert.InRange(delay.TotalSeconds, Backoff[attempt - 1] - 1, Backoff[attempt - 1] + 1);
            var row = await site.RowAsync(id);
            Assert.Equal((DossierStatus.Queued, attempt, FailingPrinter.Message), (row.Status, row.Attempts, row.Failure));
            // Only if still scheduled: Hangfire's own scheduler may have queued it meanwhile.
            jobs.ChangeState(jobId, new EnqueuedState(), ScheduledState.StateName);
        }

        await StateAsync(storage, jobId, "Failed", DossierJob.Retries + 1);
        var failed = await DossierApi.WaitAsync(client, id, "failed");
        Assert.Equal(FailingPrinter.Message, failed.GetProperty("failure").GetString());
        Assert.Equal(DossierJob.Retries + 1, failed.GetProperty("attempts").GetInt32());
        Assert.Equal(DossierJob.Retries + 1, printer.Calls);
        Assert.Empty(site.StoredFiles());
    }

    private static async Task<Hangfire.Storage.StateData> StateAsync(JobStorage storage, string jobId, string name, int attempt)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var connection = storage.GetConnection();
            var state = connection.GetStateData(jobId);
            if (state?.Name == name) return state;
            if (DateTime.UtcNow > deadline) Assert.Fail($"Job {jobId} did not reach the {name} state after attempt {attempt}; it is {state?.Name}: {state?.Reason}.");
            await Task.Delay(200);
        }
    }
}
