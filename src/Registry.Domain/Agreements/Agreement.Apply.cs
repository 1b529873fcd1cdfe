using Registry.Domain.Common;

namespace Registry.Domain.Agreements;

public sealed partial class Agreement
{
    private void Apply(AgreementStatus status, AgreementContent c, DateOnly today)
    {
        ApplyFacts(c.Facts, today);
        CheckStatusDates(status, today);
        Status = status;
        ApplyParties(c.Parties, today);
        ApplySignatories(c.Signatories, today);
        ApplyCitations(c.Citations);
        ApplyCommitments(c.Commitments);
        ApplyRelations(c.Relations);
        ApplyTexts(c.Texts);
        ApplyIdentifiers(c.Identifiers);
        ApplySources(c.Sources);
    }

    private void ApplyFacts(AgreementFacts f, DateOnly today)
    {
        Title = Guard.Required(f.Title, "title", Lengths.Title);
        ShortTitle = Guard.Optional(f.ShortTitle, "shortTitle", Lengths.Title);
        TitleRu = Guard.Optional(f.TitleRu, "titleRu", Lengths.Title);
        TitleZh = Guard.Optional(f.TitleZh, "titleZh", Lengths.Title);
        Kind = Enum.IsDefined(f.Kind) ? f.Kind : throw new DomainException("kind", "kind is not one of the listed kinds.");
        (DateOnly? Date, string Field)[] chain =
        [
            (f.AdoptedOn, "adoptedOn"), (f.OpenedForSignatureOn, "openedForSignatureOn"), (f.SignedOn, "signedOn"),
            (f.EntryIntoForceOn, "entryIntoForceOn"), (f.TerminatedOn, "terminatedOn"),
        ];
        for (var i = 0; i < chain.Length; i++)
            for (var j = i + 1; j < chain.Length; j++)
                Guard.NotAfter(chain[i].Date, chain[i].Field, chain[j].Date, chain[j].Field);
        NotInFuture(f.AdoptedOn, "adoptedOn", today);
        NotInFuture(f.SignedOn, "signedOn", today);
        (AdoptedOn, OpenedForSignatureOn, SignedOn, EntryIntoForceOn, TerminatedOn) =
            (f.AdoptedOn, f.OpenedForSignatureOn, f.SignedOn, f.EntryIntoForceOn, f.TerminatedOn);
        PlaceCity = Guard.Optional(f.PlaceCity, "place.city", Lengths.Name);
        PlaceVenue = Guard.Optional(f.PlaceVenue, "place.venue", Lengths.Name);
        PlaceCountry = Guard.Optional(f.PlaceCountry, "place.country", Lengths.Name);
        DepositaryId = f.DepositaryId;
        AuthenticLanguages = [.. Guard.Tags(f.AuthenticLanguages, "authenticLanguages", Lengths.Code).Select((l, i) => Language(l, $"authenticLanguages[{i}]"))];
        Subjects = [.. Guard.Tags(f.Subjects, "subjects", Lengths.Tag)];
        Summary = Guard.Optional(f.Summary, "summary", Lengths.Note * 4);
    }

    private void CheckStatusDates(AgreementStatus status, DateOnly today)
    {
        var needsSignature = status is AgreementStatus.Signed or AgreementStatus.Suspended
            || (status == AgreementStatus.InForce && EntryIntoForceOn is null);
        if (needsSignature && SignedOn is null)
            throw new DomainException("signedOn", $"A record with status {status} needs signedOn.");
        if (status == AgreementStatus.InForce && EntryIntoForceOn is null && !Kind.IsPolitical())
            throw new DomainException("entryIntoForceOn", "A record in force needs entryIntoForceOn (political documents excepted).");
        if (status == AgreementStatus.InForce && EntryIntoForceOn > today)
            throw new DomainException("entryIntoForceOn", "A record cannot be in force before its entryIntoForceOn.");
        if (status is AgreementStatus.Terminated or AgreementStatus.Expired && TerminatedOn is null)
            throw new DomainException("terminatedOn", $"A record with status {status} needs terminatedOn.");
        if (status is AgreementStatus.Terminated or AgreementStatus.Expired && TerminatedOn > today)
            throw new DomainException("terminatedOn", $"A record cannot be {status} before its terminatedOn.");
    }

    private void ApplyParties(IReadOnlyList<PartyInput> parties, DateOnly today)
    {
        Unique(parties.Select(p => p.BodyId), "parties", "body");
        var actions = new List<ParticipantAction>();
        for (var i = 0; i < parties.Count; i++)
            for (var j = 0; j < parties[i].Actions.Count; j++)
                actions.Add(NewAction(parties[i].BodyId, parties[i].Actions[j], today, $"parties[{i}].actions[{j}]"));
        for (var i = 0; i < parties.Count; i++)
            if (!Enum.IsDefined(parties[i].Role)) throw new DomainException($"parties[{i}].role", "role must be party, depositary or observer.");
        Reconcile(_parties, parties.Select(p => new Party { BodyId = p.BodyId, Role = p.Role }), p => p.BodyId,
            (to, from) => to.Role = from.Role);
        Reconcile(_actions, actions, a => (a.BodyId, a.Type, a.Date), (to, from) => (to.DepositedOn, to.Note) = (from.DepositedOn, from.Note));
    }

