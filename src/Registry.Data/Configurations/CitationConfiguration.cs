using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Domain.Agreements;
using Registry.Domain.Common;
using Registry.Domain.Resolutions;

namespace Registry.Data.Configurations;

public sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> b)
    {
        b.ToTable("Citations");
        b.Property(c => c.CitingWords).HasMaxLength(Lengths.Note);
        b.HasIndex(c => new { c.AgreementId, c.ResolutionId }).IsUnique();
        b.HasIndex(c => new { c.ResolutionId, c.AgreementId });
        b.HasOne<UnResolution>().WithMany().HasForeignKey(c => c.ResolutionId).OnDelete(DeleteBehavior.Restrict);
    }
}
