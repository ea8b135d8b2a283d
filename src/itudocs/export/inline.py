"""What the renderings put inside a block's text: hyperlinks around their span and note
markers at their anchor, as one ordered list of pieces (text, link start, link end,
note), so that Markdown and HTML write them the same way.

```pycon
>>> from itudocs.model import Block, Link, Note, DocxLoc
>>> b = Block("paragraph", None, "See the site.", DocxLoc("word/document.xml", 0),
...           notes=(Note("footnote", "1", "A note.", 12),),
...           links=(Link(4, 12, "https://example.org"),))
>>> [p[0] for p in pieces(b)]
['text', 'open', 'text', 'close', 'note', 'text']
>>> pieces(b)[2], pieces(b)[4][1].id
(('text', 'the site'), '1')

```
"""

from __future__ import annotations

from typing import Literal

from itudocs.model import Block, Note

Piece = (tuple[Literal["text", "open", "close"], str] | tuple[Literal["note"], Note])


def pieces(block: Block) -> list[Piece]:
    """The block's text cut at its links and notes; links that overlap an earlier one
    are left out (they cannot nest)."""
    text = block.text
    size = len(text)
    events: list[tuple[int, int, Piece]] = []  # position, order at the same place, piece
    last_end = -1
    for link in sorted(block.links, key=lambda lk: (lk.start, lk.end)):
        start, end = max(link.start, 0), min(link.end, size)
        if start >= end or start < last_end:
            continue
        last_end = end
        events.append((start, 2, ("open", link.url)))
        events.append((end, 0, ("close", link.url)))
    for note in block.notes:
        events.append((min(max(note.offset, 0), size), 1, ("note", note)))
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[Piece] = []
    cursor = 0
    for pos, _, piece in events:
        if pos > cursor:
            out.append(("text", text[cursor:pos]))
            cursor = pos
        out.append(piece)
    if cursor < size or not out:
        out.append(("text", text[cursor:]))
    return out


def note_key(note: Note) -> str:
    """A note's marker: ``fn1`` for footnote 1, ``en1`` for endnote 1."""
    return ("fn" if note.kind == "footnote" else "en") + note.id