    private ParticipantAction NewAction(int bodyId, ActionInput a, DateOnly today, string field)
    {
        if (Adoption is { } adoption && a.Date < adoption)
            throw new DomainException($"{field}.date", $"{field}.date ({a.Date:yyyy-MM-dd}) is before the document was adopted ({adoption:yyyy-MM-dd}).");
        NotInFuture(a.Date, $"{field}.date", today);
        Guard.NotAfter(a.Date, $"{field}.date", a.DepositedOn, $"{field}.depositedOn");
        NotInFuture(a.DepositedOn, $"{field}.depositedOn", today);
        return new ParticipantAction
        {
            BodyId = bodyId, Type = Enum.IsDefined(a.Type) ? a.Type : throw new DomainException($"{field}.type", "Unknown action type."),
            Date = a.Date, DepositedOn = a.DepositedOn, Note = Guard.Optional(a.Note, $"{field}.note", Lengths.Note),
        };
    }

    private void ApplySignatories(IReadOnlyList<SignatoryInput> signatories, DateOnly today)
    {
        var list = signatories.Select((s, i) =>
        {
            if (_parties.All(p => p.BodyId != s.BodyId))
                throw new DomainException($"signatories[{i}].body", $"signatories[{i}].body is not a party of this agreement: a signatory represents a party.");
            var date = s.SignedOn ?? SignedOn;
            if (date is { } d && Adoption is { } adoption && d < adoption)
                throw new DomainException($"signatories[{i}].signedOn", $"signatories[{i}].signedOn is before the document was adopted.");
            NotInFuture(date, $"signatories[{i}].signedOn", today);
            return new Signatory
            {
                PersonId = s.PersonId, BodyId = s.BodyId, SignedOn = date,
                Position = Guard.Optional(s.Position, $"signatories[{i}].position", Lengths.Name),
            };
        }).ToList();
        Reconcile(_signatories, list, s => (s.PersonId, s.BodyId), (to, from) => (to.Position, to.SignedOn) = (from.Position, from.SignedOn));
    }

    private void ApplyCitations(IReadOnlyList<CitationInput> citations)
    {
        Unique(citations.Select(c => c.ResolutionId), "citations", "resolution");
        Reconcile(_citations, citations.Select((c, i) => new Citation
        {
            ResolutionId = c.ResolutionId,
            CitingWords = Guard.Optional(c.CitingWords, $"citations[{i}].citingWords", Lengths.Note),
        }), c => c.ResolutionId, (to, from) => to.CitingWords = from.CitingWords);
    }

    /// <summary>Commitments are matched by ordinal, so a corrected commitment keeps its identity.</summary>
    private void ApplyCommitments(IReadOnlyList<CommitmentInput> commitments)
    {
        var partyIds = _parties.Select(p => p.BodyId).ToHashSet();
        for (var i = 0; i < commitments.Count; i++)
        {
            var c = commitments[i];
            var field = $"commitments[{i}]";
            foreach (var (bodyId, j) in c.BodyIds.Select((b, j) => (b, j)))
                if (!partyIds.Contains(bodyId))
                    throw new DomainException($"{field}.parties[{j}]", $"{field}.parties[{j}] is not a party of this agreement.");
            var target = _commitments.FirstOrDefault(x => x.Ordinal == i + 1) ?? new Commitment { Ordinal = i + 1 };
            target.Text = Guard.Required(c.Text, $"{field}.text", Lengths.CommitmentText);
            target.SourceText = Guard.Optional(c.SourceText, $"{field}.sourceText", Lengths.CommitmentText);
            target.Modality = Enum.IsDefined(c.Modality) ? c.Modality : throw new DomainException($"{field}.modality", "Unknown modality.");
            target.Topics = [.. Guard.Tags(c.Topics, $"{field}.topics", Lengths.Tag)];
            target.BodyIds = [.. c.BodyIds.Distinct()];
            target.ResolutionIds = [.. c.ResolutionIds.Distinct()];
            if (!_commitments.Contains(target)) _commitments.Add(target);
            // A commitment that cites a resolution makes the agreement cite it too.
            foreach (var r in target.ResolutionIds.Where(r => _citations.All(x => x.ResolutionId != r)))
                _citations.Add(new Citation { ResolutionId = r });
        }
        _commitments.RemoveAll(x => x.Ordinal > commitments.Count);
    }

