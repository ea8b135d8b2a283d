"""What is aligned in one document: its units, grouped in containers that carry the
structural key they share across the six languages.

A container is either one unit (``header/title``, ``section:1/title``,
``signature/name``) or a sequence of units numbered from 1 (``section:1.1`` holds
``section:1.1/p:1``, ``section:1.1/p:2`` ...; ``header/reference`` holds
``header/reference:1`` ...). A quote and an outcome list are containers of their own
(``quote:1/p:3``, ``outcome:7.1/b:4``), taken out of their section's paragraphs and
*anchored* to their lead-in paragraph, after which they are shown."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from itudocs.model import Annex, Block, Document, Loc, Reference, Section

#: a unit's identity inside its document: the block id, or its location
Ident = object


@attrs.frozen
class Unit:
    kind: str
    text: str
    loc: Loc | None
    ident: Ident | None = None
    #: the printed label (``a)``, ``1.1``, ``•``): structure the length alignment weighs
    label: str | None = None


@attrs.frozen
class Container:
    #: the structural key (a quote's is provisional, ``quote@SECTION#N``, until the
    #: aligner numbers the quotes of all the documents together)
    key: str
    #: what joins the key and a unit's number (``/p:``), or None for a single unit
    sep: str | None
    units: tuple[Unit, ...]
    #: the ident of the unit this container is shown after (a quote's lead-in)
    anchor: Ident | None = None

    def unit_key(self, index: int) -> str:
        """The key of the unit at 0-based ``index``."""
        return self.key if self.sep is None else f"{self.key}{self.sep}{index + 1}"


def _single(key: str, kind: str, text: str | None, loc: Loc | None = None,
            ident: Ident | None = None) -> Iterator[Container]:
    if text and text.strip():
        yield Container(key, None, (Unit(kind, text, loc, ident),))


def _references(prefix: str, refs: tuple[Reference, ...]) -> Iterator[Container]:
    units = tuple(Unit("reference", r.text, r.loc, r.block_id or r.loc) for r in refs
                  if r.text.strip())
    if units:
        yield Container(f"{prefix}reference", ":", units)


def _block_unit(b: Block) -> Unit:
    return Unit(b.kind, b.text, b.loc, b.id or b.loc, b.label)


class _Outliner:
    """Walks one document in reading order."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        #: the blocks that a quote or an outcome takes out of its section
        self.taken: set[Ident] = set()
        for q in doc.quotes:
            self.taken.update(p.block_id or p.loc for p in q.paragraphs)
        for o in doc.outcomes:
            self.taken.update(b.block_id or b.loc for b in o.bullets)

    def blocks(self, key: str, blocks: tuple[Block, ...]) -> Iterator[Container]:
        units = tuple(_block_unit(b) for b in blocks
                      if (b.id or b.loc) not in self.taken and b.text.strip())
        if units:
            yield Container(key, "/p:", units)

    def sections(self, prefix: str, sections: tuple[Section, ...]) -> Iterator[Container]:
        for top in sections:
            for s in top.iter_sections():
                yield from _single(f"{prefix}section:{s.number}/title", "section-title",
                                   s.title, s.loc, None)
                yield from self.blocks(f"{prefix}section:{s.number}", s.blocks)

    def annex(self, k: int, annex: Annex) -> Iterator[Container]:
        prefix = f"annex:{k}/"
        yield from _single(f"{prefix}title", "annex-title", annex.title, annex.loc)
        yield from _single(f"{prefix}summary", "summary", annex.summary)
        yield from _single(f"{prefix}action-required", "action-required",
                           annex.action_required)
        yield from _references(prefix, annex.references)
        yield from self.blocks(f"{prefix}body", annex.blocks)
        yield from self.sections(prefix, annex.sections)

    def quotes(self) -> Iterator[Container]:
        seen: dict[str | None, int] = {}
        for q in self.doc.quotes:
            seen[q.section] = n = seen.get(q.section, 0) + 1
            units = tuple(Unit("quote", p.text, p.loc, p.block_id or p.loc, p.label)
                          for p in q.paragraphs if p.text.strip())
            if units:
                yield Container(f"quote@{q.section or '-'}#{n}", "/p:", units,
                                q.intro_block_id)

    def outcomes(self) -> Iterator[Container]:
        seen: dict[str | None, int] = {}
        for o in self.doc.outcomes:
            seen[o.section] = n = seen.get(o.section, 0) + 1
            units = tuple(Unit("bullet", b.text, b.loc, b.block_id or b.loc)
                          for b in o.bullets if b.text.strip())
            if units:
                key = f"outcome:{o.section or 'body'}" + (f"#{n}" if n > 1 else "")
                yield Container(key, "/b:", units, o.intro_block_id)

    def outline(self) -> list[Container]:
        doc, h = self.doc, self.doc.header
        out: list[Container] = []
        for field, kind in (("meeting", "meeting"), ("title", "title"),
                            ("subtitle", "subtitle"), ("source", "source"),
                            ("subject", "subject")):
            out.extend(_single(f"header/{field}", kind, getattr(h, field)))
        out.extend(_single("header/summary", "summary", doc.summary))
        out.extend(_single("header/action-required", "action-required",
                           doc.action_required))
        out.extend(_references("header/", doc.references))
        out.extend(self.blocks("body", doc.blocks))
        out.extend(self.sections("", doc.sections))
        for k, annex in enumerate(doc.annexes, 1):
            out.extend(self.annex(k, annex))
        out.extend(self.quotes())
        out.extend(self.outcomes())
        if doc.signature is not None:
            for field in ("role", "name", "country"):
                out.extend(_single(f"signature/{field}", "signature",
                                   getattr(doc.signature, field)))
        return out


def outline(doc: Document) -> list[Container]:
    """The containers of ``doc``, in reading order (quotes and outcomes last: the
    aligner shows each after its lead-in)."""
    return _Outliner(doc).outline()
