using System.Diagnostics;

namespace Registry.Testing;

/// <summary>
/// Stops and deletes clusters that test processes left in /tmp when they died without running ProcessExit
/// (killed, crashed). Each cluster folder records its owner's process id; folders of live owners are left alone.
/// </summary>
internal static class LeftoverClusters
{
    public const string OwnerFile = "owner.pid";

    public static void CleanUp()
    {
        foreach (var folder in Directory.EnumerateDirectories("/tmp", LocalPostgresServer.FolderPrefix + "*"))
        {
            try
            {
                if (IsOrphaned(folder))
                {
                    LocalPostgresServer.StopAndDelete(folder);
                }
            }
            catch (Exception)
            {
                // Best effort: another user's folder, or another process cleaned it up first.
            }
        }
    }

    private static bool IsOrphaned(string folder)
    {
        var ownerFile = Path.Combine(folder, OwnerFile);
        if (!File.Exists(ownerFile) || !int.TryParse(File.ReadAllText(ownerFile), out var owner))
        {
            return false; // being created right now, or not ours
        }

        if (owner == Environment.ProcessId)
        {
            return true; // our id was reused: this process has not created its cluster yet
        }

        try
        {
            using var process = Process.GetProcessById(owner);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
    }
}
