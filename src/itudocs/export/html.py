"""HTML rendering for notebooks: the header as a small table, the section tree with
numbers and titles, quotes set apart with their source, outcomes as lists, warnings
visible. Reads the model only; every text is escaped.

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
from itudocs.model import Block, Document, Outcome, Quote, Section

_STYLE = ("<style>.itudocs table{border-collapse:collapse}.itudocs td,.itudocs th"
          "{border:1px solid #ccc;padding:2px 6px;text-align:left}"
          ".itudocs blockquote{border-left:3px solid #999;margin:4px 0 4px 8px;"
          "padding-left:8px;color:#333}.itudocs .warn{color:#a00}"
          ".itudocs .num{font-weight:bold;margin-right:.4em}</style>")


def _e(text: str | None) -> str:
    return escape(text or "").replace("\n", "<br>")


def document_html(doc: Document) -> str:
    h = doc.header
    out = [_STYLE, '<div class="itudocs">']
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
    out.append(_blocks(doc.blocks, doc))
    out.extend(section_html(s, doc) for s in doc.sections)
    if doc.signature:
        s = doc.signature
        out.append(f"<p><i>{_e(s.role)}<br>{_e(s.name)}"
                   + (f" ({_e(s.country)})" if s.country else "") + "</i></p>")
    if doc.warnings:
        items = "".join(f"<li><code>{_e(w.code)}</code> {_e(w.message)}</li>"
                        for w in doc.warnings)
        out.append(f'<div class="warn"><b>Warnings</b><ul>{items}</ul></div>')
    out.append("</div>")
    return "".join(out)


def section_html(section: Section, doc: Document | None = None) -> str:
    level = min(section.level + 3, 6)
    title = f" {_e(section.title)}" if section.title else ""
    out = [f'<h{level}><span class="num">{_e(section.number)}</span>{title}</h{level}>',
           _blocks(section.blocks, doc)]
    out.extend(section_html(child, doc) for child in section.children)
    return "".join(out)


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


def _blocks(blocks: tuple[Block, ...], doc: Document | None) -> str:
    sources = ({q.paragraphs[0].block_id: q.source for q in doc.quotes if q.paragraphs}
               if doc else {})
    out: list[str] = []
    open_list = open_quote = False
    for block in blocks:
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
            out.append(f"<li>{_e(block.text)}</li>")
        elif block.kind == "quote":
            if not open_quote:
                source = sources.get(block.id)
                if source:
                    out.append(f"<p><i>{_e(source)}</i></p>")
                out.append("<blockquote>")
                open_quote = True
            out.append(f"<p>{label}{_e(block.text)}</p>")
        else:
            out.append(f"<p>{label}{_e(block.text)}</p>")
    if open_list:
        out.append("</ul>")
    if open_quote:
        out.append("</blockquote>")
    return "".join(out)
