using Microsoft.Extensions.Logging;

namespace Registry.Web.Tests.Dossiers;

/// <summary>With DOSSIER_TEST_LOG=path, the apps under test append their warnings and errors (Hangfire's too) there.</summary>
public sealed class FileLog(string path) : ILoggerProvider, ILogger
{
    private static readonly Lock Gate = new();

    public ILogger CreateLogger(string categoryName) => this;
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        lock (Gate) File.AppendAllText(path, $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {formatter(state, exception)} {exception}\n");
    }

    public void Dispose() { }
}
