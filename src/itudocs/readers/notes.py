"""Footnotes, endnotes and comments of a .docx: kept apart from the running text."""

from __future__ import annotations

from itudocs.readers.blocks import RawComment
from itudocs.readers.package import Package
from itudocs.readers.runs import paragraph_contents
from itudocs.readers.wordml import (
    P,
    W,
)


class Notes:
    """Footnote and endnote texts, read on first use."""

    def __init__(self, pkg: Package) -> None:
        self._pkg = pkg
        self._texts: dict[str, dict[str, str]] = {}

    def text(self, kind: str, note_id: str) -> str:
        if kind not in self._texts:
            self._texts[kind] = self._load(kind)
        return self._texts[kind].get(note_id, "")

    def _load(self, kind: str) -> dict[str, str]:
        part = self._pkg.related(self._pkg.main_part, f"/{kind}s")
        if part is None:
            return {}
        out = {}
        for note in self._pkg.xml(part).iter(W + kind):
            if note.get(W + "type") in ("separator", "continuationSeparator",
                                        "continuationNotice"):
                continue
            paras = [paragraph_contents(p_, False).text.strip() for p_ in note.iter(P)]
            out[note.get(W + "id", "")] = "\n".join(t for t in paras if t)
        return out


def read_comments(pkg: Package) -> tuple[RawComment, ...]:
    """Each comment with its author, date and text; comments never enter the text."""
    part = pkg.related(pkg.main_part, "/comments")
    if part is None:
        return ()
    out = []
    for c in pkg.xml(part).iter(W + "comment"):
        paras = [paragraph_contents(p_, False).text.strip() for p_ in c.iter(P)]
        out.append(RawComment(id=c.get(W + "id", ""), author=c.get(W + "author"),
                              date=c.get(W + "date"), text="\n".join(t for t in paras if t)))
    return tuple(out)

