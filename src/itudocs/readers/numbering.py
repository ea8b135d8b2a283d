"""Word list numbering (``numbering.xml``) rendered to the label Word shows.

Counters are kept per abstract numbering (lists sharing an abstractNum continue one
another, as in Word) and restart where a ``w:num`` carries a ``startOverride``.
A level's ``lvlText`` (``%1.%2``) is filled with each level's counter in that level's
format; ``isLgl`` forces decimal. Bullets render as their ``lvlText`` character.

Example: an abstractNum whose level 1 has ``lvlText="%1.%2"`` gives ``"1.1"``,
``"1.2"``, then ``"2.1"`` after a level-0 paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from itudocs.readers.package import Package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VAL = W + "val"
_PERCENT = "%"


# Plain slotted classes rather than attrs: nothing needs their equality or repr, and
# each attrs class costs about half a millisecond at import.
class _Level:
    __slots__ = ("fmt", "legal", "restart", "start", "text")

    def __init__(self) -> None:
        self.start = 1
        self.fmt = "decimal"
        self.text = ""
        self.legal = False
        self.restart: int | None = None


class _Num:
    __slots__ = ("abstract", "level_overrides", "overrides", "used")

    def __init__(self, abstract: str, overrides: dict[int, int],
                 level_overrides: dict[int, _Level]) -> None:
        self.abstract = abstract
        self.overrides = overrides
        self.level_overrides = level_overrides
        self.used = False


class Numbering:
    """Resolves (numId, ilvl) to labels, in document order."""

    def __init__(self, abstracts: dict[str, dict[int, _Level]], nums: dict[str, _Num]) -> None:
        self._abstracts = abstracts
        self._nums = nums
        self._counters: dict[str, list[int | None]] = {}

    @classmethod
    def load(cls, pkg: Package,
             style_numbering: Callable[[str | None], tuple[str | None, int | None]]
             ) -> Numbering:
        part = pkg.related(pkg.main_part, "/numbering")
        if part is None:
            return cls({}, {})
        root = pkg.xml(part)
        abstracts: dict[str, dict[int, _Level]] = {}
        style_links: dict[str, str] = {}
        for absn in root.iter(W + "abstractNum"):
            aid = absn.get(W + "abstractNumId")
            if aid is None:
                continue
            abstracts[aid] = {lvl: spec for lvl, spec in _levels(absn)}
            link = absn.find(W + "numStyleLink")
            if link is not None and link.get(VAL):
                style_links[aid] = link.get(VAL, "")
        nums: dict[str, _Num] = {}
        for num in root.iter(W + "num"):
            nid = num.get(W + "numId")
            ref = num.find(W + "abstractNumId")
            if nid is None or ref is None:
                continue
            overrides: dict[int, int] = {}
            level_overrides: dict[int, _Level] = {}
            for ov in num.iter(W + "lvlOverride"):
                ilvl = _int(ov.get(W + "ilvl"), -1)
                so = ov.find(W + "startOverride")
                if so is not None:
                    overrides[ilvl] = _int(so.get(VAL), 0)
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    level_overrides[ilvl] = _level(lvl)
            nums[nid] = _Num(ref.get(VAL, ""), overrides, level_overrides)
        # A numStyleLink abstractNum takes its levels from the numbering of that style.
        for aid, style in style_links.items():
            linked_num, _ = style_numbering(style)
            if linked_num in nums and nums[linked_num].abstract in abstracts:
                abstracts[aid] = abstracts[nums[linked_num].abstract]
        return cls(abstracts, nums)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the list of ``num_id`` at level ``ilvl`` and return its label
        (``None`` for numId 0, an unknown list, or a level with no visible label)."""
        num = self._nums.get(num_id)
        if num is None or not 0 <= ilvl <= 8:
            return None
        levels = self._abstracts.get(num.abstract)
        if not levels:
            return None
        key = num.abstract
        counters = self._counters.setdefault(key, [None] * 9)
        if not num.used:
            num.used = True
            for lvl, start in num.overrides.items():
                if 0 <= lvl <= 8:
                    counters[lvl] = start - 1
                    for deeper in range(lvl + 1, 9):
                        counters[deeper] = None
        spec = num.level_overrides.get(ilvl) or levels.get(ilvl) or _Level()
        current = counters[ilvl]
        counters[ilvl] = spec.start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            dspec = levels.get(deeper)
            if dspec is None or dspec.restart is None or dspec.restart > ilvl:
                counters[deeper] = None
        for shallower in range(ilvl):
            if counters[shallower] is None:
                sspec = levels.get(shallower) or _Level()
                counters[shallower] = sspec.start
        if spec.fmt == "none":
            return None
        if spec.fmt == "bullet":
            return _bullet(spec.text)
        out = []
        i = 0
        text = spec.text
        while i < len(text):
            ch = text[i]
            if ch == _PERCENT and i + 1 < len(text) and text[i + 1] in "123456789":
                lvl = int(text[i + 1]) - 1
                value = counters[lvl] if 0 <= lvl <= 8 else None
                lspec = levels.get(lvl) or _Level()
                fmt = "decimal" if spec.legal and lvl < ilvl else lspec.fmt
                out.append(format_number(value if value is not None else lspec.start, fmt))
                i += 2
            else:
                out.append(ch)
                i += 1
        return "".join(out) or None


def _levels(absn: etree._Element) -> list[tuple[int, _Level]]:
    return [(_int(lvl.get(W + "ilvl"), 0), _level(lvl)) for lvl in absn.iter(W + "lvl")]


def _level(lvl: etree._Element) -> _Level:
    spec = _Level()
    for child in lvl:
        tag, val = child.tag, child.get(VAL)
        if tag == W + "start":
            spec.start = _int(val, 1)
        elif tag == W + "numFmt":
            spec.fmt = val or "decimal"
        elif tag == W + "lvlText":
            spec.text = val or ""
        elif tag == W + "isLgl":
            spec.legal = val not in ("0", "false", "off")
        elif tag == W + "lvlRestart":
            spec.restart = _int(val, 0)
    return spec


_MAX_COUNTER = 999_999  # Word's own ceiling for list numbers is far lower


def _int(value: str | None, default: int) -> int:
    """An attribute as an int, clamped: hostile files write 4,300-digit starts."""
    if value is None or len(value) > 12:
        return default
    try:
        return max(-_MAX_COUNTER, min(int(value), _MAX_COUNTER))
    except ValueError:
        return default


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def format_number(value: int, fmt: str) -> str:
    """A counter in one of Word's number formats (decimal, letters, roman ...)."""
    if fmt in ("lowerLetter", "upperLetter"):
        if not 0 < value <= 26 * 40:
            return str(value)  # Word repeats the letter (aa, aaa ...); not forever
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        if not 0 < value < 4000:
            return str(value)
        out, rest = [], value
        for n, sym in _ROMAN:
            while rest >= n:
                out.append(sym)
                rest -= n
        roman = "".join(out)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


_BULLET_MAP = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓",
               "o": "o", "\uf02d": "–", "\uf0a8": "□"}


def _bullet(text: str) -> str:
    if not text:
        return "•"
    return _BULLET_MAP.get(text, "•" if "\uf000" <= text[0] <= "\uf0ff" else text)
