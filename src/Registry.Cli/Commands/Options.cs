namespace Registry.Cli.Commands;

/// <summary>Reads "--name value" and "--flag" options.</summary>
public sealed class Options(string[] args)
{
    public bool Has(string name) => args.Contains(name);

    public string? Value(string name)
    {
        var i = Array.IndexOf(args, name);
        if (i < 0) return null;
        return i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} needs a value.");
    }

    public int Int(string name, int fallback, int min = 1)
    {
        var text = Value(name);
        if (text is null) return fallback;
        return int.TryParse(text, out var n) && n >= min ? n
            : throw new ArgumentException($"{name} must be a whole number of at least {min}; got '{text}'.");
    }
}
