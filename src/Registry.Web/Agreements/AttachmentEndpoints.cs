using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Domain.Common;
using Registry.Web.Auth;

namespace Registry.Web.Agreements;

public static class AttachmentEndpoints
{
    public static void MapAttachments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/agreements/{id:int}/attachments").WithTags("Attachments");
        group.MapPost("/", async (int id, IFormFile? file, AgreementWriter writer, AttachmentStore store,
            AttachmentOptions options, RegistryDbContext db, CancellationToken ct) =>
        {
            if (file is null) throw new DomainException("file", "Send the attachment as multipart/form-data in a field named 'file'.");
            if (file.Length > options.MaxBytes)
                throw new DomainException("file", $"'{file.FileName}' is {file.Length:N0} bytes; attachments may be at most {options.MaxBytes:N0} bytes.");
            if (file.Length == 0) throw new DomainException("file", $"'{file.FileName}' is empty.");
            var head = new byte[8];
            await using (var peek = file.OpenReadStream()) await peek.ReadAtLeastAsync(head, head.Length, false, ct);
            var mediaType = AttachmentStore.Sniff(head, file.FileName);
            var agreement = await writer.LoadAsync(id, ct);
            await using var content = file.OpenReadStream();
            var (sha256, size) = await store.SaveAsync(content, ct);
            var attachment = agreement.AddAttachment(file.FileName, mediaType, size, sha256, DateTime.UtcNow);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/agreements/{id}/attachments/{attachment.Id}", new AttachmentDto(attachment.Id,
                attachment.FileName, attachment.MediaType, attachment.Size, attachment.Sha256, attachment.UploadedAt,
                $"/api/agreements/{id}/attachments/{attachment.Id}"));
        }).RequireAuthorization(Policies.Editor).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(app.ServiceProvider.GetRequiredService<AttachmentOptions>().RequestLimit));
        group.MapGet("/{attachmentId:int}", async (int id, int attachmentId, RegistryDbContext db, AttachmentStore store, CancellationToken ct) =>
        {
            var a = await db.Set<Domain.Agreements.Attachment>().AsNoTracking()
                .FirstOrDefaultAsync(x => x.AgreementId == id && x.Id == attachmentId, ct)
                ?? throw new NotFoundException($"Attachment {attachmentId} of agreement {id}");
            return Results.File(store.Open(a.Sha256), a.MediaType, a.FileName);
        });
    }
}
