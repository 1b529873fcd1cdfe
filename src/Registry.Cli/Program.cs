using Registry.Cli.Commands;
using Registry.Data.Database;

var settings = RegistrySettings.FromEnvironment();
var command = args.FirstOrDefault();
var rest = args.Skip(1).ToArray();
try
{
    return command switch
    {
        "migrate" => await MigrateCommand.RunAsync(settings),
        "seed" => await SeedCommand.RunAsync(settings, rest),
        "generate" => await GenerateCommand.RunAsync(settings, rest),
        "bench" => await BenchCommand.RunAsync(settings, rest),
        "dossier" => await DossierCommand.RunAsync(settings, rest),
        _ => Usage(),
    };
}
catch (Exception e) when (e is ArgumentException or InvalidOperationException or Registry.Domain.Common.DomainException)
{
    Console.Error.WriteLine($"registry {command}: {e.Message}");
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: registry <command> [options]
          migrate                                   apply the database migrations
          seed --samples [--file PATH]              load samples/joint-position-2022.json (skips records already there)
          generate --agreements N --seed S          add N generated agreements (deterministic for a seed)
          bench [--agreements N] [--seed S] [--iterations K]   p50/p95 of the record and list queries
          dossier --agreement REF -o FILE.pdf [--paper A4|Letter]         print one record's dossier
          dossier --filter "body=CSTO&from=2020-01-01&to=2024-12-31" -o FILE.pdf   print a set (q, body, kind,
                                                    status, from, to, resolution, sort as in GET /api/agreements)
        The database comes from Registry__Database__Provider (Sqlite|PostgreSql|SqlServer),
        ConnectionStrings__Registry and Registry__DataDirectory (default ./data).
        """);
    return 2;
}
