using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Domain.Audit;
using Registry.Domain.Common;
using Registry.Domain.Users;

namespace Registry.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(a => a.Changes).HasMaxLength(Lengths.Text * 2);
        b.Property(a => a.Reason).HasMaxLength(Lengths.Note);
        b.HasIndex(a => new { a.AggregateType, a.AggregateId });
    }
}

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("Users");
        b.HasIndex(u => u.EmailKey).IsUnique();
        b.Property(u => u.Role).HasConversion<string>().HasMaxLength(40);
        b.Property(u => u.PasswordHash).HasMaxLength(Lengths.Short * 3);
    }
}
