using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Catalogue;

/// <summary>Every catalogue page renders the reference record, in English and in Russian.</summary>
public sealed class CataloguePagesTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task The_catalogue_pages_render_in_English_and_Russian(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var en = await PageSession.SignInAsync(app, RegistryApp.AdminEmail);
        using var ru = await PageSession.SignInAsync(app, RegistryApp.AdminEmail, "ru");
        var rats = await BodyIdAsync(app, "SCO RATS");

        var body = await en.HtmlAsync($"/bodies/{rats}");
        Assert.Contains("<dd lang=\"zh\">上海合作组织地区反恐怖机构</dd>", body);
        Assert.Contains("Ruslan Mirzaev", body);
        Assert.Contains("REG-2022-0001", body);
        Assert.Contains("/agreements?body=SCO%20RATS", body);
        Assert.Contains("16 February 2022", body);
        Assert.Contains("Должностные лица", await ru.HtmlAsync($"/bodies/{rats}"));
        Assert.Contains("16 февраля 2022", await ru.HtmlAsync($"/bodies/{rats}"));

        var pages = new (string Path, string English, string Russian)[]
        {
            ("/bodies", "<h1>Bodies</h1>", "<h1>Органы и организации</h1>"),
            ("/bodies/new", "<h1>New body</h1>", "<h1>Новый орган</h1>"),
            ("/people", "Ruslan Mirzaev", "<h1>Лица</h1>"),
            ("/people?q=ирзаев", "Ruslan Mirzaev", "Руслан Мирзаев"),
            ("/people/1", "Signatures", "Подписи"),
            ("/people/new", "Appointment 3", "Назначение 3"),
            ("/people/1/edit", "value=\"Ruslan Mirzaev\"", "Занимаемые должности"),
            ("/resolutions", "S/RES/2354 (2017)", "<h1>Резолюции ООН</h1>"),
            ("/resolutions/1", "Commitments citing it", "Обязательства, ссылающиеся на неё"),
            ("/resolutions/1/edit", "<h1>Edit resolution</h1>", "<h1>Редактирование резолюции</h1>"),
            ("/users", RegistryApp.AdminEmail, "<h1>Пользователи</h1>"),
            ("/audit", "registry samples", "<h1>Журнал изменений</h1>"),
            ("/audit?type=Agreement&user=registry%20samples&page=2", "Newer", "Новее"),
        };
        foreach (var (path, english, russian) in pages)
        {
            Assert.Contains(english, await en.HtmlAsync(path));
            Assert.Contains(russian, await ru.HtmlAsync(path));
        }
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await en.Client.GetAsync("/bodies/999")).StatusCode);
        // Odd input in the URL shows a page, never an error.
        foreach (var odd in new[] { "/resolutions/1?page=abc", "/resolutions/1?page=2147483647", "/audit?page=-5&type=Nothing", "/people?q=%00" })
            await en.HtmlAsync(odd);
    }

    private static async Task<int> BodyIdAsync(RegistryApp app, string abbreviation)
    {
        using var api = await app.EditorAsync();
        var bodies = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(api, "/api/bodies");
        return bodies.EnumerateArray().Single(b => b.GetProperty("abbreviation").GetString() == abbreviation).GetProperty("id").GetInt32();
    }
}
