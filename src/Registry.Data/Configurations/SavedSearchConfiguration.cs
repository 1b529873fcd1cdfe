using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Domain.Search;
using Registry.Domain.Users;

namespace Registry.Data.Configurations;

public sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> b)
    {
        b.ToTable("SavedSearches");
        b.Property(s => s.Name).HasMaxLength(SavedSearch.MaxNameLength);
        b.Property(s => s.Query).HasMaxLength(SavedSearch.MaxQueryLength);
        b.HasOne<User>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // One name per user; the list of a user's searches reads this index.
        b.HasIndex(s => new { s.OwnerId, s.Name }).IsUnique();
    }
}
