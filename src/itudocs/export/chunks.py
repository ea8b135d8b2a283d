"""Section-aware chunks for search indexes and retrieval pipelines.

:func:`chunks` cuts a Document into pieces of at most ``max_chars`` characters that
follow its structure rather than a character count:

- a chunk never runs over from one top-level section (or the text before the first
  section, or an annex) into the next;
- inside one, whole sub-sections, whole quotes (the paragraph that introduces them and
  their paragraphs) and whole outcome lists (lead-in and bullets) go together into a
  chunk where they fit, and start a new chunk rather than be cut where they fit in one;
- a block (a paragraph, an item, a bullet, a quote paragraph, a table) is never cut
  unless it alone is longer than ``max_chars``; then it is cut between sentences (a
  table between rows first), never inside a citation or a link
  (:mod:`itudocs.grammar.sentences`). A single sentence longer than ``max_chars``
  makes a chunk of its own, marked ``oversize``.

The blocks of a chunk are joined by a blank line. Every block's text is in exactly one
chunk (with ``overlap=0``): the ``spans`` of the chunks, read in order, give each
block's text back. Lengths are counted in characters (code points) in every language.

Each chunk carries ``metadata``: the document (``doc``: its SHA-256; ``source``,
``symbol``, ``language``, ``kind``, ``meeting``, ``date``, ``title``), where the chunk
lies (``section``: the number of the deepest section holding all of it,
``section_path``: the headings down to that section, ``sections``: each section the
chunk has text of, ``annex``), ``quote_source`` where the chunk lies in one quote,
``outcome_lead_in`` where it lies in one outcome list, and ``instruments``: the ids of
the instruments cited (and quoted) in it. Chunk ids are a hash of the document's bytes
and of the spans, so the same file gives the same ids on every run.

```pycon
>>> import itudocs
>>> doc = itudocs.parse(itudocs.sample_path())
>>> parts = list(doc.chunks(max_chars=300))
>>> len(parts), max(len(c.text) for c in parts)
(8, 291)
>>> parts[1].metadata["section_path"], parts[1].metadata["quote_source"]
(['1 引言', '1.1'], '第179号决议（2010年，瓜达拉哈拉）')
>>> [c.metadata["sections"] for c in parts[2:5]]
[['2.1'], ['3.1', '3.2'], ['4.1']]

```
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from itudocs.grammar.sentences import sentence_spans
from itudocs.model import Block, Document, Loc, Section

#: what joins the blocks of one chunk
SEPARATOR = "\n\n"
DEFAULT_MAX_CHARS = 2000


@attrs.frozen
class ChunkSpan:
    """The part ``[start, end)`` of one block's text that a chunk holds: the whole
    text (``0, len(text)``) unless the block was too long for one chunk."""

    block_id: str | None
    start: int
    end: int
    loc: Loc


@attrs.frozen
class Chunk:
    """A piece of a document for a search index: its ``text``, its ``metadata`` (a
    JSON-ready dict, see :mod:`itudocs.export.chunks`), and the locations of its first
    and last block. ``overlap`` is how many characters at the start of ``text`` repeat
    the end of the chunk before (with ``overlap=`` given to :func:`chunks`);
    ``oversize`` says the chunk is one sentence longer than ``max_chars``."""

    id: str
    index: int
    text: str
    metadata: dict[str, Any] = attrs.field(hash=False)
    first_loc: Loc
    last_loc: Loc
    spans: tuple[ChunkSpan, ...]
    overlap: int = 0
    oversize: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The chunk as one JSON-ready dict (a line of ``itudocs chunks``)."""
        return {
            "id": self.id, "index": self.index, "text": self.text,
            "metadata": self.metadata, "first_location": attrs.asdict(self.first_loc),
            "last_location": attrs.asdict(self.last_loc),
            "spans": [{"block": s.block_id, "start": s.start, "end": s.end}
                      for s in self.spans],
            "overlap": self.overlap, "oversize": self.oversize,
        }


