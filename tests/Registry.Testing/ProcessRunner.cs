using System.Diagnostics;

namespace Registry.Testing;

/// <summary>Runs a command to completion and captures its output (stdout and stderr together).</summary>
internal static class ProcessRunner
{
    /// <summary>PostgreSQL refuses to run as root, so as root its tools run as the postgres user.</summary>
    public static bool RunAsPostgresUser => Environment.IsPrivilegedProcess;

    /// <summary>Runs one of the PostgreSQL tools, through <c>runuser -u postgres</c> when we are root.</summary>
    public static (int ExitCode, string Output) RunPostgresTool(
        string tool, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        if (!RunAsPostgresUser)
        {
            return Run(tool, arguments, workingDirectory, timeout);
        }

        return Run(FindSystemTool("runuser"), ["-u", "postgres", "--", tool, .. arguments], workingDirectory, timeout);
    }

    public static (int ExitCode, string Output) Run(
        string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} did not finish within {timeout}.");
        }

        process.WaitForExit(); // drains the redirected streams
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Finds runuser/chown even when /usr/sbin is missing from PATH.</summary>
    public static string FindSystemTool(string name)
    {
        string[] folders = ["/usr/sbin", "/sbin", "/usr/bin", "/bin"];
        return folders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists) ?? name;
    }
}
