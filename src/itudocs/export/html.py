"""HTML rendering for notebooks: the header as a small table, the section tree with
numbers and titles, quotes set apart with their source, outcomes as lists, warnings
visible. Reads the model only; every text is escaped. The document's ``lang`` and
``dir`` are set (Arabic reads right to left), and a long document is cut after
:data:`MAX_BLOCKS` blocks with a count of what is not shown.

```pycon
>>> import itudocs
>>> html = itudocs.parse(itudocs.sample_path())._repr_html_()
>>> "C20/57-C" in html and "<blockquote" in html
True

```
"""

from __future__ import annotations

from html import escape

from itudocs.export import header_facts
from itudocs.export.inline import note_key, pieces
from itudocs.model import Block, Document, Note, Outcome, Quote, Section, Table

_STYLE = ("<style>.itudocs table{border-collapse:collapse}.itudocs td,.itudocs th"
          "{border:1px solid #ccc;padding:2px 6px;text-align:left}"
          ".itudocs blockquote{border-left:3px solid #999;margin:4px 0 4px 8px;"
          "padding-left:8px;color:#333}.itudocs .warn{color:#a00}"
          ".itudocs .num{font-weight:bold;margin-right:.4em}</style>")


#: blocks a notebook shows of a document before it says how many more there are
MAX_BLOCKS = 200
_RTL = {"ar"}


class _Budget:
    """How many blocks may still be shown, and what was held back."""

    def __init__(self, limit: int | None) -> None:
        self.left = limit
        self.hidden_blocks = 0
        self.hidden_sections = 0

    def take(self) -> bool:
        if self.left is None:
            return True
        if self.left > 0:
            self.left -= 1
            return True
        self.hidden_blocks += 1
        return False

    @property
    def spent(self) -> bool:
        return self.left is not None and self.left <= 0


def _e(text: str | None) -> str:
    return escape(text or "").replace("\n", "<br>")


