using Registry.Data.Agreements;
using Registry.Data.Database;
using Registry.Domain.Agreements;
using Registry.Domain.Common;

namespace Registry.Web.Agreements;

/// <summary>Checks and stores one uploaded file and records it on the agreement; the API and the editor both upload through it.</summary>
public sealed class AttachmentUpload(AgreementWriter writer, AttachmentStore store, AttachmentOptions options, RegistryDbContext db)
{
    public async Task<(Attachment Attachment, int Version)> AddAsync(int agreementId, string fileName, long length,
        Func<Stream> open, CancellationToken ct = default)
    {
        if (length > options.MaxBytes)
            throw new DomainException("file", $"'{fileName}' is {length:N0} bytes; attachments may be at most {options.MaxBytes:N0} bytes.");
        if (length == 0) throw new DomainException("file", $"'{fileName}' is empty.");
        var head = new byte[8];
        await using (var peek = open()) await peek.ReadAtLeastAsync(head, head.Length, false, ct);
        var mediaType = AttachmentStore.Sniff(head, fileName);
        var agreement = await writer.LoadAsync(agreementId, ct);
        await using var content = open();
        var (sha256, size) = await store.SaveAsync(content, ct);
        var attachment = agreement.AddAttachment(fileName, mediaType, size, sha256, DateTime.UtcNow);
        await db.SaveChangesAsync(ct);
        return (attachment, agreement.Version);
    }
}
