"""Exporters: each reads the model and writes one format; none changes it."""

from __future__ import annotations

from itudocs.model import Document


def header_facts(doc: Document) -> list[tuple[str, str]]:
    """The first page's facts as (label, value) rows, those that are present: what the
    Markdown and HTML renderings show as the header table."""
    h = doc.header
    facts = [
        ("Symbol", h.symbol.text if h.symbol else None),
        ("Language", doc.language),
        ("Meeting", h.meeting),
        ("Venue", h.venue),
        ("Dates", f"{h.meeting_start} – {h.meeting_end}" if h.meeting_start else None),
        ("Agenda item", h.agenda_item),
        ("Date", h.date.isoformat() if h.date else None),
        ("Original", ", ".join(h.original_languages) or None),
    ]
    return [(label, value) for label, value in facts if value]
