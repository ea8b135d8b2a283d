"""The alignment itself: :func:`align`.

Structure first: the documents' containers (see :mod:`itudocs.parallel.units`) are
matched by key, and inside a container whose unit counts agree in every language the
units are paired by position. Inside a container whose counts differ (a paragraph
missing, two paragraphs made one), the units are paired by length
(:mod:`itudocs.parallel.lengths`) against the language that has the most; a unit
without counterpart leaves ``None`` in its row and an :class:`AlignWarning`."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from itudocs.languages import CODES
from itudocs.model import Document, Symbol
from itudocs.parallel.errors import (
    DifferentDocumentsError,
    LanguageClashError,
    UnidentifiedDocumentError,
)
from itudocs.parallel.lengths import Side, align_lengths
from itudocs.parallel.result import Alignment, AlignWarning, Method, Row
from itudocs.parallel.units import Container, Ident, Unit, outline

_DIGITS = re.compile(r"[0-9]+")


def align(docs: Iterable[Document], *, force: bool = False) -> Alignment:
    """Align language versions of one document, unit by unit.

    The documents must share their symbol but for the language letter (or, without a
    symbol, the instrument they adopt): otherwise :class:`DifferentDocumentsError` or
    :class:`UnidentifiedDocumentError`, unless ``force=True`` (the alignment then
    carries a ``forced`` warning). Two documents in one language, or one whose
    language is unknown, raise :class:`LanguageClashError`. The languages come out in
    ITU's order (en fr es zh ru ar) whatever the order given.

    ```pycon
    >>> import itudocs
    >>> docs = [itudocs.parse(itudocs.sample_path(lang)) for lang in ("fr", "en")]
    >>> alignment = itudocs.align(docs)
    >>> alignment.languages
    ('en', 'fr')
    >>> row = alignment.to_rows()[7]
    >>> row["key"], row["texts"]["en"], row["texts"]["fr"]
    ('section:1/title', 'Introduction', 'Introduction')

    ```
    """
    docs = list(docs)
    if not docs:
        raise ValueError("align() needs at least one Document")
    for doc in docs:
        if not isinstance(doc, Document):
            raise TypeError(f"align() takes Documents (itudocs.parse), not {type(doc)!r}")
    langs = [_language(doc, i) for i, doc in enumerate(docs)]
    warnings: list[AlignWarning] = []
    symbol = _identity(docs, force, warnings)
    order = sorted(range(len(docs)), key=lambda i: CODES.index(langs[i]))
    aligner = _Aligner([docs[i] for i in order], tuple(langs[i] for i in order), warnings)
    return Alignment(languages=aligner.langs, rows=tuple(aligner.run()),
                     warnings=tuple(warnings), symbol=symbol)


def _name(doc: Document, i: int) -> str:
    return doc.source.name or f"document {i + 1}"


def _language(doc: Document, i: int) -> str:
    lang = doc.language or (doc.header.symbol.language if doc.header.symbol else None)
    if lang is None:
        raise LanguageClashError("its language is unknown (an alignment has one column per "
                                 "language)", source=_name(doc, i))
    return lang


def _bare(symbol: Symbol) -> str:
    """The symbol as printed without its language letter: ``C20/57``."""
    text = symbol.text
    return text[:-2] if len(text) > 2 and text[-2] == "-" and text[-1] in "EFSCRA" else text


def _doc_id(doc: Document) -> tuple[object, ...] | None:
    s = doc.header.symbol
    if s is not None:
        return ("symbol", s.series, s.session_year, s.number, s.revision, s.addendum,
                s.corrigendum, s.group_meeting, s.doc_type)
    if doc.instrument is not None:
        return ("instrument", doc.instrument.id)
    return None


def _shown(doc: Document) -> str:
    if doc.header.symbol is not None:
        return doc.header.symbol.text
    return doc.instrument.id if doc.instrument is not None else "no symbol"


def _identity(docs: list[Document], force: bool, warnings: list[AlignWarning]) -> str | None:
    """The symbol the documents share (without language), after checking they do."""
    seen: dict[str, int] = {}
    for i, doc in enumerate(docs):
        lang = _language(doc, i)
        if lang in seen:
            raise LanguageClashError(
                f"it is in {lang}, as is {_name(docs[seen[lang]], seen[lang])} (an alignment "
                "has one document per language)", source=_name(doc, i))
        seen[lang] = i
    ids = [_doc_id(doc) for doc in docs]
    missing = [i for i, x in enumerate(ids) if x is None]
    if missing and len(docs) > 1:
        i = missing[0]
        message = ("it has no symbol and adopts no instrument, so nothing says it is a "
                   "version of the others")
        if not force:
            raise UnidentifiedDocumentError(message + "; give force=True (--force) to align "
                                            "anyway", source=_name(docs[i], i))
        warnings.append(AlignWarning("forced", f"{_name(docs[i], i)}: {message}"))
    known = [i for i, x in enumerate(ids) if x is not None]
    for i in known[1:]:
        if ids[i] != ids[known[0]]:
            first = known[0]
            message = (f"it is {_shown(docs[i])}, not a version of {_shown(docs[first])} "
                       f"({_name(docs[first], first)})")
            if not force:
                raise DifferentDocumentsError(message + "; give force=True (--force) to "
                                              "align anyway", source=_name(docs[i], i))
            warnings.append(AlignWarning("forced", f"{_name(docs[i], i)}: {message}"))
    if not known or any(ids[i] != ids[known[0]] for i in known):
        return None
    doc = docs[known[0]]
    return _bare(doc.header.symbol) if doc.header.symbol else _shown(doc)


def _union(sequences: Iterable[list[str]]) -> list[str]:
    """The keys of all the sequences, each sequence's order kept: a key one sequence
    lacks goes after the key it follows in the sequence that has it."""
    out: list[str] = []
    known: set[str] = set()
    for seq in sequences:
        at = -1
        for key in seq:
            if key in known:
                at = out.index(key)
            else:
                at += 1
                out.insert(at, key)
                known.add(key)
    return out


class _Built:
    """A row and, per language, the idents of the units in it."""

    def __init__(self, row: Row, idents: list[set[Ident]]) -> None:
        self.row = row
        self.idents = idents


class _Aligner:
    def __init__(self, docs: list[Document], langs: tuple[str, ...],
                 warnings: list[AlignWarning]) -> None:
        self.langs = langs
        self.warnings = warnings
        outlines = [outline(doc) for doc in docs]
        self._number_quotes(outlines)
        self.by_key = [{c.key: c for c in o} for o in outlines]
        # Each language's lengths on the scale of the first: Chinese is shorter in
        # characters than French for the same content.
        totals = [sum(len(u.text) for c in o for u in c.units) for o in outlines]
        self.scale = [(totals[0] or 1) / t if t else 1.0 for t in totals]
        self.parent: dict[str, str] = {}
        tops: list[list[str]] = []
        kids: dict[str, list[list[str]]] = defaultdict(list)
        for o in outlines:
            where = {u.ident: c.key for c in o for u in c.units if u.ident is not None}
            top: list[str] = []
            children: dict[str, list[str]] = defaultdict(list)
            for c in o:
                p = where.get(c.anchor) if c.anchor is not None else None
                if p is not None and p != c.key:
                    children[p].append(c.key)
                    self.parent.setdefault(c.key, p)
                else:
                    top.append(c.key)
            tops.append(top)
            for p, keys in children.items():
                kids[p].append(keys)
        self.top = [k for k in _union(tops) if k not in self.parent]
        self.children = {p: [k for k in _union(seqs) if self.parent.get(k) == p]
                         for p, seqs in kids.items()}
        self.done: set[str] = set()
        self.rows: list[Row] = []

    @staticmethod
    def _number_quotes(outlines: list[list[Container]]) -> None:
        """``quote@1.1#2`` -> ``quote:2``: the quotes numbered in the order of all the
        documents together, matched by section and rank in the section."""
        order = _union([[c.key for c in o if c.key.startswith("quote@")] for o in outlines])
        number = {key: f"quote:{n}" for n, key in enumerate(order, 1)}
        for o in outlines:
            for i, c in enumerate(o):
                if c.key in number:
                    o[i] = Container(number[c.key], c.sep, c.units, c.anchor)

    def run(self) -> list[Row]:
        for key in self.top:
            self._emit(key)
        return self.rows

    def _emit(self, key: str) -> None:
        if key in self.done:
            return
        self.done.add(key)
        children = self.children.get(key, [])
        for built in self._align(key):
            self.rows.append(built.row)
            for child in children:
                if child not in self.done and self._anchored(child, built):
                    self._emit(child)
        for child in children:
            self._emit(child)

    def _anchored(self, child: str, built: _Built) -> bool:
        for li, by_key in enumerate(self.by_key):
            c = by_key.get(child)
            if c is not None and c.anchor in built.idents[li]:
                return True
        return False

    def _align(self, key: str) -> list[_Built]:
        present = [by_key.get(key) for by_key in self.by_key]
        counts = {len(c.units) for c in present if c is not None}
        if len(counts) == 1:  # structure: pair by position
            n = counts.pop()
            first = next(c for c in present if c is not None)
            return [self._build(first.unit_key(i), [[c.units[i]] if c else [] for c in present],
                                "structure", 1.0) for i in range(n)]
        return self._by_length(present)

    def _build(self, key: str, units: list[list[Unit]], method: Method, score: float,
               kind: str | None = None) -> _Built:
        kind = kind or next(u[0].kind for u in units if u)
        texts = tuple("\n".join(u.text for u in us) if us else None for us in units)
        locs = tuple(us[0].loc if us else None for us in units)
        for lang, us in zip(self.langs, units, strict=True):
            if not us:
                self.warnings.append(AlignWarning(
                    "no-counterpart", f"{key}: no {lang} text", key, lang))
            elif len(us) > 1:
                self.warnings.append(AlignWarning(
                    "merged", f"{key}: {len(us)} {lang} paragraphs in one row", key, lang))
        if any(t is None for t in texts):
            score = 0.0
        row = Row(key=key, kind=kind, texts=texts, locs=locs, score=round(score, 4),
                  method=method)
        return _Built(row, [{u.ident for u in us} for us in units])

    def _by_length(self, present: list[Container | None]) -> list[_Built]:
        """Pair the units of a container whose counts differ, against the language
        with the most (the pivot)."""
        counts = [len(c.units) if c else 0 for c in present]
        p = counts.index(max(counts))
        pivot = present[p]
        assert pivot is not None
        n = len(pivot.units)
        at: list[list[list[Unit]]] = [[[] for _ in range(n)] for _ in present]
        prob: list[list[float]] = [[0.0] * n for _ in present]
        joined = [False] * n  # joined[i]: pivot units i and i + 1 share a row
        extra: list[dict[int, list[Unit]]] = [defaultdict(list) for _ in present]
        for li, c in enumerate(present):
            if li == p:
                at[li] = [[u] for u in pivot.units]
                prob[li] = [1.0] * n
                continue
            if c is None:
                continue
            beads = align_lengths(self._side(pivot, p), self._side(c, li))
            last = -1
            for bead in beads:
                units = [c.units[j] for j in bead.b]
                if bead.a:
                    last = bead.a[-1]
                    at[li][bead.a[0]].extend(units)
                    prob[li][bead.a[0]] = bead.score if units else 0.0
                    if len(bead.a) == 2:
                        joined[bead.a[0]] = True
                else:
                    extra[li][last].extend(units)
        out = self._extras(pivot, -1, extra)
        i = 0
        while i < n:
            j = i
            while joined[j]:
                j += 1
            group = [[u for k in range(i, j + 1) for u in at[li][k]] for li in range(len(present))]
            key = pivot.unit_key(i) if i == j else f"{pivot.unit_key(i)}-{j + 1}"
            score = min((prob[li][i] for li in range(len(present)) if li != p), default=1.0)
            out.append(self._build(key, group, "length", score, pivot.units[i].kind))
            out.extend(self._extras(pivot, j, extra))
            i = j + 1
        return out

    def _side(self, c: Container, li: int) -> Side:
        return Side([len(u.text) * self.scale[li] for u in c.units],
                    [(u.kind, u.label) for u in c.units],
                    [u.label is not None for u in c.units],
                    [frozenset(_DIGITS.findall(u.text)) for u in c.units],
                    [u.text.count("\n") + 1 for u in c.units])

    def _extras(self, pivot: Container, after: int,
                extra: list[dict[int, list[Unit]]]) -> list[_Built]:
        """Rows for the units that no pivot unit matches, after pivot unit ``after``:
        the k-th such unit of each language shares row k."""
        depth = max(len(e.get(after, ())) for e in extra)
        base = pivot.unit_key(after) if after >= 0 else f"{pivot.key}{pivot.sep}0"
        return [self._build(f"{base}+{k + 1}",
                            [[e[after][k]] if len(e.get(after, ())) > k else [] for e in extra],
                            "length", 0.0)
                for k in range(depth)]
