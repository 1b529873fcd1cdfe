namespace Registry.Web.Ui.Words;

/// <summary>Russian for the bodies, people, UN resolutions, users and audit pages and their forms.</summary>
internal static class CatalogueWords
{
    public static readonly Dictionary<string, string> Ru = new(StringComparer.Ordinal)
    {
        // Bodies
        ["Abbreviation"] = "Сокращение",
        ["Name"] = "Название",
        ["Name in Russian"] = "Название на русском",
        ["Name in Chinese"] = "Название на китайском",
        ["Aliases"] = "Другие названия",
        ["Kind"] = "Вид",
        ["Part of"] = "Входит в",
        ["Country"] = "Страна",
        ["Country code"] = "Код страны",
        ["Edit body"] = "Редактирование органа",
        ["Organizations, their organs, states and agencies, each listed under the body it belongs to"] =
            "Организации, их органы, государства и ведомства; каждый указан под тем, в состав которого входит",
        ["Organs and subordinate bodies"] = "Органы и подчинённые структуры",
        ["Office holders"] = "Должностные лица",
        ["People appointed at this body, the latest first"] = "Лица, назначенные в этот орган, начиная с последних",
        ["No appointments are recorded at this body."] = "Назначения в этот орган не записаны.",
        ["Agreements this body or one of its organs is party to, the latest first"] =
            "Документы, стороной которых является этот орган или один из его органов, начиная с последних",
        ["This body is party to no agreement in the registry."] = "Этот орган не является стороной ни одного документа в реестре.",
        ["All agreements of this body in the list"] = "Все документы этого органа в списке",
        ["One per line, in any script: other names and abbreviations that refer to this body."] =
            "По одному в строке, на любом языке: другие названия и сокращения этого органа.",
        ["ISO 3166, e.g. KZ; required for a state."] = "ISO 3166, например KZ; обязателен для государства.",
        ["The body was not saved; see the messages below."] = "Орган не сохранён; см. сообщения ниже.",
        ["Reference"] = "Номер",
        ["Title"] = "Название",
        ["Signed on"] = "Дата подписания",
        ["Parties"] = "Стороны",
        ["to date"] = "по настоящее время",
        // People
        ["Full name"] = "Полное имя",
        ["Full name in Russian"] = "Полное имя на русском",
        ["Edit person"] = "Редактирование лица",
        ["Name contains"] = "Имя содержит",
        ["No person matches."] = "Никто не найден.",
        ["The first {0} people, by name"] = "Первые {0} лиц, по имени",
        ["{0} people, by name"] = "Лиц: {0}, по имени",
        ["Latest position"] = "Последняя должность",
        ["Positions held"] = "Занимаемые должности",
        ["Appointment"] = "Назначение",
        ["Appointments, the earliest first"] = "Назначения, начиная с самых ранних",
        ["No appointment is recorded."] = "Назначения не записаны.",
        ["One row per appointment. Rows left empty are ignored; to remove an appointment, empty its row."] =
            "Одна строка на назначение. Пустые строки не сохраняются; чтобы удалить назначение, очистите его строку.",
        ["Position"] = "Должность",
        ["From"] = "С",
        ["To"] = "По",
        ["Signatures"] = "Подписи",
        ["{0} agreements signed, the latest first"] = "Подписано документов: {0}; начиная с последних",
        ["Pages of signatures"] = "Страницы подписей",
        ["This person signed no agreement in the registry."] = "Это лицо не подписывало документов, записанных в реестре.",
        ["Date"] = "Дата",
        ["Agreement signed"] = "Подписанный документ",
        ["On behalf of"] = "От имени",
        ["Position at signing"] = "Должность при подписании",
        ["The person was not saved; see the messages below."] = "Лицо не сохранено; см. сообщения ниже.",
        // UN resolutions
        ["Symbol"] = "Условное обозначение",
        ["Organ"] = "Орган ООН",
        ["Number"] = "Номер",
        ["Year"] = "Год",
        ["Session"] = "Сессия",
        ["Adopted on"] = "Дата принятия",
        ["Edit resolution"] = "Редактирование резолюции",
        ["Catalogued UN resolutions, by organ and number"] = "Резолюции ООН в каталоге, по органу и номеру",
        ["The catalogue holds no UN resolution yet."] = "В каталоге пока нет резолюций ООН.",
        ["Agreements citing it"] = "Документы, ссылающиеся на неё",
        ["Agreements that cite this resolution, the most recently recorded first"] =
            "Документы, ссылающиеся на эту резолюцию, начиная с последних внесённых в реестр",
        ["No agreement in the registry cites it."] = "Ни один документ реестра на неё не ссылается.",
        ["All agreements citing it in the list"] = "Все ссылающиеся на неё документы в списке",
        ["Cited as"] = "Как процитирована",
        ["Commitments citing it"] = "Обязательства, ссылающиеся на неё",
        ["Commitments that cite this resolution, the most recently recorded agreement first"] =
            "Обязательства, ссылающиеся на эту резолюцию, начиная с последних внесённых в реестр документов",
        ["No more commitments cite it."] = "Больше обязательств, ссылающихся на неё, нет.",
        ["No commitment in the registry cites it."] = "Ни одно обязательство в реестре на неё не ссылается.",
        ["No."] = "№",
        ["Agreement reference"] = "Номер документа",
        ["Modality"] = "Модальность",
        ["Commitment"] = "Обязательство",
        ["Pages of commitments"] = "Страницы обязательств",
        ["Any citation form: S/RES/2354 (2017), resolution 2354 (2017), General Assembly resolution 60/288. It is saved under its canonical symbol."] =
            "Любая форма ссылки: S/RES/2354 (2017), resolution 2354 (2017), General Assembly resolution 60/288. Сохраняется под каноническим обозначением.",
        ["One per line: names texts cite it by, e.g. the UN Global Counter-Terrorism Strategy."] =
            "По одному в строке: названия, по которым на неё ссылаются тексты, например the UN Global Counter-Terrorism Strategy.",
        ["The resolution was not saved; see the messages below."] = "Резолюция не сохранена; см. сообщения ниже.",
        // Users
        ["Everyone who can sign in, by e-mail address"] = "Все, кто может войти, по адресу эл. почты",
        ["New user"] = "Новый пользователь",
        ["Create user"] = "Создать пользователя",
        ["At least 10 characters."] = "Не менее 10 символов.",
        ["People cannot register themselves: an administrator creates every account and tells its owner the password."] =
            "Самостоятельной регистрации нет: каждую учётную запись создаёт администратор и сообщает владельцу пароль.",
        ["The user {0} was created."] = "Пользователь {0} создан.",
        ["The user was not created; see the messages below."] = "Пользователь не создан; см. сообщения ниже.",
        // Audit log
        ["User"] = "Пользователь",
        ["Anyone"] = "Любой",
        ["Record type"] = "Тип записи",
        ["A record includes its parts: an agreement's parties, commitments and the like."] =
            "Запись включает свои части: стороны документа, его обязательства и т. п.",
        ["No entry matches."] = "Записей не найдено.",
        ["Changes to the registry, the newest first"] = "Изменения в реестре, начиная с новейших",
        ["When"] = "Когда",
        ["Who"] = "Кто",
        ["Action"] = "Действие",
        ["Record"] = "Запись",
        ["Changes"] = "Изменения",
        ["Reason"] = "Причина",
        ["Open"] = "Открыть",
        ["and {0} more"] = "и ещё {0}",
        ["Newer"] = "Новее",
        ["Older"] = "Старше",
        ["Pages of the audit log"] = "Страницы журнала изменений",
        ["Added"] = "Добавлено",
        ["Modified"] = "Изменено",
        ["Deleted"] = "Удалено",
        // Forms
        ["This field is required."] = "Обязательное поле.",
        ["password must have at least 10 characters."] = "Пароль должен содержать не менее 10 символов.",
        ["password must have at most 200 characters."] = "Пароль должен содержать не более 200 символов.",
        ["A state needs its ISO 3166 country code."] = "Для государства нужен код страны по ISO 3166.",
        ["parent would make a cycle: a body cannot sit below itself."] = "Цикл: орган не может входить в состав самого себя.",
        ["The end date ({0}) cannot be before the start date ({1})."] = "Дата окончания ({0}) не может быть раньше даты начала ({1}).",
    };

