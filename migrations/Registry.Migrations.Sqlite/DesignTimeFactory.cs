using Microsoft.EntityFrameworkCore.Design;
using Registry.Data.Database;

namespace Registry.Migrations.Sqlite;

public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args) => Registry.Data.Database.DesignTimeFactory.Create(DatabaseProvider.Sqlite);
}
