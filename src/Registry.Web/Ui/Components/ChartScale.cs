using System.Globalization;

namespace Registry.Web.Ui.Components;

/// <summary>The geometry of a line chart: a "nice" value axis (steps of 1, 2 or 5 × 10ⁿ) and SVG coordinates.</summary>
internal sealed class ChartScale
{
    public const double Width = 1040, Height = 360, Left = 56, Right = 16, Top = 16, Bottom = 52;
    private const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    private readonly int _points;

    public ChartScale(int points, int max)
    {
        _points = points;
        Step = NiceStep(Math.Max(max, 1) / 5.0);
        Max = (int)Math.Max(Step, Math.Ceiling(max / (double)Step) * Step);
    }

    public int Step { get; }
    public int Max { get; }
    public double Baseline => Top + PlotHeight;

    public IEnumerable<int> Ticks() => Enumerable.Range(0, Max / Step + 1).Select(i => i * Step);

    /// <summary>Which x labels to print: about a dozen at most, so years never overlap.</summary>
    public bool Labelled(int i) => i % (int)Math.Ceiling(_points / 12.0) == 0;

    public double X(int i) => Left + (_points <= 1 ? PlotWidth / 2 : i * PlotWidth / (_points - 1));
    public double Y(int value) => Top + PlotHeight - value * PlotHeight / Max;

    public string Path(IReadOnlyList<int> values) =>
        string.Join(" ", values.Select((v, i) => $"{(i == 0 ? 'M' : 'L')}{F(X(i))},{F(Y(v))}"));

    /// <summary>SVG wants a dot for decimals whatever the reader's language.</summary>
    public static string F(double n) => n.ToString("0.#", CultureInfo.InvariantCulture);

    private static int NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(rough, 1))));
        var norm = rough / magnitude;
        return (int)Math.Max(1, (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude);
    }
}
