using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Resolutions;

namespace Registry.Web.Agreements.Editing;

public sealed record BodyOption(string Abbreviation, string Name);

/// <summary>
/// The editor's pickers: bodies, people and UN resolutions, read from the catalogue in a fresh scope each time,
/// because an interactive page outlives any one database context.
/// </summary>
public sealed class EditorLookups(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<BodyOption>> BodiesAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return await db.Bodies.AsNoTracking().OrderBy(b => b.Abbreviation)
            .Select(b => new BodyOption(b.Abbreviation, b.Name)).ToListAsync();
    }

    public async Task<IReadOnlyList<string>> PeopleAsync(string? prefix)
    {
        if (string.IsNullOrWhiteSpace(prefix) || prefix.Trim().Length < 2) return [];
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var p = prefix.Trim();
        return await db.People.AsNoTracking().Where(x => x.FullName.StartsWith(p) || (x.FullNameRu != null && x.FullNameRu.StartsWith(p)))
            .OrderBy(x => x.FullName).Select(x => x.FullName).Take(15).ToListAsync();
    }

    /// <summary>The position the person held in that body on that date, from their appointments; null when none is recorded.</summary>
    public async Task<string?> PositionAsync(string? person, string? body, DateOnly? on)
    {
        if (string.IsNullOrWhiteSpace(person) || on is null) return null;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var name = person.Trim();
        var found = await db.People.Include(p => p.Appointments).AsNoTracking()
            .Where(p => p.FullName == name || p.FullNameRu == name).Take(2).ToListAsync();
        if (found.Count != 1) return null;
        int? bodyId = string.IsNullOrWhiteSpace(body) ? null
            : await db.Bodies.Where(b => b.Abbreviation == body.Trim()).Select(b => (int?)b.Id).FirstOrDefaultAsync();
        return found[0].AppointmentOn(on.Value, bodyId)?.Position;
    }

    /// <summary>The canonical symbol a loose citation stands for, or why it cannot be read.</summary>
    public static (string? Canonical, string? Problem) Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        return UnSymbol.TryParse(text, out var symbol)
            ? (symbol.IsComplete ? symbol.Canonical : null, symbol.IsComplete ? null : $"{symbol.Canonical}: add the year, e.g. {symbol.Canonical} (2017), unless the catalogue already holds it.")
            : (null, $"Not a UN resolution symbol. Accepted forms: {UnSymbol.AcceptedForms}");
    }
}
