"""Explore the sample documents the way a notebook would: parse the six language
versions of the report and the real C20/57-C, look at the tables, and write the HTML a
notebook shows for one document.

Run: .venv/bin/python examples/explore.py [OUT.html]   (CI runs it; pandas optional)
"""

from __future__ import annotations

import sys
from pathlib import Path

import itudocs


def main(out: Path) -> None:
    docs = [itudocs.parse(itudocs.sample_path())]
    docs += [itudocs.parse(itudocs.sample_path(lang))
             for lang in ("en", "fr", "es", "zh", "ru", "ar")]
    for doc in docs:
        h = doc.header
        print(f"{h.symbol.text if h.symbol else '?':10} {doc.language}  "
              f"{len(list(doc.iter_sections())):2} sections  {len(doc.quotes)} quotes  "
              f"{sum(len(o.bullets) for o in doc.outcomes)} outcome bullets  "
              f"{len(doc.citations)} citations  {h.title}")

    rows = itudocs.table_rows(docs)
    print({name: len(table) for name, table in rows.items()})
    try:
        frames = itudocs.tables(docs)
    except ImportError:
        print("(pandas is not installed: pip install 'itudocs[pandas]' for DataFrames)")
    else:
        cites = frames["citations"]
        print(cites.groupby("instrument").size().sort_values(ascending=False).to_string())

    out.write_text(docs[0]._repr_html_(), encoding="utf-8")
    print(f"HTML of {docs[0].header.symbol.text if docs[0].header.symbol else '?'} -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("sample.html"))
