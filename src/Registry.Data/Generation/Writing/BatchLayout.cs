using Microsoft.EntityFrameworkCore.Metadata;
using Registry.Domain.Agreements;

namespace Registry.Data.Generation.Writing;

/// <summary>
/// Lays a batch of agreements out table by table, as provider values: the agreements, then each child collection the
/// model knows (parties, actions, signatories, …), every child row remembering the index of its agreement.
/// </summary>
public sealed class BatchLayout
{
    private readonly TableShape _agreements;
    private readonly (INavigation Navigation, TableShape Shape)[] _children;

    public BatchLayout(IModel model)
    {
        var agreement = model.FindEntityType(typeof(Agreement))!;
        _agreements = TableShape.Of(agreement);
        _children = [.. agreement.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent)
            .Select(n => (n, TableShape.Of(n.TargetEntityType)))];
    }

    public static BatchLayout For(Database.RegistrySettings settings)
    {
        using var db = settings.CreateContext();
        return new BatchLayout(db.Model);
    }

    public IEnumerable<string> Tables => _children.Select(c => c.Shape.Table).Prepend(_agreements.Table);

    /// <summary>The agreements' table first, then the non-empty child tables. Not thread-safe: one batch at a time.</summary>
    public PreparedBatch Lay(IReadOnlyList<Agreement> batch)
    {
        var tables = new List<LaidTable> { new(_agreements, [.. batch.Select((a, i) => Row(_agreements, a, i))]) };
        foreach (var (navigation, shape) in _children)
        {
            var getter = navigation.GetGetter();
            var rows = new List<LaidRow>();
            for (var i = 0; i < batch.Count; i++)
                foreach (var child in (System.Collections.IEnumerable)getter.GetClrValueUsingContainingEntity(batch[i])!)
                    rows.Add(Row(shape, child, i));
            if (rows.Count > 0) tables.Add(new LaidTable(shape, rows));
        }
        return new PreparedBatch(batch, tables);
    }

    private static LaidRow Row(TableShape shape, object entity, int owner) =>
        new(owner, [.. shape.Columns.Select(c => c.Read(entity))]);
}

/// <summary>A batch ready to write: built on the generator's other core while the previous batch is being written.</summary>
public sealed record PreparedBatch(IReadOnlyList<Agreement> Agreements, IReadOnlyList<LaidTable> Tables);

public sealed record LaidTable(TableShape Shape, List<LaidRow> Rows)
{
    /// <summary>Puts the ids the writer assigned into the rows, and each child row's agreement id.</summary>
    public void AssignIds(Func<int, int> idOf, int[]? agreementIds)
    {
        int idIndex = Shape.IdIndex, ownerIndex = Shape.AgreementIdIndex;
        for (var r = 0; r < Rows.Count; r++)
        {
            Rows[r].Values[idIndex] = idOf(r);
            if (ownerIndex >= 0) Rows[r].Values[ownerIndex] = agreementIds![Rows[r].Owner];
        }
    }
}

public sealed record LaidRow(int Owner, object[] Values);
