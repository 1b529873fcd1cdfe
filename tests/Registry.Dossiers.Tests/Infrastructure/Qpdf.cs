using System.Diagnostics;

namespace Registry.Dossiers.Tests.Infrastructure;

/// <summary>qpdf --check, run as a process: the structural check of a PDF file.</summary>
public static class Qpdf
{
    public static async Task CheckAsync(byte[] pdf, string name)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dossier-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var info = new ProcessStartInfo("qpdf", ["--check", file]) { RedirectStandardOutput = true, RedirectStandardError = true };
            Process process;
            try { process = Process.Start(info)!; }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Fail("qpdf is not installed, so the PDF cannot be checked: run `apt-get install qpdf` (or `.ci/setup test`).");
                return;
            }
            using (process)
            {
                var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                Assert.True(process.ExitCode == 0, $"qpdf --check failed on the {name} (exit code {process.ExitCode}):\n{output}");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
