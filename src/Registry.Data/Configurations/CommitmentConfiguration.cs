using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Domain.Agreements;
using Registry.Domain.Common;

namespace Registry.Data.Configurations;

public sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> b)
    {
        b.ToTable("Commitments");
        b.Property(c => c.Text).HasMaxLength(Lengths.CommitmentText);
        b.Property(c => c.SourceText).HasMaxLength(Lengths.CommitmentText);
        b.Property(c => c.Modality).HasConversion<string>().HasMaxLength(40);
        b.HasIndex(c => new { c.AgreementId, c.Ordinal }).IsUnique();
    }
}
