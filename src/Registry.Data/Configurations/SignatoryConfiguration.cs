using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Domain.Agreements;
using Registry.Domain.Bodies;
using Registry.Domain.People;

namespace Registry.Data.Configurations;

public sealed class SignatoryConfiguration : IEntityTypeConfiguration<Signatory>
{
    public void Configure(EntityTypeBuilder<Signatory> b)
    {
        b.ToTable("Signatories");
        b.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SignatoryBody>().WithMany().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.Restrict);
    }
}
