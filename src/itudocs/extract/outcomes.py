"""Outcome lists: bullet lists that record results, grouped with their lead-in.

A run of bullets is an outcome list when its lead-in (the paragraph just before it)
or the title of the section it sits in (or of an enclosing one) speaks of outcomes,
results, conclusions or what a meeting highlighted or agreed, in the words of the
document's language table. Other bullet lists stay only in their section's blocks.
"""

from __future__ import annotations

from collections.abc import Sequence

from itudocs.extract.state import ParseState
from itudocs.grammar.patterns import words_re
from itudocs.model import Block, Bullet, Outcome, Section


def extract_outcomes(state: ParseState, loose: Sequence[Block]) -> list[Outcome]:
    vocab = words_re(state.lang.outcome_words)
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
            if (lead is not None and vocab.search(lead.text)) or titled:
                bullets = tuple(Bullet(text=b.text, loc=b.loc) for b in blocks[i:j])
                out.append(Outcome(section=number, intro=lead.text if lead else None,
                                   bullets=bullets, loc=lead.loc if lead else bullets[0].loc))
            i = j

    def walk(section: Section, titles: tuple[str, ...]) -> None:
        here = (*titles, section.title) if section.title else titles
        scan(section.blocks, section.number, here)
        for child in section.children:
            walk(child, here)

    scan(loose, None, ())
    for section in state.sections:
        walk(section, ())
    return out
