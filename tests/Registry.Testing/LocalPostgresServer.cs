using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Registry.Testing;

/// <summary>
/// A throwaway PostgreSQL 15 cluster in /tmp/registry-pg-&lt;random&gt;, tuned for speed rather than durability.
/// It is stopped and its folder deleted when the process exits.
/// </summary>
internal sealed class LocalPostgresServer
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";
    public const string FolderPrefix = "registry-pg-";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly string _root;
    private int _stopped;

    private LocalPostgresServer(string root) => _root = root;

    public string ConnectionString { get; private set; } = "";

    private string DataDirectory => Path.Combine(_root, "data");

    private string LogFile => Path.Combine(_root, "log");

    public static LocalPostgresServer Start()
    {
        EnsureInstalled();
        LeftoverClusters.CleanUp();
        var server = new LocalPostgresServer(CreateRootFolder());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        try
        {
            server.InitializeDataDirectory();
            server.StartPostmaster();
            return server;
        }
        catch
        {
            server.Stop();
            throw;
        }
    }

    /// <summary>Stops the postmaster (if running) of the cluster in <paramref name="root"/> and deletes the folder.</summary>
    public static void StopAndDelete(string root)
    {
        var data = Path.Combine(root, "data");
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            ProcessRunner.RunPostgresTool(Tool("pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], "/", StopTimeout);
        }

        Directory.Delete(root, recursive: true);
    }

    public static string BuildConnectionString(int port, string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = database,
            Pooling = pooling,
            IncludeErrorDetail = true,
        }.ConnectionString;

    private static string Tool(string name) => Path.Combine(BinDirectory, name);

    private static void EnsureInstalled()
    {
        if (!new[] { "initdb", "pg_ctl", "postgres" }.All(name => File.Exists(Tool(name))))
        {
            throw new InvalidOperationException(
                "PostgreSQL 15 is not installed: run `apt-get install -y postgresql-15`, " +
                $"or set {PostgresCluster.EnvironmentVariable} to a connection string.");
        }
    }

    /// <summary>
    /// Like mkdtemp, a fresh uniquely named folder, but always under /tmp (not $TMPDIR) so that the postgres user
    /// can reach it; handed to the postgres user when we are root. The data folder inside is private (initdb: 0700).
    /// </summary>
    private static string CreateRootFolder()
    {
        var root = Path.Combine("/tmp", FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, LeftoverClusters.OwnerFile), Environment.ProcessId.ToString());
        if (ProcessRunner.RunAsPostgresUser)
        {
            var (exitCode, output) = ProcessRunner.Run(
                ProcessRunner.FindSystemTool("chown"), ["-R", "postgres:postgres", root], "/", StopTimeout);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"chown postgres {root} failed:\n{output}");
            }
        }

        return root;
    }

    private void InitializeDataDirectory()
    {
        var failures = new List<string>();
        foreach (var locale in new[] { "C.UTF-8", "C" })
        {
            var (exitCode, output) = ProcessRunner.RunPostgresTool(
                Tool("initdb"),
                ["-D", DataDirectory, "-U", "postgres", "-A", "trust", "--encoding=UTF8", $"--locale={locale}", "--no-sync"],
                "/",
                StartTimeout);
            if (exitCode == 0)
            {
                return;
            }

            failures.Add($"--locale={locale} (exit code {exitCode}):\n{output}");
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }

        throw new InvalidOperationException($"initdb failed:\n{string.Join("\n", failures)}");
    }

    /// <summary>Starts the postmaster on a free loopback port; retries with another port if that one was taken meanwhile.</summary>
    private void StartPostmaster()
    {
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            var port = FindFreePort();
            var options = $"-p {port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off " +
                          "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 " +
                          Environment.GetEnvironmentVariable(PostgresCluster.OptionsVariable);
            var (exitCode, output) = ProcessRunner.RunPostgresTool(
                Tool("pg_ctl"),
                ["-D", DataDirectory, "-l", LogFile, "-o", options, "-t", "60", "-w", "start"],
                "/",
                StartTimeout + StopTimeout);
            if (exitCode == 0)
            {
                WaitUntilAcceptingConnections(port, clock);
                ConnectionString = BuildConnectionString(port, "postgres");
                return;
            }

            if (attempt == 3 || clock.Elapsed > StartTimeout)
            {
                throw Failure($"pg_ctl start failed (exit code {exitCode}):\n{output}");
            }
        }
    }

    private void WaitUntilAcceptingConnections(int port, Stopwatch clock)
    {
        var probe = new NpgsqlConnectionStringBuilder(BuildConnectionString(port, "postgres", pooling: false)) { Timeout = 5 };
        while (true)
        {
            try
            {
                using var connection = new NpgsqlConnection(probe.ConnectionString);
                connection.Open();
                using var command = new NpgsqlCommand("SELECT 1", connection);
                command.ExecuteScalar();
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                if (clock.Elapsed > StartTimeout)
                {
                    throw Failure($"PostgreSQL did not accept connections within {StartTimeout.TotalSeconds} s: {e.Message}");
                }

                Thread.Sleep(100);
            }
        }
    }

    private static int FindFreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private InvalidOperationException Failure(string message)
    {
        var log = File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no log written)";
        return new InvalidOperationException($"{message}\n--- {LogFile} ---\n{log}");
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            StopAndDelete(_root);
        }
        catch (Exception)
        {
            // Best effort at process exit: a folder left in /tmp is removed by the next run (LeftoverClusters).
        }
    }
}
