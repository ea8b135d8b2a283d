"""Document symbols: ``C20/57-E``, ``C17/130(Rev.1)-E``, ``CWG-COP-14/3-E`` ...

The grammar (ITU-FORMAT.md §1, §8)::

    series   C | CWG-<NAME>[-<NAME>] | WG-<Name>
    session  two digits after C (C20 = 2020), or a working group's meeting: -NN, " NN"
             or /NN/ (``CWG-WSIS-27/8``, ``WG-Internet 10/9``, ``WG-CP/1/16``)
    number   [DT/ | DL/ | INF/ | ADM/ | PL/] digits (the prefix is the ``doc_type``)
    suffix   (Rev.N) | (Add.N) | (Corr.N), with or without spaces, before or after
             the language letter
    language -E -F -S -C -R -A

Example:

```pycon
>>> from itudocs.grammar.symbols import parse_symbol
>>> s = parse_symbol("C17/130(Rev.1)-E")
>>> (s.series, s.session_year, s.number, s.revision, s.language)
('C', 2017, '130', 1, 'en')
>>> s = parse_symbol("CWG-WSIS-27/8-E")
>>> (s.series, s.group_meeting, s.number)
('CWG-WSIS', 27, '8')
>>> parse_symbol("C19/DT/2(Rev.3)").doc_type
'DT'

```
"""

from __future__ import annotations

import attrs
import regex

from itudocs.languages import LETTER_OF, LETTERS
from itudocs.model import Symbol

# Cyrillic and full-width look-alikes that real documents print inside symbols.
_LOOKALIKES = str.maketrans(
    "СЕАРТОМНКВХсеаро－／（）．",
    "CEAPTOMHKBXceapo-/().",
)

_SUFFIX = r"(?:Rev|Add|Corr)\.?\s?[0-9]{1,2}"
SYMBOL_RE = regex.compile(
    r"""
    (?<![\w/-])
    (?P<series>C(?=(?:19|20)?[0-9]{2}/)|CWG-[A-Z]{2,12}(?:-[A-Z]{2,12})?|WG-[A-Za-z]{2,12})
    (?:(?P<yy>(?<=^C|[^\w-]C)(?:19|20)?[0-9]{2})|(?P<sep>[-\s])(?P<meet>[0-9]{1,3})(?=/))?
    /
    (?P<number>(?:(?:DT|DL|INF|ADM|PL)/)?[0-9]{1,4}(?:/[0-9]{1,4})?)
    (?:\s?\((?P<s1>"""
    + _SUFFIX
    + r""")\)){0,3}
    (?:-(?P<lang>["""
    + "".join(LETTERS)
    + r"""])(?![\w]))?
    (?:\s(?P<s2>"""
    + _SUFFIX
    + r"""))?
    (?![\w/])
    # no part of a longer name: "C20/57-E/3", "CWG-COP-14/3-E/2", "C20/57-EN", nor the
    # part before a suffix of its own ("C20/57" of "C20/57(Rev.1)-E/3")
    (?!-[\w-]{0,16}/|-[A-Za-z]{2})
    (?(lang)|(?!\s?\((?:Rev|Add|Corr)\.?\s?[0-9]))
    """,
    regex.VERBOSE,
)
_SUFFIX_PARTS = regex.compile(r"(Rev|Add|Corr)\.?\s?([0-9]{1,2})")


def normalise(text: str) -> str:
    """Replace look-alike characters (Cyrillic С, full-width ／) with ASCII ones."""
    return text.translate(_LOOKALIKES)


def parse_symbol(text: str) -> Symbol | None:
    """Parse a whole symbol; ``None`` when ``text`` is not one."""
    m = SYMBOL_RE.fullmatch(normalise(text.strip()))
    return _from_match(m) if m else None


def find_symbol(text: str) -> tuple[Symbol, int, int] | None:
    """The first symbol inside ``text`` with its span, or ``None``."""
    m = SYMBOL_RE.search(normalise(text))
    return (_from_match(m), m.start(), m.end()) if m else None


def find_symbols(text: str) -> list[tuple[Symbol, int, int]]:
    """Every symbol inside ``text`` with its span (look-alike characters folded; the
    text's length is unchanged, so spans index ``text`` itself)."""
    return [(_from_match(m), m.start(), m.end()) for m in SYMBOL_RE.finditer(normalise(text))]


