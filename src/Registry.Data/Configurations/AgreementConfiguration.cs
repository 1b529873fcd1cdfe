using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Data.Database;
using Registry.Domain.Agreements;
using Registry.Domain.Bodies;
using Registry.Domain.Common;

namespace Registry.Data.Configurations;

public sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> b)
    {
        b.ToTable("Agreements");
        b.Property(a => a.ReferenceNumber).HasMaxLength(Lengths.Short);
        b.Property(a => a.ReferenceKey).HasMaxLength(Lengths.Short);
        b.HasIndex(a => a.ReferenceKey).IsUnique();
        b.Property(a => a.Title).HasMaxLength(Lengths.Title);
        b.Property(a => a.ShortTitle).HasMaxLength(Lengths.Title);
        b.Property(a => a.TitleRu).HasMaxLength(Lengths.Title);
        b.Property(a => a.TitleZh).HasMaxLength(Lengths.Title);
        b.Property(a => a.Summary).HasMaxLength(Lengths.Note * 4);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(40);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Property<DateOnly>(RegistryDbContext.SortDateColumn);
        // The list's sort keys, each ending with the id that breaks ties (ReferenceKey is unique already).
        b.HasIndex(RegistryDbContext.SortDateColumn, nameof(Agreement.Id));
        b.HasIndex(a => new { a.Title, a.Id });
        b.HasIndex(a => new { a.Kind, a.Id });
        b.HasIndex(a => new { a.Status, a.Id });
        // The list's count checks the date range of each linked record here, not in the wide table rows (SQLite).
        b.HasIndex(nameof(Agreement.Id), RegistryDbContext.SortDateColumn);
        b.HasOne<SignatoryBody>().WithMany().HasForeignKey(a => a.DepositaryId).OnDelete(DeleteBehavior.Restrict);
        Children(b.HasMany(a => a.Parties));
        Children(b.HasMany(a => a.Actions));
        Children(b.HasMany(a => a.Signatories));
        Children(b.HasMany(a => a.Citations));
        Children(b.HasMany(a => a.Commitments));
        Children(b.HasMany(a => a.Relations));
        Children(b.HasMany(a => a.Texts));
        Children(b.HasMany(a => a.Identifiers));
        Children(b.HasMany(a => a.Sources));
        Children(b.HasMany(a => a.Attachments));
    }

    private static void Children<T>(CollectionNavigationBuilder<Agreement, T> nav) where T : AgreementPart =>
        nav.WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
}
