using Registry.Domain.Search;

namespace Registry.Web.Ui.Words;

/// <summary>Russian for the search page and the links that lead to it.</summary>
internal static class SearchWords
{
    public static readonly Dictionary<string, string> Ru = new(StringComparer.Ordinal)
    {
        ["Search the registry"] = "Поиск по реестру",
        ["What to search"] = "Где искать",
        ["Words in commitments"] = "Слова в обязательствах",
        ["Words in agreements"] = "Слова в документах",
        ["Syntax:"] = "Синтаксис:",
        [SearchQuery.Syntax] = "слова (должны встретиться все), \"точная фраза\", a OR b, -исключить, начало*",
        ["The query was not understood:"] = "Запрос не распознан:",
        ["Part of the search was not understood:"] = "Часть условий поиска не распознана:",
        ["Refine and save"] = "Уточнение и сохранение",
        ["Refine"] = "Уточнить",
        ["Filters in force"] = "Действующие условия",
        ["Remove the filter"] = "Снять условие",
        ["Remove all filters"] = "Снять все условия",
        ["Nothing to refine by."] = "Уточнять нечем.",
        ["{0} more"] = "Ещё {0}",
        ["Signed in {0}"] = "Подписан в {0} г.",
        ["Signed from {0}"] = "Подписан с {0}",
        ["Signed to {0}"] = "Подписан по {0}",
        ["Commitments found"] = "Найденные обязательства",
        ["Order:"] = "Порядок:",
        ["Relevance"] = "по релевантности",
        ["Newest first"] = "сначала новые",
        ["Oldest first"] = "сначала старые",
        ["Agreements found"] = "Найденные документы",
        ["Type words to look for, or open a UN resolution's page and follow “Search commitments citing this”."] =
            "Введите слова для поиска или откройте страницу резолюции ООН и перейдите по ссылке «Найти обязательства, ссылающиеся на неё».",
        ["Export these commitments (CSV)"] = "Выгрузить эти обязательства (CSV)",
        ["Export these agreements (CSV)"] = "Выгрузить эти документы (CSV)",
        ["My saved searches"] = "Мои сохранённые запросы",
        ["None yet."] = "Пока нет.",
        ["Delete"] = "Удалить",
        ["Name of this search"] = "Название запроса",
        ["Save this search"] = "Сохранить запрос",
        ["Give the search a name."] = "Дайте запросу название.",
        ["You already have a saved search named “{0}”."] = "У вас уже есть сохранённый запрос «{0}».",
        ["Search commitments citing this"] = "Найти обязательства, ссылающиеся на неё",
    };
}
