"""Office Math (OMML, ``m:oMath``) as linear text, close to Word's own linear format
(UnicodeMath): a fraction ``(a+b)/c``, a power ``x^2``, an index ``x_i``, a root
``√(x)``, an n-ary operator ``∑_(i=1)^n i``, delimiters as printed.

```pycon
>>> from lxml import etree
>>> M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
>>> xml = (f'<m:oMath xmlns:m="{M}"><m:f><m:num><m:r><m:t>a+b</m:t></m:r></m:num>'
...        '<m:den><m:sSup><m:e><m:r><m:t>c</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t>'
...        '</m:r></m:sup></m:sSup></m:den></m:f></m:oMath>')
>>> linear(etree.fromstring(xml))
'(a+b)/(c^2)'

```
"""

from __future__ import annotations

from lxml import etree

M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
OMATH = M + "oMath"
_VAL = M + "val"


def linear(el: etree._Element) -> str:
    """The linear text of an OMML element (``m:oMath`` or any part of one)."""
    return _lin(el, 0)


def _prop(el: etree._Element, pr: str, name: str, default: str) -> str:
    """A character property (``m:chr``, ``m:begChr`` ...) of ``el``'s ``pr`` element;
    an empty ``m:val`` means none is printed."""
    found = el.find(f"{M}{pr}/{M}{name}")
    if found is None:
        return default
    return found.get(_VAL, default)


def _part(el: etree._Element, name: str, depth: int) -> str:
    child = el.find(M + name)
    return _lin(child, depth) if child is not None else ""


def _group(text: str) -> str:
    """An operand: bracketed unless it is one character or one word or number."""
    if len(text) <= 1 or text.isalnum() or (text[0] + text[-1]) in ("()", "[]", "{}", "||"):
        return text
    return f"({text})"


def _lin(el: etree._Element, depth: int) -> str:
    if depth > 60:  # a hostile nesting: deeper parts are not read
        return ""
    tag = el.tag
    if not isinstance(tag, str) or tag.endswith("Pr"):
        return ""  # properties (m:fPr, m:ctrlPr, w:rPr ...) and comments
    if tag in (M + "t", _W_T):
        return el.text or ""
    d = depth + 1
    name = tag[len(M):] if tag.startswith(M) else ""
    if name == "f":
        num, den = _part(el, "num", d), _part(el, "den", d)
        return f"{_group(num)}/{_group(den)}"
    if name in ("sSup", "sSub", "sSubSup", "sPre"):
        base = _group(_part(el, "e", d))
        sub, sup = _part(el, "sub", d), _part(el, "sup", d)
        scripts = (f"_{_group(sub)}" if sub else "") + (f"^{_group(sup)}" if sup else "")
        return scripts + base if name == "sPre" else base + scripts
    if name == "rad":
        deg, base = _part(el, "deg", d), _part(el, "e", d)
        return f"√({deg}&{base})" if deg else f"√{_group(base)}"
    if name == "nary":
        op = _prop(el, "naryPr", "chr", "∫")
        sub, sup = _part(el, "sub", d), _part(el, "sup", d)
        scripts = (f"_{_group(sub)}" if sub else "") + (f"^{_group(sup)}" if sup else "")
        return f"{op}{scripts} {_part(el, 'e', d)}"
    if name == "d":
        beg, end = _prop(el, "dPr", "begChr", "("), _prop(el, "dPr", "endChr", ")")
        sep = _prop(el, "dPr", "sepChr", "|")
        return beg + sep.join(_lin(e, d) for e in el.iterchildren(M + "e")) + end
    if name == "func":
        fname, arg = _part(el, "fName", d), _part(el, "e", d)
        return fname + (arg if arg[:1] in "([{|" else " " + arg)
    if name in ("limLow", "limUpp"):
        mark = "_" if name == "limLow" else "^"
        return f"{_part(el, 'e', d)}{mark}{_group(_part(el, 'lim', d))}"
    if name in ("acc", "groupChr"):
        default = "\u0302" if name == "acc" else "\u23df"
        return _part(el, "e", d) + _prop(el, name + "Pr", "chr", default)
    if name == "eqArr":
        return "; ".join(_lin(e, d) for e in el.iterchildren(M + "e"))
    if name == "m":
        rows = ("; ".join(" & ".join(_lin(e, d) for e in row.iterchildren(M + "e"))
                          for row in el.iterchildren(M + "mr")))
        return f"[{rows}]"
    return "".join(_lin(child, d) for child in el)
