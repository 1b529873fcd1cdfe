using Hangfire.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using MsLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>
/// Hangfire logs through one process-wide provider. Its ASP.NET Core provider holds the logger factory of the app
/// that configured it last, which breaks (ObjectDisposedException inside the workers) once that app is disposed
/// while another runs on, as happens when tests start several apps in one process. This provider looks the factory
/// up at each message and skips the message when no live app is left.
/// </summary>
internal sealed class HangfireLog : ILogProvider
{
    public static readonly HangfireLog Instance = new();
    private ILoggerFactory? _factory;

    /// <summary>Sends Hangfire's messages to this app's logging until the app stops.</summary>
    public void Attach(ILoggerFactory factory, IHostApplicationLifetime lifetime)
    {
        Volatile.Write(ref _factory, factory);
        lifetime.ApplicationStopping.Register(() => Interlocked.CompareExchange(ref _factory, null, factory));
    }

    public ILog GetLogger(string name) => new Named(this, name);

    private sealed class Named(HangfireLog provider, string name) : ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                if (Volatile.Read(ref provider._factory)?.CreateLogger(name) is not { } logger) return false;
                var level = (MsLogLevel)(int)logLevel;
                if (messageFunc is null) return logger.IsEnabled(level);
                if (logger.IsEnabled(level)) logger.Log(level, exception, "{Message}", messageFunc());
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
