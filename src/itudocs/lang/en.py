"""English."""

from itudocs.lang.base import Language

TABLE = Language(
    code="en",
    letter="E",
    english_name="English",
    language_names={
        "english": "en", "french": "fr", "spanish": "es", "chinese": "zh",
        "russian": "ru", "arabic": "ar",
    },
    months={
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
        "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
        "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
        "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    },
    ordinal_suffixes=("st", "nd", "rd", "th"),
    date_order="dmy",
    meeting_templates=(r"Council\s+{year}", r"Council\s+session\s+{year}"),
    document_labels=("Document",),
    agenda_labels=("Agenda item",),
    original_labels=("Original",),
    only_templates=(r"{lang}\s+only",),
    summary_labels=("Summary",),
    action_labels=("Action required", "Action requested"),
    references_labels=("References", "Reference"),
    quote_marks=(("\u201c", "\u201d"), ('"', '"'), ("\u00ab", "\u00bb")),
    excerpt_words=("excerpt", "extract"),
    operative_verbs=(
        "resolves", "decides", "instructs", "invites", "requests", "encourages",
        "calls upon", "urges", "recognizing", "considering", "noting", "recalling",
        "reads", "states", "stipulates", "provides",
    ),
    outcome_words=(
        "outcome", "outcomes", "result", "results", "conclusion", "conclusions",
        "highlighted", "agreed", "decided", "concluded", "achievements",
    ),
    signature_roles=("Chairman", "Chairperson", "Chair", "Vice-Chairman", "Secretary-General",
                     "Convener", "Coordinator", "Director"),
    instrument_words={
        "resolution": ("Resolution", "Resolutions"),
        "decision": ("Decision", "Decisions"),
        "recommendation": ("Recommendation",),
        "opinion": ("Opinion",),
    },
    document_kinds={
        "report": ("report",), "note": ("note by", "note of"),
        "contribution": ("contribution",),
    },
    instrument_templates=(r"{word}\s+{num}",),
    of_words=("of the", "of"),
    revision_words=("Rev.",),
    date_labels=("Date",),
    capital_months=True,
)
