using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Registry.Data.Tests.Migrations;

/// <summary>No SQL Server runs here: its idempotent migration script is parsed by the T-SQL parser instead.</summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void The_idempotent_SQL_Server_script_parses_without_errors()
    {
        using var db = DesignTimeFactory.Create(DatabaseProvider.SqlServer);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        var created = new CreatedTables();
        fragment.Accept(created);
        var entityTables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).ToHashSet();
        Assert.Subset(created.Names, entityTables);
    }

    /// <summary>The idempotent script wraps each CREATE TABLE in IF NOT EXISTS … BEGIN … END, so walk the whole tree.</summary>
    private sealed class CreatedTables : TSqlFragmentVisitor
    {
        public HashSet<string> Names { get; } = [];

        public override void Visit(CreateTableStatement node) => Names.Add(node.SchemaObjectName.BaseIdentifier.Value);
    }
}
