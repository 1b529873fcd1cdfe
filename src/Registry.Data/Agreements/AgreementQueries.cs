using Microsoft.EntityFrameworkCore;
using Registry.Domain.Agreements;

namespace Registry.Data.Agreements;

public static class AgreementQueries
{
    /// <summary>The whole aggregate: every part, one query per collection.</summary>
    public static IQueryable<Agreement> WithAllParts(this IQueryable<Agreement> agreements) =>
        agreements.AsSplitQuery()
            .Include(a => a.Parties).Include(a => a.Actions).Include(a => a.Signatories).Include(a => a.Citations)
            .Include(a => a.Commitments).Include(a => a.Relations).Include(a => a.Texts).Include(a => a.Identifiers)
            .Include(a => a.Sources).Include(a => a.Attachments);
}