# --- the tree of what goes together -------------------------------------------------


@attrs.frozen(eq=False)
class _Leaf:
    """One block, with the sections it lies in (from the top) and its quote or
    outcome."""

    block: Block
    path: tuple[Section, ...]
    annex: str | None
    group: tuple[str, int] | None

    @property
    def size(self) -> int:
        return len(self.block.text)


@attrs.frozen(eq=False)
class _Group:
    """Blocks that go together where they fit: a section, a quote, an outcome list."""

    children: tuple[_Group | _Leaf, ...]
    size: int

    def leaves(self) -> Iterator[_Leaf]:
        for child in self.children:
            if isinstance(child, _Leaf):
                yield child
            else:
                yield from child.leaves()


def _group(children: Sequence[_Group | _Leaf]) -> _Group:
    leaves = [leaf for c in children
              for leaf in ((c,) if isinstance(c, _Leaf) else tuple(c.leaves()))]
    size = sum(leaf.size for leaf in leaves) + len(SEPARATOR) * max(len(leaves) - 1, 0)
    return _Group(tuple(children), size)


def _roots(doc: Document) -> list[_Group]:
    """The parts no chunk runs across: the text before the first section, each
    top-level section, and each annex's text and top-level sections."""
    groups: dict[str | None, tuple[str, int]] = {}
    for i, q in enumerate(doc.quotes):
        for block_id in (q.intro_block_id, *(p.block_id for p in q.paragraphs)):
            if block_id is not None:
                groups.setdefault(block_id, ("quote", i))
    for i, o in enumerate(doc.outcomes):
        for block_id in (o.intro_block_id, *(b.block_id for b in o.bullets)):
            if block_id is not None:
                groups.setdefault(block_id, ("outcome", i))

    def blocks(items: Sequence[Block], path: tuple[Section, ...],
               annex: str | None) -> list[_Group | _Leaf]:
        out: list[_Group | _Leaf] = []
        run: list[_Leaf] = []
        for block in items:
            if not block.text:
                continue  # nothing to find: an empty paragraph makes no chunk
            leaf = _Leaf(block, path, annex, groups.get(block.id))
            if run and (leaf.group is None or leaf.group != run[-1].group):
                out.append(_group(run) if len(run) > 1 else run[0])
                run = []
            if leaf.group is None:
                out.append(leaf)
            else:
                run.append(leaf)
        if run:
            out.append(_group(run) if len(run) > 1 else run[0])
        return out

    def section(s: Section, path: tuple[Section, ...], annex: str | None) -> _Group:
        here = (*path, s)
        return _group([*blocks(s.blocks, here, annex),
                       *(section(c, here, annex) for c in s.children)])

    roots = [_group(blocks(doc.blocks, (), None))]
    roots += [section(s, (), None) for s in doc.sections]
    for annex in doc.annexes:
        roots.append(_group(blocks(annex.blocks, (), annex.label)))
        roots += [section(s, (), annex.label) for s in annex.sections]
    return [r for r in roots if r.size]


# --- packing ------------------------------------------------------------------------


@attrs.define
class _Piece:
    leaf: _Leaf
    start: int
    end: int