    private void ApplyRelations(IReadOnlyList<RelationInput> relations)
    {
        for (var i = 0; i < relations.Count; i++)
            if (!Enum.IsDefined(relations[i].Type))
                throw new DomainException($"relations[{i}].type", "type must be amends, supersedes, implements, extends or cites.");
            else if (relations[i].TargetAgreementId == Id && Id != 0)
                throw new DomainException($"relations[{i}].agreement", "An agreement cannot relate to itself.");
        Unique(relations.Select(r => (r.TargetAgreementId, r.Type)), "relations", "agreement");
        Reconcile(_relations, relations.Select((r, i) => new AgreementRelation
        {
            TargetAgreementId = r.TargetAgreementId, Type = r.Type,
            Note = Guard.Optional(r.Note, $"relations[{i}].note", Lengths.Note),
        }), r => (r.TargetAgreementId, r.Type), (to, from) => to.Note = from.Note);
    }

    private void ApplyTexts(IReadOnlyList<TextInput> texts)
    {
        var list = texts.Select((t, i) => new AgreementText
        {
            Language = Language(Guard.Required(t.Language, $"texts[{i}].language", Lengths.Code), $"texts[{i}].language"),
            IsAuthentic = t.IsAuthentic,
            Content = Guard.Required(t.Content, $"texts[{i}].content", Lengths.Text),
        }).ToList();
        Unique(list.Select(t => t.Language), "texts", "language");
        Reconcile(_texts, list, t => t.Language, (to, from) => (to.IsAuthentic, to.Content) = (from.IsAuthentic, from.Content));
    }

    private void ApplyIdentifiers(IReadOnlyList<IdentifierInput> ids)
    {
        var list = ids.Select((x, i) => new ExternalIdentifier
        {
            Scheme = Guard.Required(x.Scheme, $"identifiers[{i}].scheme", Lengths.Short),
            Value = Guard.Required(x.Value, $"identifiers[{i}].value", Lengths.Name),
        }).ToList();
        Unique(list.Select(x => (x.Scheme.ToUpperInvariant(), x.Value)), "identifiers", "value");
        Reconcile(_identifiers, list, x => (x.Scheme, x.Value), (_, _) => { });
    }

    private void ApplySources(IReadOnlyList<SourceInput> sources)
    {
        Reconcile(_sources, sources.Select((s, i) =>
        {
            var url = Guard.Optional(s.Url, $"sources[{i}].url", Lengths.Url);
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
                throw new DomainException($"sources[{i}].url", $"sources[{i}].url must be an absolute http(s) address.");
            return new Source
            {
                Title = Guard.Required(s.Title, $"sources[{i}].title", Lengths.Title), Url = url,
                RetrievedOn = s.RetrievedOn, StatusAsOf = s.StatusAsOf,
                Excerpt = Guard.Optional(s.Excerpt, $"sources[{i}].excerpt", Lengths.Text),
            };
        }), s => s.Title, (to, from) => (to.Url, to.RetrievedOn, to.StatusAsOf, to.Excerpt) = (from.Url, from.RetrievedOn, from.StatusAsOf, from.Excerpt));
    }

    private static void NotInFuture(DateOnly? date, string field, DateOnly today)
    {
        if (date > today)
            throw new DomainException(field, $"{field} ({date:yyyy-MM-dd}) is in the future.");
    }

    private static void Unique<T>(IEnumerable<T> keys, string collection, string member)
    {
        var seen = new HashSet<T>();
        var i = 0;
        foreach (var key in keys)
        {
            if (!seen.Add(key))
                throw new DomainException($"{collection}[{i}].{member}", $"{collection}[{i}] repeats an earlier entry.");
            i++;
        }
    }

    private static string Language(string code, string field) =>
        System.Text.RegularExpressions.Regex.IsMatch(code, "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$")
            ? code.ToLowerInvariant()
            : throw new DomainException(field, $"{field}: '{code}' is not a language code such as en, ru or zh.");

    /// <summary>
    /// Keeps the rows that the new content repeats (by key) and updates them in place, so a one-field correction
    /// changes one row and the history shows just that; rows no longer stated are removed, new ones added.
    /// </summary>
    private static void Reconcile<T, TKey>(List<T> rows, IEnumerable<T> stated, Func<T, TKey> key, Action<T, T> copy)
    {
        var kept = new List<T>();
        foreach (var row in stated.ToList())
        {
            var match = rows.FirstOrDefault(x => EqualityComparer<TKey>.Default.Equals(key(x), key(row)) && !kept.Contains(x));
            if (match is null) kept.Add(row);
            else
            {
                copy(match, row);
                kept.Add(match);
            }
        }
        rows.Clear();
        rows.AddRange(kept);
    }
}
