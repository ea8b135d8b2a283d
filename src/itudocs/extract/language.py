"""Stage: which language a document is in: the symbol's letter first, the script of the
text otherwise; the two are checked against each other."""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import NamedTuple

import regex

from itudocs.grammar.patterns import meeting_re
from itudocs.grammar.symbols import SYMBOL_RE, normalise, unglue
from itudocs.lang import LANGUAGES, Language
from itudocs.languages import LETTERS
from itudocs.model import ParseWarning
from itudocs.readers.blocks import RawBlock

# Runs, not single letters: a count is the summed length of far fewer matches.
_SCRIPTS = {
    "zh": regex.compile(r"\p{Han}+"),
    "ru": regex.compile(r"\p{Cyrillic}+"),
    "ar": regex.compile(r"\p{Arabic}+"),
}
_LATIN = regex.compile(r"\p{Latin}+")
_OTHER_SCRIPT = regex.compile(r"[\p{Han}\p{Cyrillic}\p{Arabic}]")
_SAMPLE_BLOCKS = 400
_SAMPLE_CHARS = 4000


def symbol_letter(blocks: tuple[RawBlock, ...]) -> str | None:
    """The language code of the first symbol with a language letter in the first page."""
    for block in blocks[:60]:
        if block.text and len(block.text) < 120:
            m = SYMBOL_RE.search(normalise(block.text))
            if m and m.group("lang"):
                return LETTERS[m.group("lang")]
    # Text whose lines were lost: the symbol inside the first page's characters.
    first = next((b.text for b in blocks[:5] if b.text.strip()), "")
    if len(first) >= 120:
        m = SYMBOL_RE.search(normalise(unglue(first[:600])))
        if m and m.group("lang"):
            return LETTERS[m.group("lang")]
    return None


def script_language(blocks: tuple[RawBlock, ...]) -> str | None:
    """The language the text's script and labels point to, or ``None``."""
    sample = "\n".join(b.text for b in blocks[:_SAMPLE_BLOCKS] if b.text)[:_SAMPLE_CHARS]
    if not sample:
        return None
    # Most documents in a Latin script hold no Chinese, Cyrillic or Arabic letter at
    # all: one search says so, and the counting is skipped.
    if _OTHER_SCRIPT.search(sample):
        counts = {code: sum(map(len, p.findall(sample))) for code, p in _SCRIPTS.items()}
        best = max(counts, key=lambda c: counts[c])
        if counts[best] >= 10 and counts[best] > sum(map(len, _LATIN.findall(sample))) / 4:
            return best
    # Latin script: the language whose own words the first page uses most (labels
    # such as "Document" and "Original" are shared, so each match only adds a point).
    first_page = "\n".join(b.text for b in blocks[:80] if b.text)
    lower = first_page.lower()
    words = Counter(_WORD.findall(lower))
    scores = {code: _latin_score(LANGUAGES[code], first_page, lower, words)
              for code in _LATIN_CODES}
    best_latin = max(scores, key=lambda c: scores[c])
    if scores[best_latin] > 0 and list(scores.values()).count(scores[best_latin]) == 1:
        return best_latin
    return _by_frequent_words(Counter(_WORD.findall(sample.lower())))


_FREQUENT_MIN = 5  # occurrences: fewer say nothing
_FREQUENT_LEAD = 1.5  # the winner's count over the runner-up's
_FREQUENT_DISTINCT = 4  # different frequent words: "et" and "ut" alone are Latin too
_FREQUENT_SHARE = 0.08  # of all words: a language's frequent words are a fifth of its text


def _by_frequent_words(words: Counter[str]) -> str | None:
    """A body without labels: the language whose most frequent words it uses most,
    by a clear lead (a text in another Latin-script language gets None)."""
    counts = sorted(((sum(words[w] for w in LANGUAGES[code].frequent_words), code)
                     for code in _LATIN_CODES), reverse=True)
    (best, code), (second, _) = counts[0], counts[1]
    distinct = sum(1 for w in LANGUAGES[code].frequent_words if words[w])
    if best >= _FREQUENT_MIN and distinct >= _FREQUENT_DISTINCT \
            and best >= _FREQUENT_LEAD * second and best >= _FREQUENT_SHARE * sum(words.values()):
        return code
    return None


