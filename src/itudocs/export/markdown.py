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

from itudocs.export import header_facts
from itudocs.model import Block, Document, Section


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
    _blocks(doc.blocks, out, sources)
    for section in doc.sections:
        _section(section, out, sources)
    if doc.signature:
        s = doc.signature
        line = ", ".join(x for x in (s.role, s.name) if x)
        out += [f"*{line}*" + (f" ({s.country})" if s.country else ""), ""]
    if doc.warnings:
        out += ["---", "", *(f"> warning `{w.code}`: {w.message}" for w in doc.warnings), ""]
    return "\n".join(out)


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def section_markdown(section: Section) -> str:
    """One section and its sub-sections as Markdown."""
    out: list[str] = []
    _section(section, out, {})
    return "\n".join(out)


def _section(section: Section, out: list[str], sources: dict[str | None, str | None]) -> None:
    hashes = "#" * min(section.level + 1, 6)
    out += [f"{hashes} {section.number}" + (f" {section.title}" if section.title else ""), ""]
    _blocks(section.blocks, out, sources)
    for child in section.children:
        _section(child, out, sources)


_LIST_START = re.compile(r"^([0-9]+)([.)])(?=\s|$)")


def _escape(text: str) -> str:
    """Keep a leading "1)" or "1." from turning the line into a Markdown list."""
    return _LIST_START.sub(r"\1\\\2", text).replace("\n", "  \n")


def _blocks(blocks: tuple[Block, ...], out: list[str],
            sources: dict[str | None, str | None]) -> None:
    prev: str | None = None
    for block in blocks:
        if prev is not None and prev != block.kind and out and out[-1] != "":
            out.append("")
        text = _escape(block.text)
        if block.kind == "bullet":
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
