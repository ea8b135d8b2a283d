"""Text renderings made from a Tika text by pure transformation (ITU-FORMAT.md section 10).

``web``  -- web-page text, as a browser's ``innerText`` gives it with the TAB it puts between
           table cells shown as " / ": TABs lost, the cells of one table row joined by
           " / ", a blank line between paragraphs.
``flat`` -- flattened text: every line glued to the next with no separator at all
           ("Document C18/77-E2 May 2018Original: English").

Both take the Tika text as ``tests/fixtures`` writes it (ITU-FORMAT.md section 5) and nothing
else: they read no Word file, so they model what a pipeline holding only that text sees.
"""

from __future__ import annotations

import re

# Tika's inline markers, which no web page shows: "[bookmark: dmeeting]", "[image: ]".
_MARKER = re.compile(r"\[(?:bookmark|image): [^\]]*\]")
# A hand-typed number at the start of a paragraph and the TAB after it: "1", "1.1", "2.",
# "1)", "a)", "iv)".
_NUMBER_TAB = re.compile(r"^(\d+(?:\.\d+)*\.?|\d+\)|[a-z]\)|[ivxlc]+\))\t")


def web_paragraph(line: str) -> str:
    """One Tika line as a web page shows it: Tika's markers and leading TABs gone, the TAB
    after a number removed ("1\\tIntroduction" -> "1Introduction"), any other TAB a space.
    """
    line = _MARKER.sub("", line).lstrip("\t")
    line = _NUMBER_TAB.sub(r"\1", line)
    return line.replace("\t", " ").strip()


def _blocks(lines: list[str]) -> list[tuple[list[str], bool]]:
    """The runs of non-empty lines, each with whether an empty line follows it."""
    blocks: list[tuple[list[str], bool]] = []
    run: list[str] = []
    for line in lines:
        if line == "":
            if run:
                blocks.append((run, True))
                run = []
        else:
            run.append(line)
    if run:
        blocks.append((run, False))
    return blocks


def _row(lines: list[str]) -> list[str]:
    """The paragraphs of one table row: a cell starts at each TAB-led line; empty cells are
    dropped; the last paragraph of a cell and the first of the next are joined by " / "."""
    cells: list[list[str]] = []
    for line in lines:
        if line.startswith("\t") or not cells:
            cells.append([])
        cells[-1].append(web_paragraph(line))
    out: list[str] = []
    for cell in cells:
        paragraphs = [p for p in cell if p]
        if not paragraphs:
            continue
        if out:
            out[-1] += " / " + paragraphs[0]
            out.extend(paragraphs[1:])
        else:
            out.extend(paragraphs)
    return out


def web(tika: str) -> str:
    """The web-page text of a Tika text.

    Tables are found as Tika writes them: a row is the part of a run of non-empty lines
    that starts at its first TAB-led line, provided an empty line closes the run (Tika
    ends every table row with one); each TAB-led line of the row starts a cell. In the run
    that ends the text (the body, which Tika writes without empty lines) a TAB-led line is
    an indented paragraph (a quote), not a cell. Every paragraph, in a cell or not, is
    followed by a blank line; empty paragraphs vanish.
    """
    paragraphs: list[str] = []
    for run, closed in _blocks(tika.splitlines()):
        first_cell = next((i for i, line in enumerate(run) if line.startswith("\t")), None)
        if not closed or first_cell is None:
            first_cell = len(run)
        paragraphs += (web_paragraph(line) for line in run[:first_cell])
        paragraphs += _row(run[first_cell:])
    return "".join(p + "\n\n" for p in paragraphs if p)


def flat(tika: str) -> str:
    """The Tika text with every line glued to the next, no separator (TABs kept)."""
    return "".join(tika.splitlines())
