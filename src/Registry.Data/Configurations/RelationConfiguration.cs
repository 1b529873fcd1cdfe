using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Domain.Agreements;
using Registry.Domain.Common;

namespace Registry.Data.Configurations;

public sealed class RelationConfiguration : IEntityTypeConfiguration<AgreementRelation>
{
    public void Configure(EntityTypeBuilder<AgreementRelation> b)
    {
        b.ToTable("AgreementRelations");
        b.Property(r => r.Type).HasConversion<string>().HasMaxLength(40);
        b.Property(r => r.Note).HasMaxLength(Lengths.Note);
        // The reverse direction ("amended by") is read from the target's side.
        b.HasIndex(r => r.TargetAgreementId);
        b.HasOne<Agreement>().WithMany().HasForeignKey(r => r.TargetAgreementId).OnDelete(DeleteBehavior.Restrict);
    }
}
