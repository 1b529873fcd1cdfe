using System.Text.Json;
using Registry.Data.Agreements;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Data.Samples;
using Registry.Testing;
using Registry.Web.Agreements.Editing;

namespace Registry.Web.Tests.Editing;

/// <summary>The editor's form must carry a record through unchanged: saving without edits may not lose or alter a field.</summary>
public sealed class EditorFormTests
{
    [Theory]
    [MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Saving_the_reference_record_through_the_form_changes_nothing_but_the_version(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Context())
            await new SampleLoader(db, TimeProvider.System).LoadFileAsync(SampleFile.Path);

        AgreementDto before;
        await using (var db = database.Context()) before = await new AgreementReader(db).GetAsync(1);
        var form = AgreementForm.From(before);
        form.CorrectionReason = "No change, saved from the editor";
        await using (var db = database.Context("editor"))
            await new AgreementWriter(db, TimeProvider.System).UpdateAsync(1, form.ToDto());

        AgreementDto after;
        await using (var db = database.Context()) after = await new AgreementReader(db).GetAsync(1);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(Comparable(before), Comparable(after));
        Assert.Equal(7, after.Commitments!.Count);
    }

    private static string Comparable(AgreementDto dto) =>
        JsonSerializer.Serialize(dto with { Version = 0, Commitments = [.. dto.Commitments!.Select(c => c with { Id = 0 })] }, RegistryJson.Options);
}
