using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Domain.Bodies;
using Registry.Domain.Common;

namespace Registry.Data.Configurations;

public sealed class BodyConfiguration : IEntityTypeConfiguration<SignatoryBody>
{
    public void Configure(EntityTypeBuilder<SignatoryBody> b)
    {
        b.ToTable("SignatoryBodies");
        b.Property(x => x.Abbreviation).HasMaxLength(Lengths.Short);
        b.HasIndex(x => x.Abbreviation).IsUnique();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.CountryCode).HasMaxLength(3);
        b.HasOne<SignatoryBody>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
