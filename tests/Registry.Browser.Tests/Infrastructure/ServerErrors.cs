using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Registry.Browser.Tests.Infrastructure;

/// <summary>The app's error log lines, kept so a test that meets a 500 can say what the server threw.</summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public int Count => _lines.Count;

    public IEnumerable<string> Since(int count) => _lines.Skip(count);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(ServerErrors sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            sink._lines.Enqueue($"{category}: {formatter(state, exception)}" + (exception is null ? "" : $"\n{exception}"));
        }
    }
}
