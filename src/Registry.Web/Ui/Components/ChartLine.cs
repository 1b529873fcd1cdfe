namespace Registry.Web.Ui.Components;

/// <summary>One line of a <see cref="LineChart"/>: a name for the legend and one value per x label.</summary>
public sealed record ChartLine(string Name, IReadOnlyList<int> Values);
