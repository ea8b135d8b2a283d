"""Undo the visual order that PDF text extractors leave in right-to-left lines.

pdftotext (poppler) writes an Arabic line in logical order wrapped in U+202B (RLE) ...
U+202C (PDF), but each left-to-right stretch inside it, wrapped in U+202A (LRE) ... U+202C,
comes in the order it is *displayed*: where digits follow Arabic letters they are Arabic
numbers (UAX #9, rule W2), and Arabic numbers with the neutrals between them are laid out
right to left, so "جنيف، 9-19 يونيو" comes out as "جنيف<LRE> 19-9 ،<PDF>يونيو" and
"الأصل: بالإنكليزية" as "الأصل<LRE> :<PDF>باإلنكليزية". The same extractors split the
lam-alef ligature the wrong way round: "الأصل" comes out as "األصل".

:func:`repair_line` puts such a line back in logical order:

- a left-to-right stretch with a Latin letter ("PL 1.5", "C20/57-A") keeps its core
  (first to last letter or digit) as it is; the neutrals around it are the right-to-left
  context's, so they are read from the right;
- a stretch without a Latin letter (digits and neutrals: " 19-9 ،", " )2009( 1306") is
  read from the right token by token, a number ("2020", "1.1", "1,000") being one token;
- "ا" + alef + "ل" (article then a split lam-alef: "األصل", "باإلنكليزية") becomes
  "ال" + alef, and a word-initial "لال" (li- + a split lam-alef: "لالتحاد") "للا"; neither
  sequence occurs in Arabic as written. A lam-alef inside a word ("إعالن") is left alone:
  telling it from a real "ال" needs a dictionary.

```pycon
>>> repair_line("\\u202bجنيف\\u202a 19-9 ،\\u202cيونيو \\u202a2020\\u202c\\u202c")
'جنيف، 9-19 يونيو 2020'
>>> repair_line("\\u202bاألصل\\u202a :\\u202cباإلنكليزية\\u202c")
'الأصل: بالإنكليزية'
>>> repair_line("\\u202b\\u202aPL 1.5\\u202c\\u202c")
'PL 1.5'

```
Lines without these marks are returned unchanged.
"""

from __future__ import annotations

import regex

_LRE, _RLE = "\u202a", "\u202b"
_RUN = regex.compile(r"\u202a([^\u202a-\u202c]*)\u202c")
_MARKS = regex.compile(r"[\u202a-\u202e]")
_LATIN = regex.compile(r"\p{Latin}")
# A Latin token ("C20/57-A", "Rev.1", "CWG-" broken at its hyphen), a number (digits,
# with . , : between digit groups: "1.1", "1,000", "10:30") or any other character.
_TOKEN = regex.compile(
    r"\p{Latin}[\p{L}\p{N}]*(?:[-/.][\p{L}\p{N}]+)*-?|\p{N}+(?:[.,:]\p{N}+)*|.", regex.DOTALL)
_WORD = regex.compile(r"[\p{L}\p{N}]")
_ALEF = "اأإآ"
_ARTICLE_SPLIT = regex.compile(f"ا([{_ALEF}])ل")
# A section number or list label alone: "1", "1.1", "a)", "أ)", "(1)"
_LABEL = regex.compile(r"\(?[\p{N}\p{L}]{1,3}(?:\.\p{N}{1,3}){0,4}[.)]?")
_LI_SPLIT = regex.compile(r"(?<![\p{L}\p{M}])لال")


def needs_repair(line: str) -> bool:
    """Whether ``line`` carries the embedding marks of an extractor's bidi output."""
    return _RLE in line or _LRE in line


def _units(run: str) -> list[str]:
    """The pieces of ``run`` that right-to-left order moves as wholes: each left-to-right
    island (a Latin token and what goes on it: "PL 1.5", "C19/40(Rev.1)-A",
    "C19/1، C19/35 + Add.1"), each number, each other character."""
    tokens = _TOKEN.findall(run)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if not _LATIN.match(tokens[i]):
            out.append(tokens[i])
            i += 1
            continue
        # An island goes on over neutrals to the next letter or number (UAX #9, N1),
        # but not over a ")" it did not open nor a "(" that opens nothing: those belong
        # to the right-to-left level (")C-2001( 482" is "482 (C-2001)" read from the
        # right).
        j, depth, end = i + 1, 0, i + 1
        while j < len(tokens):
            tok = tokens[j]
            if _WORD.match(tok):
                end = j + 1
            elif tok == "(":
                # a left-to-right "(" opens a word ("C19/40(Rev.1"); one before a space
                # is the right-to-left level's, seen from the other side
                if j + 1 == len(tokens) or not _WORD.match(tokens[j + 1]):
                    break
                depth += 1
            elif tok == ")":
                if depth == 0:
                    break
                depth -= 1
                end = j + 1
            j += 1
        # neutrals after the island's last word are the right-to-left level's
        out.append("".join(tokens[i:end]))
        i = end
    return out


def _logical(run: str) -> str:
    return "".join(reversed(_units(run)))


def _segments(line: str) -> list[str]:
    """``line`` cut into its top-level embeddings (U+202A/U+202B ... U+202C, nested ones
    inside) and the text between them."""
    out: list[str] = []
    depth, at = 0, 0
    for i, ch in enumerate(line):
        if ch in "\u202a\u202b\u202d\u202e":
            if depth == 0 and i > at:
                out.append(line[at:i])
                at = i
            depth += 1
        elif ch == "\u202c" and depth:
            depth -= 1
            if depth == 0:
                out.append(line[at:i + 1])
                at = i + 1
    if at < len(line):
        out.append(line[at:])
    return out


def repair_line(line: str) -> str:
    """``line`` in logical order, without the embedding marks (see the module doc).
    Where a line holds several right-to-left pieces side by side (the cells and column
    gaps of ``pdftotext -layout``), the rightmost comes first; a number or list label at
    the right end ("مقدمة" ... "1.1") is the start of its line, set apart by a TAB."""
    if not needs_repair(line):
        return line
    pieces = _segments(line)
    if sum(p.startswith(_RLE) for p in pieces) < 2:
        return _repair_piece(line)
    texts = [_repair_piece(p).strip() for p in reversed(pieces) if p.strip()]
    if len(texts) == 2 and _LABEL.fullmatch(texts[0]):
        # a numbered paragraph or heading: the gap was the width between the margin
        # and the text, a TAB says it
        return f"{texts[0]}\t{texts[1]}"
    # cells side by side (a header's, a table row's): from the right
    return "".join(_repair_piece(p) for p in reversed(pieces)).strip()


def _repair_piece(line: str) -> str:
    parts: list[str] = []
    at = 0
    for m in _RUN.finditer(line):
        before = line[at:m.start()]
        at = m.end()
        run = _logical(m.group(1))
        # A ")" the line puts just before a stretch closes after it: "(الوثيقة )" +
        # "C19/40(Rev.1)" is "(الوثيقة C19/40(Rev.1))".
        closing = len(before) - len(before.rstrip(")"))
        if closing:
            before, run = before[:-closing], run + ")" * closing
        parts.append(before)
        # Read from the right, a stretch brings its spaces along; where one meets a
        # space of the line it would double it.
        if run.startswith(" ") and _MARKS.sub("", "".join(parts)).endswith(" "):
            run = run[1:]
        parts.append(run)
    parts.append(line[at:])
    out = _MARKS.sub("", "".join(parts))
    out = _ARTICLE_SPLIT.sub(lambda m: "ال" + m.group(1), out)
    return str(_LI_SPLIT.sub("للا", out))
