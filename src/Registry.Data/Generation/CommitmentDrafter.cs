using Bogus;
using Registry.Data.Generation.Catalogue;
using Registry.Data.Generation.Texts;
using Registry.Domain.Agreements;

namespace Registry.Data.Generation;

/// <summary>Writes an agreement's commitments from templates (a modality, then a topic) and picks the UN resolutions it cites.</summary>
public static class CommitmentDrafter
{
    private const int MaxCitations = 4;

    private static readonly Modality[] Binding =
        [Modality.Undertake, Modality.Agree, Modality.Intend, Modality.ConsiderNecessary, Modality.Encourage];

    public static (List<CommitmentInput> Commitments, List<CitationInput> Citations, List<string> Subjects) Draft(
        Randomizer r, AgreementKind kind, bool russian, IReadOnlyList<int> partyIds, IReadOnlyList<(ResolutionSpec Spec, int Id)> citable)
    {
        var topics = r.ListItems(Topics.All.ToList(), r.Number(2, 4));
        var modalities = kind.IsPolitical() ? Modalities.All : [.. Modalities.All.Where(m => Binding.Contains(m.Modality))];
        var standalone = r.Shuffle(Modalities.Standalone).ToList();
        // Each (topic, modality) pair once at most, so no sentence repeats within a record.
        var pairs = r.Shuffle(topics.SelectMany(t => modalities.Select(m => (Topic: t, Phrase: m)))).ToList();
        // Mostly none to two, the resolutions on the record's own topics first.
        var wanted = Math.Min(citable.Count, r.Weighted((0, 30), (1, 30), (2, 20), (3, 12), (4, 8)));
        var cited = r.Shuffle(citable).OrderByDescending(c => topics.Any(t => t.Resolutions.Contains(c.Spec.Symbol))).Take(wanted).ToList();
        var commitments = new List<CommitmentInput>();
        for (int i = 0, count = Math.Min(pairs.Count, r.Number(3, 15)); i < count; i++)
        {
            if (kind.IsPolitical() && standalone.Count > 0 && r.Bool(0.15f))
            {
                var (modality, en, ru) = standalone[^1];
                standalone.RemoveAt(standalone.Count - 1);
                commitments.Add(new CommitmentInput(russian ? ru : en, null, modality, ["counter-terrorism"], [], []));
                continue;
            }
            var (topic, phrase) = pairs[i];
            // A commitment cites one of its topic's resolutions; the record then cites it too, four at most in all.
            var candidates = r.Bool(0.12f) ? citable.Where(c => topic.Resolutions.Contains(c.Spec.Symbol)
                && (cited.Contains(c) || cited.Count < MaxCitations)).ToList() : [];
            var resolution = candidates.Count > 0 ? r.ListItem(candidates) : default;
            if (candidates.Count > 0 && !cited.Contains(resolution)) cited.Add(resolution);
            var (tailEn, tailRu) = r.Bool(0.5f) ? r.ListItem(Qualifiers.All) : ("", "");
            var text = russian
                ? $"{phrase.Ru} {topic.Ru}{tailRu}{(candidates.Count > 0 ? " во исполнение " + resolution.Spec.CitingWordsRu : "")}."
                : $"{phrase.En} {topic.En}{tailEn}{(candidates.Count > 0 ? ", in accordance with " + resolution.Spec.CitingWords : "")}.";
            // Now and then a commitment binds one party only, e.g. the host of a training centre.
            int[] bound = partyIds.Count > 2 && r.Bool(0.1f) ? [r.ListItem(partyIds.ToList())] : [];
            commitments.Add(new CommitmentInput(text, null, phrase.Modality, [topic.Name], bound, candidates.Count > 0 ? [resolution.Id] : []));
        }
        var citations = cited.Select(c => new CitationInput(c.Id, russian ? c.Spec.CitingWordsRu : c.Spec.CitingWords)).ToList();
        return (commitments, citations, ["counter-terrorism", .. topics.Select(t => t.Name)]);
    }
}
