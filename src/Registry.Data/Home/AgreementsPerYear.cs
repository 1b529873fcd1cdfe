using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;

namespace Registry.Data.Home;

/// <summary>One line of the chart: a top-level body (null for "other"), and its agreements per year.</summary>
public sealed record YearSeries(TopLevelBody? Body, IReadOnlyList<int> Counts);

public sealed record YearChart(IReadOnlyList<int> Years, IReadOnlyList<YearSeries> Series);

public sealed class AgreementsPerYear(RegistryDbContext db)
{
    // Counting reads every party row (about a second at 100,000 agreements): the answer is kept until the next save.
    private static readonly SavedStateCache<YearChart> Cache = new();

    /// <summary>
    /// Agreements per signing year for the <paramref name="top"/> top-level bodies with the most agreements (one
    /// counts an agreement once however many of its organs sign), and the agreements none of them is party to.
    /// </summary>
    public Task<YearChart> GetAsync(int top = 5, CancellationToken ct = default) =>
        Cache.GetAsync(db, $"top {top}", () => CountAsync(top, ct), ct);

    /// <summary>Counted in SQL on the indexed sort date (the signing date): one row per year and body comes back.</summary>
    private async Task<YearChart> CountAsync(int top, CancellationToken ct)
    {
        var levels = await TopLevelBodies.LoadAsync(db, ct);
        var signed = db.Agreements.AsNoTracking()
            .Where(a => EF.Property<DateOnly>(a, RegistryDbContext.SortDateColumn) > DateOnly.MinValue);
        var perRoot = await db.Parties.AsNoTracking().Select(levels.Projection())
            .Join(signed, p => p.AgreementId, a => a.Id,
                (p, a) => new { p.AgreementId, p.Root, EF.Property<DateOnly>(a, RegistryDbContext.SortDateColumn).Year })
            .Distinct()
            .GroupBy(x => new { x.Year, x.Root })
            .Select(g => new { g.Key.Year, g.Key.Root, Count = g.Count() })
            .ToListAsync(ct);
        var leaders = perRoot.GroupBy(r => r.Root).Where(g => levels.Tops.ContainsKey(g.Key))
            .OrderByDescending(g => g.Sum(r => r.Count)).ThenBy(g => levels.Tops[g.Key].Abbreviation, StringComparer.Ordinal)
            .Take(top).Select(g => g.Key).ToList();
        var leaderBodies = levels.Below(leaders);
        var others = await signed.Where(a => !db.Parties.Any(p => p.AgreementId == a.Id && leaderBodies.Contains(p.BodyId)))
            .GroupBy(a => EF.Property<DateOnly>(a, RegistryDbContext.SortDateColumn).Year)
            .Select(g => new { Year = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Year, g => g.Count, ct);

        var allYears = perRoot.Select(r => r.Year).Concat(others.Keys).ToList();
        if (allYears.Count == 0) return new YearChart([], []);
        var years = Enumerable.Range(allYears.Min(), allYears.Max() - allYears.Min() + 1).ToList();
        var counts = perRoot.ToDictionary(r => (r.Root, r.Year), r => r.Count);
        var series = leaders.Select(id => new YearSeries(levels.Tops[id], [.. years.Select(y => counts.GetValueOrDefault((id, y)))])).ToList();
        if (others.Count > 0) series.Add(new YearSeries(null, [.. years.Select(y => others.GetValueOrDefault(y))]));
        return new YearChart(years, series);
    }
}
