using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Domain.Common;
using Registry.Domain.Dossiers;

namespace Registry.Data.Configurations;

public sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> b)
    {
        b.ToTable("Dossiers");
        b.Property(d => d.Title).HasMaxLength(Lengths.Title);
        b.Property(d => d.Request).HasMaxLength(Lengths.Note);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Failure).HasMaxLength(Lengths.Note);
        b.Property(d => d.JobId).HasMaxLength(Lengths.Short);
        b.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength(false);
        b.HasIndex(d => d.Sha256);
        b.HasIndex(d => d.Status);
    }
}
