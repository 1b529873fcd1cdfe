namespace Registry.Web.Ui.Words;

/// <summary>Russian for the controlled lists, keyed by the English words Text.L(enum) produces.</summary>
internal static class EnumWords
{
    public static readonly Dictionary<string, string> Ru = new(StringComparer.Ordinal)
    {
        // AgreementKind
        ["Treaty"] = "Договор",
        ["Agreement"] = "Соглашение",
        ["Convention"] = "Конвенция",
        ["Protocol"] = "Протокол",
        ["Amending agreement"] = "Соглашение о внесении изменений",
        ["Exchange of letters"] = "Обмен письмами",
        ["Memorandum of understanding"] = "Меморандум о взаимопонимании",
        ["Joint declaration"] = "Совместная декларация",
        ["Joint statement"] = "Совместное заявление",
        ["Joint position"] = "Совместная позиция",
        ["Arrangement"] = "Договорённость",
        ["Minutes"] = "Протокол заседания",
        // AgreementStatus
        ["Draft"] = "Проект",
        ["Open for signature"] = "Открыт для подписания",
        ["Signed"] = "Подписан",
        ["In force"] = "Вступил в силу",
        ["Suspended"] = "Приостановлен",
        ["Terminated"] = "Прекращён",
        ["Expired"] = "Истёк",
        // ParticipantActionType
        ["Signature"] = "Подписание",
        ["Definitive signature"] = "Окончательное подписание",
        ["Ratification"] = "Ратификация",
        ["Acceptance"] = "Принятие",
        ["Approval"] = "Утверждение",
        ["Accession"] = "Присоединение",
        ["Succession"] = "Правопреемство",
        ["Notification of internal procedures"] = "Уведомление о внутригосударственных процедурах",
        ["Provisional application"] = "Временное применение",
        ["Entry into force"] = "Вступление в силу",
        ["Reservation"] = "Оговорка",
        ["Declaration"] = "Заявление",
        ["Objection"] = "Возражение",
        ["Denunciation"] = "Денонсация",
        ["Withdrawal"] = "Выход",
        // PartyRole
        ["Party"] = "Сторона",
        ["Depositary"] = "Депозитарий",
        ["Observer"] = "Наблюдатель",
        // Modality
        ["Declare"] = "Заявляют",
        ["Support"] = "Поддерживают",
        ["Undertake"] = "Обязуются",
        ["Intend"] = "Намерены",
        ["Agree"] = "Договорились",
        ["Consider necessary"] = "Считают необходимым",
        ["Call upon"] = "Призывают",
        ["Draw attention"] = "Обращают внимание",
        ["Reaffirm"] = "Подтверждают",
        ["Recognize"] = "Признают",
        ["Condemn"] = "Осуждают",
        ["Encourage"] = "Поощряют",
        ["Welcome"] = "Приветствуют",
        ["Note"] = "Отмечают",
        // RelationType and its inverse
        ["Amends"] = "Изменяет",
        ["Supersedes"] = "Заменяет",
        ["Implements"] = "Реализует",
        ["Extends"] = "Продлевает",
        ["Cites"] = "Ссылается на",
        ["Amended by"] = "Изменён документом",
        ["Superseded by"] = "Заменён документом",
        ["Implemented by"] = "Реализуется документом",
        ["Extended by"] = "Продлён документом",
        ["Cited by"] = "Упоминается в",
        // BodyKind
        ["International organization"] = "Международная организация",
        ["Organ of organization"] = "Орган организации",
        ["State"] = "Государство",
        ["Government agency"] = "Государственное ведомство",
        // UnOrgan
        ["Security council"] = "Совет Безопасности",
        ["General assembly"] = "Генеральная Ассамблея",
    };
}
