using Registry.Data.Database;
using Registry.Data.Generation;

namespace Registry.Cli.Commands;

/// <summary>registry generate --agreements N --seed S: adds generated agreements GEN-S-000001 … GEN-S-N (those there are kept).</summary>
public static class GenerateCommand
{
    public const int MaxPerSeed = 999_999;

    public static async Task<int> RunAsync(RegistrySettings settings, string[] rest)
    {
        var options = new Options(rest);
        if (options.Value("--agreements") is null)
            throw new ArgumentException("--agreements N is required (how many agreements the seed should have).");
        var agreements = options.Int("--agreements", 0);
        if (agreements > MaxPerSeed)
            throw new ArgumentException($"--agreements is at most {MaxPerSeed:N0} per seed (reference numbers have six digits); use several seeds.");
        var report = await GenerateAsync(settings, agreements, options.Int("--seed", 1, min: 0));
        Console.WriteLine(report.Added == 0
            ? $"nothing to add: seed {report.Seed} already has {report.AlreadyThere:N0} agreements here (use another seed for more)"
            : report.ToString());
        return 0;
    }

    public static Task<GenerationReport> GenerateAsync(RegistrySettings settings, int agreements, int seed) =>
        new AgreementGenerator(settings).GenerateAsync(agreements, seed, new ConsoleBar());

    /// <summary>Redraws one line in place; ends it once the run is complete.</summary>
    private sealed class ConsoleBar : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value)
        {
            if (value.Total == 0) return;
            Console.Write($"\r{value.Bar()}   ");
            if (value.Done == value.Total) Console.WriteLine();
        }
    }
}
