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
        group.MapPost("/", async (int id, IFormFile? file, AttachmentUpload upload, CancellationToken ct) =>
        {
            if (file is null) throw new DomainException("file", "Send the attachment as multipart/form-data in a field named 'file'.");
            var (attachment, _) = await upload.AddAsync(id, file.FileName, file.Length, file.OpenReadStream, ct);
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
