"""Russian. Seen in real ITU documents: "Документ WTDC17/11-R", "28 июня 2017 года",
"Оригинал: английский", "Резюме", "Резолюции 21 (Пересм. Пусан, 2014 г.)",
"Дубай, 29 октября – 16 ноября 2018 г." Months are in the genitive."""

from itudocs.lang.base import Language

TABLE = Language(
    code="ru",
    letter="R",
    english_name="Russian",
    # Nominative ("Оригинал: английский") and prepositional ("только на английском").
    language_names={
        "английский": "en", "французский": "fr", "испанский": "es", "китайский": "zh",
        "русский": "ru", "арабский": "ar", "английском": "en", "французском": "fr",
        "испанском": "es", "китайском": "zh", "русском": "ru", "арабском": "ar",
    },
    months={
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
        "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11,
        "декабря": 12, "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5,
        "июнь": 6, "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11,
        "декабрь": 12,
    },
    date_order="dmy",
    meeting_templates=(r"Совет\s+{year}(?:\s+года|\s+г\.)?", r"сессия\s+Совета\s+{year}"),
    document_labels=("Документ",),
    agenda_labels=("Пункт повестки дня",),
    original_labels=("Оригинал",),
    only_templates=(r"только\s+на\s+{lang}(?:\s+языке)?",),
    summary_labels=("Резюме",),
    action_labels=("Необходимые действия", "Требуемые действия"),
    references_labels=("Справочные материалы", "Справочный материал", "Ссылки"),
    quote_marks=(("«", "»"), ("\u201e", "\u201c"), ("\u201c", "\u201d")),
    excerpt_words=("выдержка", "выдержки", "выдержку"),
    operative_verbs=(
        "решает", "поручает", "предлагает", "призывает", "просит", "учитывая",
        "признавая", "отмечая", "напоминая",
    ),
    outcome_words=(
        "результат", "результаты", "выводы", "подчеркнули", "подчеркнул", "согласились",
        "решили",
    ),
    signature_roles=("Председатель", "Заместитель Председателя", "Генеральный секретарь",
                     "Координатор"),
    instrument_words={
        "resolution": ("Резолюция", "Резолюции", "Резолюцию", "Резолюцией"),
        "decision": ("Решение", "Решения", "Решением", "Решению"),
        "recommendation": ("Рекомендация", "Рекомендации"),
        "opinion": ("Мнение", "Мнения"),
    },
    document_kinds={
        "report": ("отчет", "отчёт", "доклад"), "note": ("записка",),
        "contribution": ("вклад",),
    },
    instrument_templates=(r"{word}\s+{num}",),
    revision_words=("Пересм.",),
    ref_paren_place=" ({rev}{place}, {year} г.)",
    ref_paren_year=" ({year} г.)",
    ref_revision="Пересм. ",
    date_labels=("Дата",),
    year_suffixes=("года", "г."),
    unconfirmed=("agenda_labels", "action_labels", "references_labels", "only_templates",
                 "meeting_templates"),
)
