namespace Registry.Data.Generation;

/// <summary>How far a run has got; <see cref="Bar"/> draws it as one line of text.</summary>
public sealed record GenerationProgress(int Done, int Total, TimeSpan Elapsed)
{
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public string Bar(int width = 30)
    {
        var fraction = Total == 0 ? 1 : (double)Done / Total;
        var filled = (int)Math.Round(fraction * width);
        return $"[{new string('#', filled)}{new string('.', width - filled)}] {fraction,4:P0} {Done:N0}/{Total:N0} {Rate:N0}/s";
    }
}

/// <summary>What a run added: <see cref="Rows"/> counts the agreements and all their parts.</summary>
public sealed record GenerationReport(int Seed, int Added, int AlreadyThere, long Rows, TimeSpan Elapsed, string Provider, string Writer)
{
    public override string ToString() =>
        $"generated {Added:N0} agreements ({Rows:N0} rows) in {Elapsed.TotalSeconds:N1} s on {Provider} ({Writer})" +
        (AlreadyThere > 0 ? $" (seed {Seed} already had {AlreadyThere:N0} here)" : "");
}