class _Packer:
    """Fills chunks of at most ``budget`` characters, keeping groups whole where they
    fit in one chunk and cutting blocks only where one alone does not fit."""

    def __init__(self, budget: int, language: str | None,
                 protected: dict[str, list[tuple[int, int]]]) -> None:
        self.budget = budget
        self.language = language
        self.protected = protected
        self.current: list[_Piece] = []
        self.size = 0
        self.done: list[list[_Piece]] = []

    def flush(self) -> None:
        if self.current:
            self.done.append(self.current)
        self.current = []
        self.size = 0

    def _cost(self, leaf: _Leaf, start: int, end: int) -> int:
        last = self.current[-1] if self.current else None
        if last is not None and last.leaf is leaf and last.end == start:
            return end - start
        return end - start + (len(SEPARATOR) if self.current else 0)

    def _add(self, leaf: _Leaf, start: int, end: int) -> None:
        self.size += self._cost(leaf, start, end)
        last = self.current[-1] if self.current else None
        if last is not None and last.leaf is leaf and last.end == start:
            last.end = end
        else:
            self.current.append(_Piece(leaf, start, end))

    def place(self, node: _Group | _Leaf) -> None:
        gap = len(SEPARATOR) if self.current else 0
        if self.size + gap + node.size <= self.budget or node.size <= self.budget:
            if self.size + gap + node.size > self.budget:
                self.flush()
            for leaf in (node,) if isinstance(node, _Leaf) else node.leaves():
                self._add(leaf, 0, leaf.size)
        elif isinstance(node, _Group):
            for child in node.children:
                self.place(child)
        else:
            for start, end in self._cuts(node):
                if self.size + self._cost(node, start, end) > self.budget:
                    self.flush()
                self._add(node, start, end)

    def _cuts(self, leaf: _Leaf) -> list[tuple[int, int]]:
        """Where a block too long for one chunk may be cut: between sentences (between
        a table's rows first), never inside a citation or a link."""
        block = leaf.block
        guarded = [*self.protected.get(block.id or "", ()),
                   *((k.start, k.end) for k in block.links),
                   *((k.start, k.end) for k in block.spans)]
        text = block.text
        lines = [(0, len(text))]
        if block.kind == "table":
            lines, start = [], 0
            for row in text.splitlines(keepends=True):
                lines.append((start, start + len(row)))
                start += len(row)
        out: list[tuple[int, int]] = []
        for a, b in lines:
            if b - a <= self.budget:
                out.append((a, b))
                continue
            inner = [(s - a, e - a) for s, e in guarded if s < b and e > a]
            out += [(a + s, a + e)
                    for s, e in sentence_spans(text[a:b], self.language, inner)]
        return out


# --- the chunks ---------------------------------------------------------------------