def _n(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def document_html(doc: Document, *, limit: int | None = MAX_BLOCKS) -> str:
    """The document as HTML; ``limit`` blocks at most (``None``: all of them)."""
    h = doc.header
    if doc.language:
        direction = "rtl" if doc.language in _RTL else "ltr"
        attrs = f' lang="{doc.language}" dir="{direction}"'
    else:
        attrs = ' dir="auto"'
    budget = _Budget(limit)
    out = [_STYLE, f'<div class="itudocs"{attrs}>']
    if h.title:
        out.append(f"<h3>{_e(h.title)}</h3>")
    if h.subtitle:
        out.append(f"<p><b>{_e(h.subtitle)}</b></p>")
    cells = "".join(f"<tr><th>{k}</th><td>{_e(v)}</td></tr>" for k, v in header_facts(doc))
    if cells:
        out.append(f"<table>{cells}</table>")
    for label, value in (("Summary", doc.summary), ("Action required", doc.action_required)):
        if value:
            out.append(f"<p><b>{label}:</b> {_e(value)}</p>")
    if doc.references:
        items = "".join(f"<li>{_e(r.text)}</li>" for r in doc.references)
        out.append(f"<p><b>References:</b></p><ul>{items}</ul>")
    notes: list[Note] = []
    out.append(_blocks(doc.blocks, doc, budget, notes))
    out.extend(section_html(s, doc, budget, notes) for s in doc.sections)
    if budget.hidden_blocks or budget.hidden_sections:
        hidden = _n(budget.hidden_blocks, "more block")
        if budget.hidden_sections:
            hidden += f" in {_n(budget.hidden_sections, 'more section')}"
        out.append(f'<p class="more"><i>... {hidden} not shown (the first {limit} blocks '
                   "are); <code>doc.to_markdown()</code> or <code>itudocs.export.html."
                   "document_html(doc, limit=None)</code> gives them all</i></p>")
    if doc.signature:
        s = doc.signature
        out.append(f"<p><i>{_e(s.role)}<br>{_e(s.name)}"
                   + (f" ({_e(s.country)})" if s.country else "") + "</i></p>")
    out.append(_notes(notes))
    if doc.warnings:
        items = "".join(f"<li><code>{_e(w.code)}</code> {_e(w.message)}</li>"
                        for w in doc.warnings)
        out.append(f'<div class="warn"><b>Warnings</b><ul>{items}</ul></div>')
    out.append("</div>")
    return "".join(out)


def section_html(section: Section, doc: Document | None = None,
                 budget: _Budget | None = None, notes: list[Note] | None = None) -> str:
    budget = budget or _Budget(None)
    if budget.spent:  # nothing more is shown: count it all
        budget.hidden_sections += sum(1 for _ in section.iter_sections())
        budget.hidden_blocks += sum(len(s.blocks) for s in section.iter_sections())
        return ""
    level = min(section.level + 3, 6)
    num = f'<span class="num">{_e(section.number)}</span>' if section.number else ""
    title = (" " if num else "") + _e(section.title) if section.title else ""
    own = notes is None
    notes = [] if notes is None else notes
    out = [f"<h{level}>{num}{title}</h{level}>", _blocks(section.blocks, doc, budget, notes)]
    out.extend(section_html(child, doc, budget, notes) for child in section.children)
    if own:
        out.append(_notes(notes))
    return "".join(out)


_SAFE_SCHEMES = ("http://", "https://", "mailto:", "ftp://", "#")


def _inline(block: Block, notes: list[Note]) -> str:
    """The block's text, escaped, with its links as ``<a>`` (web, mail and in-document
    targets only) and its notes as numbered references to the notes at the end."""
    if not (block.links or block.notes):
        return _e(block.text)
    out = []
    for piece in pieces(block):
        if piece[0] == "text":
            out.append(_e(piece[1]))
        elif piece[0] == "open":
            safe = piece[1].lower().startswith(_SAFE_SCHEMES)
            out.append(f'<a href="{escape(piece[1])}">' if safe else "<span>")
        elif piece[0] == "close":
            safe = piece[1].lower().startswith(_SAFE_SCHEMES)
            out.append("</a>" if safe else "</span>")
        else:
            notes.append(piece[1])
            key = note_key(piece[1])
            out.append(f'<sup><a href="#{key}" id="ref-{key}">{_e(piece[1].id)}</a></sup>')
    return "".join(out)


def _notes(notes: list[Note]) -> str:
    if not notes:
        return ""
    items = "".join(f'<li id="{note_key(n)}" value="{_e(n.id)}">{_e(n.text)}</li>'
                    if n.id.isdigit() else f'<li id="{note_key(n)}">{_e(n.text)}</li>'
                    for n in notes)
    return f'<hr><ol class="notes">{items}</ol>'


def _table(table: Table, doc: Document | None, notes: list[Note]) -> str:
    rows = []
    for n, row in enumerate(table.rows):
        tag = "th" if n < table.header_rows else "td"
        cells = "".join(
            f"<{tag}" + (f' colspan="{c.colspan}"' if c.colspan > 1 else "")
            + (f' rowspan="{c.rowspan}"' if c.rowspan > 1 else "")
            + f">{_blocks(c.blocks, doc, _Budget(None), notes)}</{tag}>" for c in row.cells)
        rows.append(f"<tr>{cells}</tr>")
    return f"<table>{''.join(rows)}</table>"


def quote_html(quote: Quote) -> str:
    head = f"<p><i>{_e(quote.source)}</i></p>" if quote.source else ""
    paras = "".join(
        f'<p>{f"<span class=num>{_e(p.label)}</span>" if p.label else ""}{_e(p.text)}</p>'
        for p in quote.paragraphs)
    return f'<div class="itudocs">{_STYLE}{head}<blockquote>{paras}</blockquote></div>'


def outcome_html(outcome: Outcome) -> str:
    intro = f"<p>{_e(outcome.intro)}</p>" if outcome.intro else ""
    items = "".join(f"<li>{_e(b.text)}</li>" for b in outcome.bullets)
    where = f"<p><small>§ {_e(outcome.section)}</small></p>" if outcome.section else ""
    return f'<div class="itudocs">{where}{intro}<ul>{items}</ul></div>'


def _blocks(blocks: tuple[Block, ...], doc: Document | None, budget: _Budget,
            notes: list[Note]) -> str:
    sources = ({q.paragraphs[0].block_id: q.source for q in doc.quotes if q.paragraphs}
               if doc else {})
    out: list[str] = []
    open_list = open_quote = False
    for block in blocks:
        if not budget.take():
            continue
        if open_list and block.kind != "bullet":
            out.append("</ul>")
            open_list = False
        if open_quote and block.kind != "quote":
            out.append("</blockquote>")
            open_quote = False
        label = f'<span class="num">{_e(block.label)}</span>' if block.label else ""
        if block.kind == "bullet":
            if not open_list:
                out.append("<ul>")
                open_list = True
            out.append(f"<li>{_inline(block, notes)}</li>")
        elif block.kind == "quote":
            if not open_quote:
                source = sources.get(block.id)
                if source:
                    out.append(f"<p><i>{_e(source)}</i></p>")
                out.append("<blockquote>")
                open_quote = True
            out.append(f"<p>{label}{_inline(block, notes)}</p>")
        elif block.kind == "table" and block.table is not None:
            out.append(_table(block.table, doc, notes))
        else:
            out.append(f"<p>{label}{_inline(block, notes)}</p>")
    if open_list:
        out.append("</ul>")
    if open_quote:
        out.append("</blockquote>")
    return "".join(out)
