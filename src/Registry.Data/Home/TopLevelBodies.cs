using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Agreements;

namespace Registry.Data.Home;

public sealed record TopLevelBody(int Id, string Abbreviation, string Name);

/// <summary>
/// Each body's top level: its ParentId walked up to a body with no parent (an organization or a state).
/// The body table is small, so the walk runs in memory and reaches SQL as one CASE over the organs.
/// </summary>
public sealed class TopLevelBodies
{
    private readonly Dictionary<int, int> _root;

    private TopLevelBodies(Dictionary<int, int> root, IReadOnlyDictionary<int, TopLevelBody> tops) => (_root, Tops) = (root, tops);

    public IReadOnlyDictionary<int, TopLevelBody> Tops { get; }

    public static async Task<TopLevelBodies> LoadAsync(RegistryDbContext db, CancellationToken ct)
    {
        var bodies = await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.ParentId, b.Abbreviation, b.Name }).ToListAsync(ct);
        var parent = bodies.ToDictionary(b => b.Id, b => b.ParentId);
        var root = bodies.ToDictionary(b => b.Id, b => RootOf(b.Id, parent));
        var tops = bodies.Where(b => root[b.Id] == b.Id).ToDictionary(b => b.Id, b => new TopLevelBody(b.Id, b.Abbreviation, b.Name));
        return new TopLevelBodies(root, tops);
    }

    /// <summary>Every body whose top level is one of <paramref name="tops"/>.</summary>
    public List<int> Below(IEnumerable<int> tops) => [.. _root.Where(r => tops.Contains(r.Value)).Select(r => r.Key)];

    /// <summary>p => new PartyRoot { AgreementId = p.AgreementId, Root = CASE WHEN p.BodyId IN (organs of X) THEN X … ELSE p.BodyId END }.</summary>
    public Expression<Func<Party, PartyRoot>> Projection()
    {
        var p = Expression.Parameter(typeof(Party), "p");
        var bodyId = Expression.Property(p, nameof(Party.BodyId));
        Expression root = bodyId;
        foreach (var group in _root.Where(r => r.Key != r.Value).GroupBy(r => r.Value))
        {
            var organs = Expression.Constant(group.Select(r => r.Key).ToArray());
            var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], organs, bodyId);
            root = Expression.Condition(contains, Expression.Constant(group.Key), root);
        }
        return Expression.Lambda<Func<Party, PartyRoot>>(Expression.MemberInit(Expression.New(typeof(PartyRoot)),
            Expression.Bind(typeof(PartyRoot).GetProperty(nameof(PartyRoot.AgreementId))!, Expression.Property(p, nameof(Party.AgreementId))),
            Expression.Bind(typeof(PartyRoot).GetProperty(nameof(PartyRoot.Root))!, root)), p);
    }

    private static int RootOf(int id, Dictionary<int, int?> parent)
    {
        // A cycle cannot be saved, but a walk bounded by the table's size never hangs on one.
        for (var steps = 0; parent[id] is { } up && parent.ContainsKey(up) && steps < parent.Count; steps++) id = up;
        return id;
    }
}

public sealed class PartyRoot
{
    public int AgreementId { get; set; }
    public int Root { get; set; }
}
