"""Spanish: "3 de marzo de 2020", "Original: inglés", "Resumen", "Acción solicitada"."""

from itudocs.lang.base import Language

TABLE = Language(
    code="es",
    letter="S",
    english_name="Spanish",
    language_names={
        "inglés": "en", "ingles": "en", "francés": "fr", "frances": "fr", "español": "es",
        "espanol": "es", "chino": "zh", "ruso": "ru", "árabe": "ar", "arabe": "ar",
    },
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
        "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
        "noviembre": 11, "diciembre": 12,
    },
    ordinal_suffixes=("º", "°"),
    date_order="dmy",
    meeting_templates=(r"Consejo\s+{year}", r"Consejo\s+de\s+{year}"),
    document_labels=("Documento",),
    agenda_labels=("Punto del orden del día", "Punto del orden del dia"),
    original_labels=("Original",),
    only_templates=(r"s[óo]lo\s+en\s+{lang}", r"únicamente\s+en\s+{lang}"),
    summary_labels=("Resumen",),
    action_labels=("Acción solicitada", "Acción requerida", "Decisión solicitada"),
    references_labels=("Referencias", "Referencia"),
    quote_marks=(("\u201c", "\u201d"), ("«", "»"), ('"', '"')),
    excerpt_words=("extracto", "extractos"),
    operative_verbs=(
        "resuelve", "decide", "encarga", "invita", "pide", "alienta", "considerando",
        "reconociendo", "observando", "recordando",
    ),
    outcome_words=(
        "resultado", "resultados", "conclusión", "conclusiones", "destacaron", "destacó",
        "acordaron", "decidieron",
    ),
    signature_roles=("Presidente", "Presidenta", "Vicepresidente", "Vicepresidenta",
                     "Secretario General", "Coordinador"),
    instrument_words={
        "resolution": ("Resolución", "Resoluciones"),
        "decision": ("Decisión", "Decisiones"),
        "recommendation": ("Recomendación",),
        "opinion": ("Opinión",),
    },
    document_kinds={
        "report": ("informe",), "note": ("nota del", "nota de"),
        "contribution": ("contribución",),
    },
    instrument_templates=(r"{word}\s+{num}",),
    of_words=("de la", "del", "de"),
    revision_words=("Rev.",),
    date_labels=("Fecha",),
    date_fillers=("de", "del"),
    unconfirmed=("only_templates", "meeting_templates"),
)
