"""French. Seen in real ITU documents: "Document C2001/38-F", "25 mai 2001",
"Original: anglais", "Résolution 71 (Minneapolis, 1998)", "(Rév. Busan, 2014)"."""

from itudocs.lang.base import Language

TABLE = Language(
    code="fr",
    letter="F",
    english_name="French",
    language_names={
        "anglais": "en", "français": "fr", "francais": "fr", "espagnol": "es",
        "chinois": "zh", "russe": "ru", "arabe": "ar",
    },
    months={
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
        "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
        "novembre": 11, "décembre": 12, "decembre": 12,
    },
    ordinal_suffixes=("er",),
    date_order="dmy",
    meeting_templates=(r"Conseil\s+{year}", r"Conseil\s+de\s+{year}"),
    document_labels=("Document",),
    agenda_labels=("Point de l'ordre du jour", "Point de l’ordre du jour"),
    original_labels=("Original",),
    only_templates=(r"{lang}\s+seulement", r"{lang}\s+uniquement"),
    summary_labels=("Résumé",),
    action_labels=("Suite à donner", "Décision demandée", "Suite à donner demandée"),
    references_labels=("Références", "Référence"),
    quote_marks=(("«", "»"), ("\u201c", "\u201d"), ('"', '"')),
    excerpt_words=("extrait", "extraits"),
    operative_verbs=(
        "décide", "charge", "invite", "prie", "encourage", "demande", "considérant",
        "reconnaissant", "notant", "rappelant",
    ),
    outcome_words=(
        "résultat", "résultats", "conclusion", "conclusions", "souligné", "soulignés",
        "convenu", "décidé",
    ),
    signature_roles=("Président", "Présidente", "Vice-Président", "Vice-Présidente",
                     "Secrétaire général", "Coordonnateur"),
    instrument_words={
        "resolution": ("Résolution", "Résolutions", "Resolution"),
        "decision": ("Décision", "Décisions"),
        "recommendation": ("Recommandation",),
        "opinion": ("Avis",),
    },
    document_kinds={
        "report": ("rapport",), "note": ("note du", "note de"),
        "contribution": ("contribution",),
    },
    instrument_templates=(r"{word}\s+{num}",),
    of_words=("de la", "de l'", "de l’", "du", "de"),
    revision_words=("Rév.", "Rev."),
    ref_revision="Rév. ",
    date_labels=("Date",),
    unconfirmed=("agenda_labels", "action_labels", "only_templates", "meeting_templates"),
)
