using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Api;

public sealed class AttachmentTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. RandomNumberGenerator.GetBytes(5000)];

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task An_upload_keeps_its_SHA_256_and_downloads_byte_for_byte(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var editor = await app.EditorAsync();

        var response = await editor.PostAsync("/api/agreements/1/attachments", Form("signing.png", Png));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var attachment = await response.ReadJsonAsync();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Png)), attachment.GetProperty("sha256").GetString());
        Assert.Equal("image/png", attachment.GetProperty("mediaType").GetString());

        Assert.Equal(Png, await editor.GetByteArrayAsync(attachment.GetProperty("url").GetString()));
        var record = await (await editor.GetAsync("/api/agreements/1")).ReadJsonAsync();
        Assert.Equal(Png.Length, record.GetProperty("attachments")[0].GetProperty("size").GetInt64());
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Over_size_and_forbidden_types_are_refused_naming_the_file(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider, maxAttachmentBytes: 4096);
        using var editor = await app.EditorAsync();

        await BadInputTests.AssertRefused(await editor.PostAsync("/api/agreements/1/attachments", Form("big.png", Png)), HttpStatusCode.BadRequest, "file");
        await BadInputTests.AssertRefused(await editor.PostAsync("/api/agreements/1/attachments",
            Form("script.exe", [0x4D, 0x5A, 0x90, 0x00, 1, 2, 3, 4])), HttpStatusCode.BadRequest, "file");
        await BadInputTests.AssertRefused(await editor.PostAsync("/api/agreements/1/attachments",
            Form("fake.pdf", "<html>not a pdf</html>"u8.ToArray())), HttpStatusCode.BadRequest, "file");

        var record = await (await editor.GetAsync("/api/agreements/1")).ReadJsonAsync();
        Assert.Equal(0, record.GetProperty("attachments").GetArrayLength());
        Assert.Equal(1, record.GetProperty("version").GetInt32());
    }

    private static MultipartFormDataContent Form(string fileName, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
