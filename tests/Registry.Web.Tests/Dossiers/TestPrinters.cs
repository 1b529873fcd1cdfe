using System.Security.Cryptography;
using System.Text;
using Registry.Web.Dossiers;
using Registry.Web.Dossiers.Jobs;

namespace Registry.Web.Tests.Dossiers;

/// <summary>Prints a small, different PDF on every call and counts the calls; reports n of m like the real printer.</summary>
public sealed class CountingPrinter(TimeSpan? delay = null) : IDossierPrinter
{
    private int _calls;
    public int Calls => _calls;

    public async Task<PrintedDossier> PrintAsync(DossierRequest request, IProgress<DossierProgress>? progress, CancellationToken ct)
    {
        var call = Interlocked.Increment(ref _calls);
        const int total = 3;
        for (var n = 0; n <= total; n++)
        {
            progress?.Report(new DossierProgress(n, total));
            await Task.Delay(delay ?? TimeSpan.FromMilliseconds(20), ct);
        }
        var pdf = Encoding.ASCII.GetBytes($"%PDF-1.4\n% test print {call} of agreement {request.AgreementId} paper {request.Paper}\n%%EOF\n");
        return new PrintedDossier(pdf, 2, Convert.ToHexStringLower(SHA256.HashData(pdf)), $"Printed title {call}");
    }
}

/// <summary>A printer whose every attempt fails, as a Chromium that keeps crashing would.</summary>
public sealed class FailingPrinter : IDossierPrinter
{
    public const string Message = "Chromium exited unexpectedly (test)";
    private int _calls;
    public int Calls => _calls;

    public Task<PrintedDossier> PrintAsync(DossierRequest request, IProgress<DossierProgress>? progress, CancellationToken ct)
    {
        Interlocked.Increment(ref _calls);
        progress?.Report(new DossierProgress(0, 1));
        throw new InvalidOperationException(Message);
    }
}
