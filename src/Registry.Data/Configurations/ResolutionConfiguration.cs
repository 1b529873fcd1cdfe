using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Domain.Common;
using Registry.Domain.Resolutions;

namespace Registry.Data.Configurations;

public sealed class ResolutionConfiguration : IEntityTypeConfiguration<UnResolution>
{
    public void Configure(EntityTypeBuilder<UnResolution> b)
    {
        b.ToTable("UnResolutions");
        b.Property(r => r.Symbol).HasMaxLength(Lengths.Short);
        b.HasIndex(r => r.Symbol).IsUnique();
        b.HasIndex(r => new { r.Organ, r.Number });
        b.Property(r => r.Organ).HasConversion<string>().HasMaxLength(40);
        b.Property(r => r.Title).HasMaxLength(Lengths.Title);
    }
}
