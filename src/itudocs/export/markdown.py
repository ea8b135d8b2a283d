"""Markdown rendering of a Document: headings with numbers, quotes as blockquotes
with their source, bullets as lists. Reads the model only.

```pycon
>>> import itudocs
>>> from itudocs.export.markdown import to_markdown
>>> md = to_markdown(itudocs.parse_text("1\\tIntroduction\\n1.1\\tThe Council met."))
>>> print(md.split("---")[0])  # then the warnings (no ITU header in this snippet)
## 1 Introduction
<BLANKLINE>
### 1.1
<BLANKLINE>
The Council met.
<BLANKLINE>
<BLANKLINE>

```
"""

from __future__ import annotations

import re
from html import escape

from itudocs.export import header_facts
from itudocs.export.inline import note_key, pieces
from itudocs.model import Block, Document, Note, Section, Table


def to_markdown(doc: Document) -> str:
    """``doc`` as Markdown: the header facts, the summary box, the sections with their
    blocks (quotes as block quotes, bullets and items as lists)."""
    out: list[str] = []
    h = doc.header
    if h.title:
        out += [f"# {h.title}", ""]
    if h.subtitle:
        out += [f"**{h.subtitle}**", ""]
    rows = header_facts(doc)
    if rows:
        out += ["| | |", "|---|---|", *(f"| {k} | {_cell(v)} |" for k, v in rows), ""]
    for label, value in (("Summary", doc.summary), ("Action required", doc.action_required)):
        if value:
            out += [f"**{label}:** {value}", ""]
    if doc.references:
        out += ["**References:**", "", *(f"- {r.text}" for r in doc.references), ""]
    sources = {q.paragraphs[0].block_id: q.source for q in doc.quotes if q.paragraphs}
    notes: list[Note] = []
    _blocks(doc.blocks, out, sources, notes)
    for section in doc.sections:
        _section(section, out, sources, notes)
    if doc.signature:
        s = doc.signature
        line = ", ".join(x for x in (s.role, s.name) if x)
        out += [f"*{line}*" + (f" ({s.country})" if s.country else ""), ""]
    if notes:  # footnotes and endnotes, as Markdown notes
        out += [f"[^{note_key(n)}]: " + n.text.replace("\n", "\n    ") for n in notes]
        out.append("")
    if doc.warnings:
        out += ["---", "", *(f"> warning `{w.code}`: {w.message}" for w in doc.warnings), ""]
    return "\n".join(out)


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def section_markdown(section: Section) -> str:
    """One section and its sub-sections as Markdown."""
    out: list[str] = []
    notes: list[Note] = []
    _section(section, out, {}, notes)
    if notes:
        out += [f"[^{note_key(n)}]: " + n.text.replace("\n", "\n    ") for n in notes] + [""]
    return "\n".join(out)


def _section(section: Section, out: list[str], sources: dict[str | None, str | None],
             notes: list[Note]) -> None:
    hashes = "#" * min(section.level + 1, 6)
    head = " ".join(x for x in (section.number, section.title) if x)
    out += [f"{hashes} {head}", ""]
    _blocks(section.blocks, out, sources, notes)
    for child in section.children:
        _section(child, out, sources, notes)


_LIST_START = re.compile(r"^([0-9]+)([.)])(?=\s|$)")


def _escape(text: str) -> str:
    """Keep a leading "1)" or "1." from turning the line into a Markdown list."""
    return _LIST_START.sub(r"\1\\\2", text).replace("\n", "  \n")


def _inline(block: Block, notes: list[Note]) -> str:
    """The block's text with its links as ``[text](url)`` and its notes as ``[^fn1]``."""
    if not (block.links or block.notes):
        return block.text
    parts = []
    for piece in pieces(block):
        if piece[0] == "text":
            parts.append(piece[1])
        elif piece[0] == "open":
            parts.append("[")
        elif piece[0] == "close":
            parts.append(f"]({_url(piece[1])})")
        else:
            notes.append(piece[1])
            parts.append(f"[^{note_key(piece[1])}]")
    return "".join(parts)


def _url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _table(table: Table, notes: list[Note]) -> list[str]:
    """A table in Markdown: a pipe table (its first row as the header), or an HTML table
    where a cell spans rows or columns or holds a table."""
    cells = [c for row in table.rows for c in row.cells]
    if not cells:
        return []
    width = max(sum(c.colspan for c in row.cells) for row in table.rows)
    if any(c.colspan > 1 or c.rowspan > 1 or any(b.kind == "table" for b in c.blocks)
           for c in cells) or any(sum(c.colspan for c in row.cells) != width
                                  for row in table.rows):
        return [_html_table(table, notes)]
    lines = []
    for n, row in enumerate(table.rows):
        texts = [_cell(" ".join(_inline(b, notes) for b in c.blocks)) for c in row.cells]
        lines.append("| " + " | ".join(texts) + " |")
        if n == 0:
            lines.append("|" + "---|" * width)
    return lines


def _html_table(table: Table, notes: list[Note]) -> str:
    rows = []
    for n, row in enumerate(table.rows):
        tag = "th" if n < table.header_rows else "td"
        cells = []
        for c in row.cells:
            span = (f' colspan="{c.colspan}"' if c.colspan > 1 else "") + \
                   (f' rowspan="{c.rowspan}"' if c.rowspan > 1 else "")
            inner = "<br>".join(_html_table(b.table, notes) if b.table is not None
                                else escape(_inline(b, notes)) for b in c.blocks)
            cells.append(f"<{tag}{span}>{inner}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


def _blocks(blocks: tuple[Block, ...], out: list[str],
            sources: dict[str | None, str | None], notes: list[Note]) -> None:
    prev: str | None = None
    for block in blocks:
        if prev is not None and prev != block.kind and out and out[-1] != "":
            out.append("")
        text = _escape(_inline(block, notes))
        if block.kind == "table" and block.table is not None:
            out += [*_table(block.table, notes), ""]
        elif block.kind == "bullet":
            out.append(f"- {text}")
        elif block.kind == "quote":
            if prev != "quote" and sources.get(block.id):
                out += [f"> *{sources[block.id]}:*", ">"]
            elif prev == "quote":
                out.append(">")
            label = f"{_escape(block.label)} " if block.label else ""
            out.append(f"> {label}{text}")
        elif block.kind == "item":
            out += [f"{_escape(block.label or '')} {text}", ""]
        else:
            out += [text, ""]
        prev = block.kind
    if out and out[-1] != "":
        out.append("")
