using Microsoft.EntityFrameworkCore;
using Registry.Domain.Agreements;
using Registry.Domain.Audit;
using Registry.Domain.Bodies;
using Registry.Domain.People;
using Registry.Domain.Resolutions;
using Registry.Domain.Users;

namespace Registry.Data.Database;

public sealed partial class RegistryDbContext(DbContextOptions<RegistryDbContext> options, AuditScope audit)
    : DbContext(options)
{
    public AuditScope Audit { get; } = audit;

    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<SignatoryBody> Bodies => Set<SignatoryBody>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<UnResolution> Resolutions => Set<UnResolution>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<ParticipantAction> ParticipantActions => Set<ParticipantAction>();
    public DbSet<Signatory> Signatories => Set<Signatory>();
    public DbSet<Citation> Citations => Set<Citation>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<AgreementRelation> Relations => Set<AgreementRelation>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<Domain.Dossiers.Dossier> Dossiers => Set<Domain.Dossiers.Dossier>();
    public DbSet<Domain.Search.SavedSearch> SavedSearches => Set<Domain.Search.SavedSearch>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Npgsql accepts only UTC, and SQLite hands DateTime back without a kind: store and read UTC everywhere.
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<string>().HaveMaxLength(Domain.Common.Lengths.Name);
    }
}

public sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
