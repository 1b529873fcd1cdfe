using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Domain.Agreements;
using Registry.Domain.Common;

namespace Registry.Data.Configurations;

public sealed class AgreementTextConfiguration : IEntityTypeConfiguration<AgreementText>
{
    public void Configure(EntityTypeBuilder<AgreementText> b)
    {
        b.ToTable("AgreementTexts");
        b.Property(t => t.Language).HasMaxLength(Lengths.Code);
        b.Property(t => t.Content).HasMaxLength(Lengths.Text);
        b.HasIndex(t => new { t.AgreementId, t.Language }).IsUnique();
    }
}

public sealed class ExternalIdentifierConfiguration : IEntityTypeConfiguration<ExternalIdentifier>
{
    public void Configure(EntityTypeBuilder<ExternalIdentifier> b)
    {
        b.ToTable("ExternalIdentifiers");
        b.Property(x => x.Scheme).HasMaxLength(Lengths.Short);
        b.HasIndex(x => new { x.Scheme, x.Value });
    }
}

public sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.ToTable("Sources");
        b.Property(s => s.Title).HasMaxLength(Lengths.Title);
        b.Property(s => s.Url).HasMaxLength(Lengths.Url);
        b.Property(s => s.Excerpt).HasMaxLength(Lengths.Text);
    }
}

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("Attachments");
        b.Property(a => a.MediaType).HasMaxLength(Lengths.Short);
        b.Property(a => a.Sha256).HasMaxLength(64);
    }
}