_LATIN_CODES = tuple(code for code in LANGUAGES if code not in _SCRIPTS)


def plain_language(blocks: tuple[RawBlock, ...]) -> str | None:
    """The language of a document that is not an ITU one (no header says it), by its
    frequent words with a lower bar than :func:`script_language` sets for a body
    without labels: short texts ("This is a document for testing ...") are common in
    such files, and a wrong guess cannot mislead the ITU fields here. Two frequent words
    of one language, each seen, at twice the count of any other language's."""
    sample = "\n".join(b.text for b in blocks[:_SAMPLE_BLOCKS] if b.text)[:_SAMPLE_CHARS]
    words = Counter(_WORD.findall(sample.lower()))
    counts = sorted(((sum(words[w] for w in LANGUAGES[code].frequent_words), code)
                     for code in _LATIN_CODES), reverse=True)
    (best, code), (second, _) = counts[0], counts[1]
    distinct = sum(1 for w in LANGUAGES[code].frequent_words if words[w])
    latin = sum(words[w] for w in _LATIN_WORDS)  # "et", "est", "in" are Latin too
    if best >= 3 and distinct >= 2 and best >= 2 * max(second, latin) \
            and best >= _FREQUENT_SHARE * sum(words.values()):
        return code
    return None


#: frequent words of Latin (and of its placeholder text, "Lorem ipsum dolor sit amet")
_LATIN_WORDS = ("ut", "sed", "non", "quis", "nisi", "enim", "eu", "nec", "vel", "ac",
                "dolor", "ipsum", "lorem", "amet", "sit", "aliqua", "magna", "quam")


_WORD = regex.compile(r"\p{L}+")


@cache
def _vocabulary(table: Language) -> tuple[frozenset[str], tuple[str, ...]]:
    """The table's own words (lower case): single words, and phrases of several."""
    entries = {w.lower() for w in (*table.language_names, *table.months, *table.summary_labels,
                                   *table.action_labels, *table.references_labels,
                                   *table.agenda_labels)}
    single = frozenset(w for w in entries if _WORD.fullmatch(w))
    return single, tuple(sorted(entries - single))


def _latin_score(table: Language, text: str, lower: str, words: Counter[str]) -> int:
    """How many of the table's own words the first page uses (one pass over its
    words, shared by every table; phrases counted by substring)."""
    single, phrases = _vocabulary(table)
    return (sum(n for w, n in words.items() if w in single)
            + sum(lower.count(p) for p in phrases) + len(meeting_re(table).findall(text)))


class Detected(NamedTuple):
    """The document's language (``None``: could not tell), the table the other
    stages read with (English when unknown), and a warning when the symbol's letter
    and the text disagree."""

    code: str | None
    table: Language
    warning: ParseWarning | None


def detect(blocks: tuple[RawBlock, ...]) -> Detected:
    """The language of ``blocks``: the symbol's letter first, else the text's.

    ```pycon
    >>> from itudocs.extract.language import detect
    >>> from itudocs.readers.tika import read_text
    >>> detect(read_text("Document C20/57-R\\nСовет 2020").blocks).code
    'ru'

    ```
    """
    by_symbol = symbol_letter(blocks)
    by_text = script_language(blocks)
    warning = None
    if by_symbol and by_text and by_symbol != by_text:
        warning = ParseWarning(code="language-mismatch",
                               message=f"the symbol says the document is in {by_symbol!r} "
                               f"but its text looks {by_text!r}")
    code = by_symbol or by_text
    return Detected(code, LANGUAGES.get(code or "") or LANGUAGES["en"], warning)
