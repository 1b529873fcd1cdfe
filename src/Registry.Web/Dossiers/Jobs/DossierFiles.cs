using System.Security.Cryptography;
using Registry.Data.Database;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>
/// Printed PDFs in the data directory, named by their SHA-256 like attachments: a file is written whole (to a
/// temporary name, then moved) and the same bytes are only ever stored once.
/// </summary>
public sealed class DossierFiles(RegistrySettings settings)
{
    private string Folder => Directory.CreateDirectory(Path.Combine(settings.DataDirectory, "dossiers")).FullName;

    public async Task<(string Sha256, long Size)> SaveAsync(byte[] pdf, CancellationToken ct)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var path = PathOf(sha256);
        if (File.Exists(path) && new FileInfo(path).Length == pdf.LongLength) return (sha256, pdf.LongLength);
        var temp = Path.Combine(Folder, $".print-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllBytesAsync(temp, pdf, ct);
            File.Move(temp, path, overwrite: true);
        }
        finally { File.Delete(temp); }
        return (sha256, pdf.LongLength);
    }

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));

    public void Delete(string sha256) => File.Delete(PathOf(sha256));

    private string PathOf(string sha256) => Path.Combine(Folder, $"{sha256}.pdf");
}
