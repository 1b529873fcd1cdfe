using System.Security.Cryptography;
using Registry.Data.Database;
using Registry.Domain.Common;

namespace Registry.Web.Agreements;

public sealed class AttachmentOptions
{
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>The upload request may carry the file plus its multipart framing; larger is cut off by the server.</summary>
    public long RequestLimit => MaxBytes + 1024 * 1024;
}

/// <summary>Attachment bytes on disk, named by their SHA-256, so a file is written once and never half-written.</summary>
public sealed class AttachmentStore(RegistrySettings settings)
{
    private string Folder => Directory.CreateDirectory(Path.Combine(settings.DataDirectory, "attachments")).FullName;

    public async Task<(string Sha256, long Size)> SaveAsync(Stream content, CancellationToken ct)
    {
        var temp = Path.Combine(Folder, $".upload-{Guid.NewGuid():N}");
        try
        {
            long size;
            byte[] hash;
            await using (var file = File.Create(temp))
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                size = file.Length;
                hash = sha.GetHashAndReset();
            }
            var sha256 = Convert.ToHexStringLower(hash);
            File.Move(temp, PathOf(sha256), overwrite: true);
            return (sha256, size);
        }
        finally { File.Delete(temp); }
    }

    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));

    private string PathOf(string sha256) => Path.Combine(Folder, sha256);

    /// <summary>The media type told by the file's first bytes, not by what the client claims.</summary>
    public static string Sniff(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith("%PDF-"u8)) return "application/pdf";
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return "image/jpeg";
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (head.StartsWith("PK\x03\x04"u8) && fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        throw new DomainException("file", $"'{fileName}' is not an allowed type: attachments must be PDF, JPEG, PNG or DOCX.");
    }
}
