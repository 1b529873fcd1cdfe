using Bogus;
using Registry.Data.Generation.Catalogue;
using Registry.Domain.Agreements;

namespace Registry.Data.Generation;

/// <summary>Who meets and when: member states of one organization, or organs (or organizations) of several.</summary>
public sealed record Circle(BodySpec? Organization, IReadOnlyList<BodySpec> Parties, DateOnly SignedOn)
{
    public static readonly DateOnly FirstSigning = new(1995, 1, 1), LastSigning = new(2025, 12, 31);

    public bool InterState => Organization is not null;

    /// <summary>Whether the SCO is involved, which makes Chinese an authentic language.</summary>
    public bool InvolvesSco => Organization?.Abbreviation == "SCO" || Parties.Any(p => Root(p).Abbreviation == "SCO");

    public static Circle Draw(Randomizer r)
    {
        if (r.Bool(0.55f))
        {
            var org = r.Weighted(("CIS", 4), ("CSTO", 3), ("SCO", 3));
            var signed = r.Date(org == "SCO" ? new DateOnly(2001, 6, 15) : FirstSigning, LastSigning);
            var members = States.Members[org].Where(m => m.Since <= signed.Year).Select(m => BodyIndex.ByCountry[m.Country]).ToList();
            return new Circle(BodyIndex.ByAbbreviation[org], [.. r.ListItems(members, Count(r, members.Count))], signed);
        }
        var date = r.Date(new DateOnly(2000, 1, 1), LastSigning);
        var organizations = Organizations.All.Where(o => o.Parent is null && o.ExistsIn(date.Year)).ToList();
        var pool = organizations.Count > 1 && r.Bool(0.15f) ? organizations
            : [.. Organizations.All.Where(o => o.Parent is not null && o.ExistsIn(date.Year))];
        return new Circle(null, [.. r.ListItems(pool, Count(r, pool.Count))], date);
    }

    public AgreementKind DrawKind(Randomizer r) => InterState
        ? r.Weighted((AgreementKind.Agreement, 30), (AgreementKind.Treaty, 6), (AgreementKind.Convention, 4), (AgreementKind.Protocol, 12),
            (AgreementKind.AmendingAgreement, 5), (AgreementKind.JointDeclaration, 14), (AgreementKind.JointStatement, 10),
            (AgreementKind.MemorandumOfUnderstanding, 5), (Parties.Count == 2 ? AgreementKind.ExchangeOfLetters : AgreementKind.Agreement, 4))
        : r.Weighted((AgreementKind.MemorandumOfUnderstanding, 22), (AgreementKind.JointPosition, 14), (AgreementKind.JointStatement, 14),
            (AgreementKind.Protocol, 14), (AgreementKind.Minutes, 10), (AgreementKind.Arrangement, 8), (AgreementKind.Agreement, 12),
            (Parties.Count == 2 ? AgreementKind.ExchangeOfLetters : AgreementKind.MemorandumOfUnderstanding, 6));

    public static BodySpec Root(BodySpec body) =>
        body.Parent is { } parent ? Root(BodyIndex.ByAbbreviation[parent]) : body;

    /// <summary>Two to six parties, mostly few.</summary>
    private static int Count(Randomizer r, int available) =>
        Math.Min(available, r.Weighted((2, 35), (3, 30), (4, 15), (5, 10), (6, 10)));
}
