"""Arabic. Seen in real ITU documents: "الوثيقة 42-A", "17 يوليو 2018",
"الأصل: بالإنكليزية" (ITU writes الإنكليزية where CLDR writes الإنجليزية), "ملخص:",
"المراجعة 2 للوثيقة", "القرار 5 (المراجَع في بوينس آيرس، 2017)",
"دبي، 29 أكتوبر - 16 نوفمبر 2018". Text is stored in logical order; matching ignores
directional marks and tatweel (see :func:`itudocs.grammar.text.fold`)."""

from itudocs.lang.base import Language

TABLE = Language(
    code="ar",
    letter="A",
    english_name="Arabic",
    language_names={
        "بالإنكليزية": "en", "الإنكليزية": "en", "بالإنجليزية": "en", "الإنجليزية": "en",
        "بالفرنسية": "fr", "الفرنسية": "fr", "بالإسبانية": "es", "الإسبانية": "es",
        "بالصينية": "zh", "الصينية": "zh", "بالروسية": "ru", "الروسية": "ru",
        "بالعربية": "ar", "العربية": "ar",
    },
    months={
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4,
        "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
        "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    },
    date_order="dmy",
    meeting_templates=(r"المجلس\s+{year}", r"دورة\s+المجلس\s+لعام\s+{year}",
                       r"المجلس\s+في\s+دورته\s+لعام\s+{year}"),
    document_labels=("الوثيقة",),
    agenda_labels=("بند جدول الأعمال",),
    original_labels=("الأصل",),
    only_templates=(r"{lang}\s+فقط",),
    summary_labels=("ملخص", "الملخص"),
    action_labels=("الإجراء المطلوب",),
    references_labels=("المراجع", "المرجع"),
    quote_marks=(("«", "»"), ("\u201c", "\u201d"), ("\u201d", "\u201c"), ('"', '"')),
    excerpt_words=("مقتطف", "مقتطفات"),
    operative_verbs=("يقرر", "يكلف", "يدعو", "يطلب", "يشجع", "إذ يأخذ", "إذ يدرك"),
    outcome_words=("النتائج", "نتائج", "الاستنتاجات", "أكد", "أكدوا", "اتفق", "قرر"),
    signature_roles=("رئيس", "رئيسة", "نائب رئيس", "الأمين العام", "منسق"),
    instrument_words={
        "resolution": ("القرار", "قرار"),
        "decision": ("المقرر", "مقرر"),
        "recommendation": ("التوصية", "توصية"),
        "opinion": ("الرأي", "رأي"),
    },
    document_kinds={"report": ("تقرير",), "note": ("مذكرة",), "contribution": ("مساهمة",)},
    instrument_templates=(r"{word}\s+{num}",),
    revision_words=("المراجَع في", "المراجع في", "المراجعة في"),
    ref_paren_place=" ({rev}{place}، {year})",
    ref_revision="المراجَع في ",
    date_labels=("التاريخ",),
    unconfirmed=("meeting_templates", "agenda_labels", "action_labels", "references_labels",
                 "only_templates"),
)