def _from_match(m: regex.Match[str]) -> Symbol:
    series = m.group("series")
    yy = m.group("yy")
    meeting = m.group("meet")
    number = m.group("number")
    doc_type = None
    if not meeting and series != "C" and "/" in number and number[0].isdigit():
        meeting, number = number.split("/", 1)  # WG-CP/1/16: meeting 1, document 16
    elif not number[0].isdigit():
        doc_type = number.split("/", 1)[0]  # C19/DT/2: a temporary document
    fields: dict[str, int] = {}
    for suffix in (*m.captures("s1"), m.group("s2")):
        if suffix:
            m2 = _SUFFIX_PARTS.match(suffix)
            assert m2 is not None  # the symbol pattern matched this suffix already
            kind, n = m2.groups()
            fields[{"Rev": "revision", "Add": "addendum", "Corr": "corrigendum"}[kind]] = int(n)
    letter = m.group("lang")
    return Symbol(
        text=m.group(0),
        series=series,
        session_year=_session_year(yy) if yy else None,
        number=number,
        language=LETTERS[letter] if letter else None,
        group_meeting=int(meeting) if meeting else None,
        doc_type=doc_type,
        **fields,
    )


def _session_year(digits: str) -> int:
    """C20 -> 2020, C99 -> 1999, C2001 -> 2001."""
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    return 1900 + yy if yy >= 90 else 2000 + yy


def format_symbol(symbol: Symbol) -> str:
    """Write ``symbol`` in the canonical form (``C17/130(Rev.1)-E``, ``CWG-WSIS-27/8-E``,
    ``WG-Internet 10/9``)."""
    head = symbol.series
    if symbol.session_year is not None:
        head += f"{symbol.session_year % 100:02d}"
    if symbol.group_meeting is not None:
        head += ("-" if head.startswith("CWG-") else " ") + str(symbol.group_meeting)
    out = f"{head}/{symbol.number}"
    for kind, value in (("Rev", symbol.revision), ("Add", symbol.addendum),
                        ("Corr", symbol.corrigendum)):
        if value is not None:
            out += f"({kind}.{value})"
    if symbol.language is not None:
        out += "-" + LETTER_OF[symbol.language]
    return out


def amend(symbol: Symbol, kind: str, number: int) -> Symbol:
    """``symbol`` as its revision, addendum or corrigendum ``number`` (``kind``), its
    text printed canonically ("Revision 1 to Document C17/130-E" -> ``C17/130(Rev.1)-E``).

    ```pycon
    >>> amend(parse_symbol("C19/35"), "addendum", 1).text
    'C19/35(Add.1)'

    ```
    """
    amended = Symbol(text=symbol.text, series=symbol.series, session_year=symbol.session_year,
                     number=symbol.number, language=symbol.language,
                     group_meeting=symbol.group_meeting, doc_type=symbol.doc_type,
                     revision=number if kind == "revision" else symbol.revision,
                     addendum=number if kind == "addendum" else symbol.addendum,
                     corrigendum=number if kind == "corrigendum" else symbol.corrigendum)
    return Symbol(**{**attrs.asdict(amended, recurse=False), "text": format_symbol(amended)})


# A symbol's language letter glued to the text after it ("C19/111-E11 June 2019",
# "C19/111-C第1次修订版", as flattened text prints it): a space is put back before a
# digit, a letter of another script or a suffix ("-ERev. 1"); another Latin letter may
# be the symbol's own.
# A symbol with no language letter glued to a capitalised word ("C17/DT/3English only",
# "WG-COP/13Date: ...") gets its space back too: no symbol goes on with a word.
_GLUED_LETTER = regex.compile(
    r"(/[0-9]{1,4}(?:\([A-Za-z]{2,4}\.?\s?[0-9]{1,2}\))*-[EFSCRA])"
    r"(?=[0-9\p{Han}\p{Arabic}\p{Cyrillic}]|(?:Rev|Add|Corr)\.?\s?[0-9])"
    r"|(/[0-9]{1,4}(?:\([A-Za-z]{2,4}\.?\s?[0-9]{1,2}\))*)(?=\p{Lu}\p{Ll})")


def unglue(text: str) -> str:
    """``text`` with a space between a symbol's language letter and a digit, or a
    Chinese, Arabic or Cyrillic letter, glued to it.

    ```pycon
    >>> unglue("Document C19/111-E11 June 2019")
    'Document C19/111-E 11 June 2019'
    >>> unglue("文件 C19/111-C第1次修订版")
    '文件 C19/111-C 第1次修订版'
    >>> unglue("Document CWG-WSIS-32/16-ERev. 1")
    'Document CWG-WSIS-32/16-E Rev. 1'
    >>> unglue("Document C17/DT/3English only")
    'Document C17/DT/3 English only'

    ```
    """
    return _GLUED_LETTER.sub(lambda m: f"{m.group(1) or m.group(2)} ", text) \
        if "/" in text else text
