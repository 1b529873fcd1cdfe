using Bogus;
using Registry.Data.Generation.Catalogue;
using Registry.Data.Generation.Texts;

namespace Registry.Data.Generation;

/// <summary>Draws the roster: successive terms of a head and a deputy at every body, deputies now and then promoted.</summary>
public static class RosterPlanner
{
    private const int RosterSeed = 20220216;

    public static Roster Plan(Func<BodySpec, int> bodyId, DateOnly horizon)
    {
        var r = new Randomizer(RosterSeed);
        var faker = new Dictionary<bool, Faker> { [true] = new("ru") { Random = r }, [false] = new("en") { Random = r } };
        var holders = new List<RosterHolder>();
        var names = new HashSet<string>();
        var terms = new List<RosterTerm>();
        foreach (var spec in BodyIndex.All)
        {
            int NewHolder()
            {
                RosterHolder h;
                do h = Draw(faker[spec.HasRussianStaff], r); while (!names.Add(h.FullName));
                holders.Add(h);
                return holders.Count - 1;
            }
            var deputies = Terms(spec, horizon, r).Select(t => new RosterTerm(bodyId(spec), $"Deputy {spec.Head}", true, NewHolder(), t.From, t.To)).ToList();
            var promoted = new HashSet<int>();
            foreach (var (from, to) in Terms(spec, horizon, r))
            {
                // A deputy whose term ended shortly before often succeeds the head.
                var deputy = deputies.LastOrDefault(d => d.To < from && d.To >= from.AddYears(-2) && !promoted.Contains(d.Holder));
                var holder = deputy is not null && r.Bool(0.4f) && promoted.Add(deputy.Holder) ? deputy.Holder : NewHolder();
                terms.Add(new RosterTerm(bodyId(spec), spec.Head, false, holder, from, to));
            }
            terms.AddRange(deputies);
        }
        return new Roster(terms, holders);
    }

    /// <summary>Back-to-back terms of two to seven years from the body's first year, the last one still running.</summary>
    private static IEnumerable<(DateOnly From, DateOnly? To)> Terms(BodySpec spec, DateOnly horizon, Randomizer r)
    {
        var from = new DateOnly(Math.Max(spec.Since, 1992), 1, 1);
        while (true)
        {
            var to = from.AddDays(r.Number(730, 2555));
            if (to >= horizon) { yield return (from, null); yield break; }
            yield return (from, to);
            from = to.AddDays(1);
        }
    }

    private static RosterHolder Draw(Faker f, Randomizer r)
    {
        var gender = r.Bool(0.8f) ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female;
        var name = $"{f.Name.FirstName(gender)} {f.Name.LastName(gender)}";
        return f.Locale == "ru" ? new RosterHolder(Transliteration.ToLatin(name), name) : new RosterHolder(name, null);
    }
}