def chunks(doc: Document, max_chars: int = DEFAULT_MAX_CHARS,
           overlap: int = 0) -> Iterator[Chunk]:
    """The chunks of ``doc``, in document order (see :mod:`itudocs.export.chunks`).

    ``max_chars`` bounds each chunk's text (a single sentence longer than that is one
    chunk, ``oversize``). ``overlap`` (at most half of ``max_chars``) repeats up to that
    many characters of the end of the chunk before (whole sentences where they fit)
    at the start of the next one in the same top-level section; the text of each
    chunk, overlap included, still stays within ``max_chars``."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be 1 or more, not {max_chars}")
    if overlap < 0 or overlap * 2 > max_chars:
        raise ValueError(f"overlap must be between 0 and max_chars / 2, not {overlap}")
    protected: dict[str, list[tuple[int, int]]] = {}
    instruments: dict[str, list[tuple[int, int, str]]] = {}
    for c in doc.citations:
        if c.block_id is not None:
            protected.setdefault(c.block_id, []).append((c.start, c.end))
            instruments.setdefault(c.block_id, []).append((c.start, c.end, c.instrument.id))
    base = _document_metadata(doc)
    index = 0
    for root in _roots(doc):
        packer = _Packer(max_chars - overlap, doc.language, protected)
        packer.place(root)
        packer.flush()
        previous: tuple[str, _Piece] | None = None
        for pieces in packer.done:
            body = SEPARATOR.join(p.leaf.block.text[p.start:p.end] for p in pieces)
            prefix = ""
            if previous is not None and overlap:
                prefix = _overlap_prefix(previous, pieces[0], overlap, max_chars - len(body),
                                         doc.language)
            text = prefix + body
            spans = tuple(ChunkSpan(p.leaf.block.id, p.start, p.end, p.leaf.block.loc)
                          for p in pieces)
            yield Chunk(
                id=_chunk_id(doc, spans, len(prefix)), index=index, text=text,
                metadata={**base, **_where(doc, pieces, instruments)},
                first_loc=spans[0].loc, last_loc=spans[-1].loc, spans=spans,
                overlap=len(prefix), oversize=len(text) > max_chars)
            index += 1
            previous = (body, pieces[-1])


def _overlap_prefix(previous: tuple[str, _Piece], first: _Piece, overlap: int,
                    room: int, language: str | None) -> str:
    """The end of the chunk before to repeat: the last whole sentences that fit in
    ``overlap`` (and in the ``room`` left), else the last words, with the separator
    when the two chunks do not continue one block."""
    body, last = previous
    joined = last.leaf is first.leaf and last.end == first.start
    sep = "" if joined else SEPARATOR
    limit = min(overlap, room) - len(sep)
    if limit <= 0:
        return ""
    starts = {s for s, _ in sentence_spans(body, language)}
    at = body.find(SEPARATOR)
    while at >= 0:  # a block's start is a sentence's start too
        starts.add(at + len(SEPARATOR))
        at = body.find(SEPARATOR, at + 1)
    fitting = [s for s in starts if len(body) - s <= limit]
    tail = body[min(fitting):] if fitting else ""
    if not tail:
        cut = body[len(body) - limit:]
        space = next((i for i, ch in enumerate(cut) if ch.isspace()), None)
        tail = cut[space + 1:] if space is not None else cut
    tail = tail.lstrip()
    return tail + sep if tail else ""


def _chunk_id(doc: Document, spans: tuple[ChunkSpan, ...], overlap: int) -> str:
    key = "|".join([doc.source.sha256, str(overlap),
                    *(f"{s.block_id or _loc_key(s.loc)}:{s.start}-{s.end}" for s in spans)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _loc_key(loc: Loc) -> str:
    return ",".join(str(v) for v in attrs.astuple(loc))


def _document_metadata(doc: Document) -> dict[str, Any]:
    h = doc.header
    return {
        "doc": doc.source.sha256, "source": doc.source.name,
        "symbol": h.symbol.text if h.symbol else None, "language": doc.language,
        "kind": doc.kind, "meeting": h.meeting,
        "date": h.date.isoformat() if h.date else None, "title": h.title,
    }


def _heading(section: Section) -> str:
    return " ".join(x for x in (section.number, section.title) if x)


def _where(doc: Document, pieces: list[_Piece],
           instruments: dict[str, list[tuple[int, int, str]]]) -> dict[str, Any]:
    """Where the chunk lies and what it cites."""
    path = list(pieces[0].leaf.path)
    for p in pieces[1:]:
        n = 0
        while n < min(len(path), len(p.leaf.path)) and path[n] is p.leaf.path[n]:
            n += 1
        del path[n:]
    sections: list[str] = []
    for p in pieces:
        deepest = p.leaf.path[-1] if p.leaf.path else None
        name = deepest and (deepest.number or deepest.title)
        if name and name not in sections:
            sections.append(name)
    cited: list[str] = []
    for p in pieces:
        for start, end, ref in instruments.get(p.leaf.block.id or "", ()):
            if p.start <= start and end <= p.end and ref not in cited:
                cited.append(ref)
        if p.leaf.group and p.leaf.group[0] == "quote" and p.leaf.block.kind == "quote":
            quoted = doc.quotes[p.leaf.group[1]].instrument
            if quoted is not None and quoted.id not in cited:
                cited.append(quoted.id)
    groups = {p.leaf.group for p in pieces}
    one = groups.pop() if len(groups) == 1 else None
    return {
        "section": path[-1].number if path else None,
        "section_path": [_heading(s) for s in path],
        "sections": sections,
        "annex": pieces[0].leaf.annex,
        "quote_source": doc.quotes[one[1]].source if one and one[0] == "quote" else None,
        "outcome_lead_in": doc.outcomes[one[1]].intro if one and one[0] == "outcome"
        else None,
        "instruments": cited,
    }