    private static readonly Dictionary<string, (string En, string Ru)> Entities = new(StringComparer.Ordinal)
    {
        ["Agreement"] = ("Agreement", "Документ"),
        ["AgreementRelation"] = ("Relation", "Связь"),
        ["AgreementText"] = ("Text", "Текст"),
        ["Appointment"] = ("Appointment", "Назначение"),
        ["Attachment"] = ("Attachment", "Вложение"),
        ["Citation"] = ("Citation", "Ссылка на резолюцию"),
        ["Commitment"] = ("Commitment", "Обязательство"),
        ["ExternalIdentifier"] = ("Identifier", "Идентификатор"),
        ["ParticipantAction"] = ("Participant action", "Действие участника"),
        ["Party"] = ("Party", "Сторона"),
        ["Person"] = ("Person", "Лицо"),
        ["Signatory"] = ("Signatory", "Подписант"),
        ["SignatoryBody"] = ("Body", "Орган"),
        ["Source"] = ("Source", "Источник"),
        ["UnResolution"] = ("UN resolution", "Резолюция ООН"),
        ["User"] = ("User", "Пользователь"),
    };

    /// <summary>An audited entity's class name in words ("SignatoryBody" → "Body" / "Орган").</summary>
    public static string Entity(string type) =>
        Entities.TryGetValue(type, out var words) ? Text.IsRussian ? words.Ru : words.En : type;
}
