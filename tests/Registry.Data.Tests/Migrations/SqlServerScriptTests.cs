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
        Assert.Contains("CREATE TABLE [Agreements]", script);
        Assert.NotEmpty(((TSqlScript)fragment).Batches);
    }

    [Fact]
    public void A_broken_script_is_caught_by_the_same_parser()
    {
        new TSql160Parser(true).Parse(new StringReader("CREATE TABLE [X] ([Id] int NOT NULL"), out var errors);
        Assert.NotEmpty(errors);
    }
}
