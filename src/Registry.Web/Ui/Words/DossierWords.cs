namespace Registry.Web.Ui.Words;

/// <summary>Russian for the dossier print buttons, the live progress and the dossier page.</summary>
internal static class DossierWords
{
    public static readonly Dictionary<string, string> Ru = new(StringComparer.Ordinal)
    {
        // Print buttons
        ["Print dossier"] = "Напечатать досье",
        ["Print this one"] = "Напечатать эту запись",
        ["Print these {0}"] = "Напечатать найденные ({0})",
        ["Paper"] = "Формат бумаги",
        ["Letter"] = "Letter (США)",
        ["Dossier"] = "Досье",
        ["The dossier's page"] = "Страница досье",
        // Progress
        ["This dossier does not exist."] = "Такого досье нет.",
        ["Waiting to be printed"] = "Ожидает печати",
        ["Printing"] = "Печатается",
        ["Ready"] = "Готово",
        ["Not printed"] = "Не напечатано",
        ["{0} of {1} records"] = "Готово записей: {0} из {1}",
        ["Progress of the dossier"] = "Ход подготовки досье",
        ["Attempt {0} failed: {1}"] = "Попытка {0} не удалась: {1}",
        ["It will be tried again."] = "Будет предпринята новая попытка.",
        ["Download the PDF"] = "Скачать PDF",
        ["{0} pages, {1} KB"] = "Страниц: {0}, {1} КБ",
        ["The dossier could not be printed:"] = "Досье не удалось напечатать:",
        // Dossier page
        ["Request"] = "Запрос",
        ["Contents"] = "Содержание",
        ["One agreement"] = "Один документ",
        ["The agreements a list filter selects"] = "Документы, отобранные фильтром списка",
        ["Requested by"] = "Кто запросил",
        ["Requested"] = "Когда запрошено",
        ["Finished"] = "Завершено",
        ["Attempts"] = "Попытки",
        ["A copy can be checked against this registry by its SHA-256:"] = "Копию можно сверить с реестром по её SHA-256:",
    };
}
