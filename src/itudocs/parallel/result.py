"""What :func:`itudocs.align` returns: an :class:`Alignment`, its :class:`Row` objects
and its :class:`AlignWarning` objects (frozen values, like the document model).

``Alignment.to_rows()`` gives the JSON-ready form, one dict per unit:
``{"key", "kind", "texts": {lang: text}, "locs": {lang: loc}, "score", "method"}``,
with ``None`` for a language that has no counterpart. The writers (JSON Lines, TMX,
CSV, HTML) work from those dicts."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from itudocs.model import DocxLoc, Loc, TextLoc

#: how a row was found: by the documents' structure (section numbers, quote and outcome
#: order, positions) or by the lengths of the texts (Gale-Church) inside a section whose
#: paragraph counts differ
Method = Literal["structure", "length"]


@attrs.frozen
class Row:
    """One unit in every language: ``texts`` and ``locs`` follow
    :attr:`Alignment.languages`, with ``None`` where a language has no counterpart.
    ``score`` is 1.0 for a row placed by structure; for a row placed by length it is
    the smallest, over the languages, of the probability that two texts of these
    lengths are translations of each other (Gale and Church's normal model), and 0.0
    where a language has no counterpart."""

    key: str
    kind: str
    texts: tuple[str | None, ...]
    locs: tuple[Loc | None, ...]
    score: float = 1.0
    method: Method = "structure"


@attrs.frozen
class AlignWarning:
    """Something the alignment could not pair: ``code`` is ``no-counterpart`` (the unit
    ``key`` has no text in ``language``), ``merged`` (two paragraphs of ``language``
    stand for one of the others, or the reverse, and share the row) or ``forced``
    (the documents were aligned with ``force=True`` although they differ)."""

    code: str
    message: str
    key: str | None = None
    language: str | None = None


def loc_dict(loc: Loc | None) -> dict[str, Any] | None:
    """A location as in the JSON contract."""
    if isinstance(loc, DocxLoc):
        return {"part": loc.part, "paragraph": loc.paragraph}
    if isinstance(loc, TextLoc):
        return {"line": loc.line, "start": loc.start, "end": loc.end}
    return None


@attrs.frozen
class Alignment:
    """The language versions of one document, unit by unit. Build one with
    :func:`itudocs.align`."""

    #: the languages aligned, in ITU's order (en fr es zh ru ar)
    languages: tuple[str, ...]
    rows: tuple[Row, ...]
    warnings: tuple[AlignWarning, ...] = ()
    #: the symbol the documents share, without its language letter (``C20/57``)
    symbol: str | None = None

    def to_rows(self) -> list[dict[str, Any]]:
        """One JSON-ready dict per unit."""
        return [{"key": r.key, "kind": r.kind,
                 "texts": dict(zip(self.languages, r.texts, strict=True)),
                 "locs": {lang: loc_dict(loc)
                          for lang, loc in zip(self.languages, r.locs, strict=True)},
                 "score": r.score, "method": r.method}
                for r in self.rows]

    def complete_rows(self) -> int:
        """How many rows have a text in every language."""
        return sum(all(t is not None for t in r.texts) for r in self.rows)

    def to_jsonl(self) -> str:
        """The rows as JSON Lines (one object a line)."""
        from itudocs.parallel.writers import rows_jsonl

        return rows_jsonl(self.to_rows())

    def to_csv(self) -> str:
        """The rows as CSV: ``key, kind, score, method``, then one column per language."""
        from itudocs.parallel.writers import rows_csv

        return rows_csv(self.to_rows(), self.languages)

    def to_tmx(self) -> bytes:
        """The rows as a TMX 1.4b translation memory (UTF-8 bytes): one ``<tu>`` per
        row, ``tuid`` its key, one ``<tuv xml:lang>`` per language that has a text."""
        from itudocs.parallel.writers import rows_tmx

        return rows_tmx(self.to_rows(), self.languages, symbol=self.symbol)

    def to_html(self, limit: int | None = None) -> str:
        """An HTML table: one column per language (Arabic right to left), one row per
        unit; ``limit`` rows at most."""
        from itudocs.parallel.html import rows_html

        return rows_html(self.to_rows(), self.languages, symbol=self.symbol,
                         warnings=len(self.warnings), limit=limit)

    def _repr_html_(self) -> str:
        from itudocs.parallel.html import MAX_ROWS

        return self.to_html(limit=MAX_ROWS)

    def __repr__(self) -> str:
        return (f"<Alignment {self.symbol!r} languages={' '.join(self.languages)} "
                f"rows={len(self.rows)} complete={self.complete_rows()} "
                f"warnings={len(self.warnings)}>")
