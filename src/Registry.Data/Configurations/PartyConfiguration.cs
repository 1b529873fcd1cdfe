using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Domain.Agreements;
using Registry.Domain.Bodies;
using Registry.Domain.Common;

namespace Registry.Data.Configurations;

public sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> b)
    {
        b.ToTable("Parties");
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(40);
        b.HasIndex(p => new { p.AgreementId, p.BodyId }).IsUnique();
        // Listing "agreements of a body" starts from the body.
        b.HasIndex(p => new { p.BodyId, p.AgreementId });
        b.HasOne<SignatoryBody>().WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ParticipantActionConfiguration : IEntityTypeConfiguration<ParticipantAction>
{
    public void Configure(EntityTypeBuilder<ParticipantAction> b)
    {
        b.ToTable("ParticipantActions");
        b.Property(p => p.Type).HasConversion<string>().HasMaxLength(60);
        b.Property(p => p.Note).HasMaxLength(Lengths.Note);
        b.HasOne<SignatoryBody>().WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Restrict);
    }
}
