"""Stage: outcome lists — bullet lists that record results, grouped with their lead-in.

A run of bullets is an outcome list when its lead-in (the paragraph just before it,
ending with a colon or one short sentence) or the title of the section it sits in (or
of an enclosing one) speaks of outcomes, results, conclusions or what a meeting
highlighted or agreed, in the words of the document's language table (Russian
inflects: its words are stems). Other bullet lists stay only in their section's blocks.
The stage reads the finished tree and claims nothing: every bullet is already a
block of its section.

```pycon
>>> from itudocs.extract import outcomes
>>> from itudocs.lang import LANGUAGES
>>> from itudocs.model import Block, DocxLoc
>>> loc = DocxLoc(part="word/document.xml", paragraph=0)
>>> blocks = (Block("paragraph", None, "The main results were:", loc, "p1"),
...           Block("bullet", "•", "a plan", loc, "p2"))
>>> [(o.intro, o.bullets[0].text, o.bullets[0].block_id) for o in
...  outcomes.find((), blocks, LANGUAGES["en"])]
[('The main results were:', 'a plan', 'p2')]

```
"""

from __future__ import annotations

from collections.abc import Sequence

from itudocs.grammar.patterns import words_re
from itudocs.lang import Language
from itudocs.model import Block, Bullet, Outcome, Section

_LEAD_MAX = 250  # characters: a lead-in without a colon is one short sentence
_COLON_END = ":："


def _introduces(text: str) -> bool:
    """A lead-in introduces the list: it ends with a colon ("The main outcomes
    include:"), or it is one short sentence right before it; a word such as "results"
    inside a long paragraph does not make one."""
    text = text.rstrip()
    if text[-1:] in _COLON_END:
        return True
    return len(text) <= _LEAD_MAX and "\n" not in text and text.count(". ") == 0


def find(sections: Sequence[Section], loose: Sequence[Block],
         lang: Language) -> tuple[Outcome, ...]:
    """The outcome lists of the document-level blocks ``loose``, then of every
    section, in document order."""
    vocab = words_re(lang.outcome_words)
    out: list[Outcome] = []

    def scan(blocks: Sequence[Block], number: str | None, titles: tuple[str, ...]) -> None:
        titled = any(vocab.search(t) for t in titles[-1:])
        i = 0
        while i < len(blocks):
            if blocks[i].kind != "bullet":
                i += 1
                continue
            j = i
            while j < len(blocks) and blocks[j].kind == "bullet":
                j += 1
            lead = blocks[i - 1] if i > 0 and blocks[i - 1].kind != "quote" else None
            if (lead is not None and _introduces(lead.text) and vocab.search(lead.text)) \
                    or titled:
                bullets = tuple(Bullet(text=b.text, loc=b.loc, block_id=b.id)
                                for b in blocks[i:j])
                out.append(Outcome(section=number, intro=lead.text if lead else None,
                                   bullets=bullets, loc=lead.loc if lead else bullets[0].loc,
                                   intro_block_id=lead.id if lead else None))
            i = j

    def walk(section: Section, titles: tuple[str, ...]) -> None:
        here = (*titles, section.title) if section.title else titles
        scan(section.blocks, section.number, here)
        for child in section.children:
            walk(child, here)

    scan(loose, None, ())
    for section in sections:
        walk(section, ())
    return tuple(out)
