"""An alignment as an HTML table for notebooks: one column per language, one row per
unit. Each cell carries its language (``lang``) and direction: Arabic reads right to
left. A cell without counterpart is marked, a row placed by length shows its score,
and every text is escaped.

```pycon
>>> import itudocs
>>> docs = [itudocs.parse(itudocs.sample_path(lang)) for lang in ("en", "ar")]
>>> html = itudocs.align(docs)._repr_html_()
>>> '<td lang="ar" dir="rtl">' in html and "<th>ar</th>" in html
True

```
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

#: rows a notebook shows before it says how many more there are
MAX_ROWS = 300
_RTL = frozenset({"ar"})
_STYLE = ("<style>.itudocs-align table{border-collapse:collapse}.itudocs-align td,"
          ".itudocs-align th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}"
          ".itudocs-align td[dir=ltr],.itudocs-align th{text-align:left}"
          ".itudocs-align td[dir=rtl]{text-align:right}"
          ".itudocs-align .key{font-family:monospace;font-size:85%;white-space:nowrap}"
          ".itudocs-align .none{background:#fee;color:#a00}"
          ".itudocs-align .head td{font-weight:bold}</style>")


def _e(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def rows_html(rows: Sequence[dict[str, Any]], languages: Sequence[str], *,
              symbol: str | None = None, warnings: int = 0,
              limit: int | None = MAX_ROWS) -> str:
    """The rows as an HTML table; ``limit`` rows at most (``None``: all)."""
    complete = sum(all(row["texts"].get(lang) is not None for lang in languages)
                   for row in rows)
    title = f"{_e(symbol)}: " if symbol else ""
    out = [_STYLE, '<div class="itudocs-align">',
           f"<p><b>{title}{len(rows):,} rows</b>, {complete:,} in every language; "
           f"{warnings:,} warnings</p>", "<table><tr><th>key</th>",
           *(f"<th>{_e(lang)}</th>" for lang in languages), "</tr>"]
    shown = rows if limit is None else rows[:limit]
    for row in shown:
        head = ' class="head"' if row["kind"] in ("section-title", "title", "annex-title") \
            else ""
        score = "" if row["method"] == "structure" else f"<br>length {row['score']:.2f}"
        out.append(f'<tr{head}><td class="key">{_e(row["key"])}{score}</td>')
        for lang in languages:
            text = row["texts"].get(lang)
            direction = "rtl" if lang in _RTL else "ltr"
            if text is None:
                out.append(f'<td class="none" lang="{lang}" dir="{direction}">—</td>')
            else:
                out.append(f'<td lang="{lang}" dir="{direction}">{_e(text)}</td>')
        out.append("</tr>")
    out.append("</table>")
    if len(shown) < len(rows):
        out.append(f"<p><i>... {len(rows) - len(shown):,} more rows not shown (the first "
                   f"{len(shown):,} are); <code>alignment.to_html(limit=None)</code> gives "
                   "them all</i></p>")
    out.append("</div>")
    return "".join(out)
