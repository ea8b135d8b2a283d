"""Office Math as linear text (``itudocs.readers.omml.linear``): one case per construct,
the expected text written by hand in Word's linear format (UnicodeMath)."""

from __future__ import annotations

import pytest
from lxml import etree

from itudocs.readers.omml import linear

NS = ('xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')


def r(text: str) -> str:
    return f"<m:r><m:t>{text}</m:t></m:r>"


def el(name: str, *parts: str) -> str:
    return f"<m:{name}>{''.join(parts)}</m:{name}>"


def chr_pr(pr: str, **vals: str) -> str:
    return f"<m:{pr}>" + "".join(f'<m:{k} m:val="{v}"/>' for k, v in vals.items()) + f"</m:{pr}>"


CASES = [
    ("fraction", el("f", el("num", r("a+b")), el("den", r("c"))), "(a+b)/c"),
    ("fraction of letters", el("f", el("fPr", '<m:type m:val="lin"/>'), el("num", r("a")),
                               el("den", r("b"))), "a/b"),
    ("fraction of words", el("f", el("num", r("rate")), el("den", r("100"))), "rate/100"),
    ("bracketed operand kept", el("f", el("num", r("(a+b)")), el("den", r("[c-d]"))),
     "(a+b)/[c-d]"),
    ("braced and barred operands kept", el("f", el("num", r("{a+b}")), el("den", r("|c-d|"))),
     "{a+b}/|c-d|"),
    ("power", el("sSup", el("e", r("x")), el("sup", r("2"))), "x^2"),
    ("power of a sum", el("sSup", el("e", r("x+1")), el("sup", r("n-1"))), "(x+1)^(n-1)"),
    ("index", el("sSub", el("e", r("x")), el("sub", r("i"))), "x_i"),
    ("index and power", el("sSubSup", el("e", r("x")), el("sub", r("i")), el("sup", r("2"))),
     "x_i^2"),
    ("scripts before", el("sPre", el("sub", r("1")), el("sup", r("2")), el("e", r("X"))),
     "_1^2X"),
    ("square root", el("rad", el("radPr", '<m:degHide m:val="1"/>'), el("deg"),
                       el("e", r("x"))), "√x"),
    ("square root of a sum", el("rad", el("deg"), el("e", r("x+1"))), "√(x+1)"),
    ("cube root", el("rad", el("deg", r("3")), el("e", r("x"))), "√(3&x)"),
    ("integral", el("nary", el("sub", r("0")), el("sup", r("1")), el("e", r("x"))),
     "∫_0^1 x"),
    ("sum", el("nary", chr_pr("naryPr", chr="∑"), el("sub", r("i=1")), el("sup", r("n")),
               el("e", r("i"))), "∑_(i=1)^n i"),
    ("sum without limits", el("nary", chr_pr("naryPr", chr="∑"), el("e", r("a"))), "∑ a"),
    ("parentheses", el("d", el("e", r("a"))), "(a)"),
    ("brackets", el("d", chr_pr("dPr", begChr="[", endChr="]"), el("e", r("a"))), "[a]"),
    ("two parts", el("d", el("e", r("a")), el("e", r("b"))), "(a|b)"),
    ("separator", el("d", chr_pr("dPr", sepChr=","), el("e", r("a")), el("e", r("b"))),
     "(a,b)"),
    ("no closing", el("d", chr_pr("dPr", endChr=""), el("e", r("a"))), "(a"),
    ("function", el("func", el("fName", r("sin")), el("e", r("x"))), "sin x"),
    ("function of a bracket", el("func", el("fName", r("log")),
                                 el("e", el("d", el("e", r("x"))))), "log(x)"),
    ("limit below", el("limLow", el("e", r("lim")), el("lim", r("n→∞"))), "lim_(n→∞)"),
    ("limit above", el("limUpp", el("e", r("x")), el("lim", r("2"))), "x^2"),
    ("accent", el("acc", el("e", r("x"))), "x\u0302"),
    ("tilde", el("acc", chr_pr("accPr", chr="\u0303"), el("e", r("y"))), "y\u0303"),
    ("brace under", el("groupChr", el("e", r("a+b"))), "a+b\u23df"),
    ("equations", el("eqArr", el("e", r("x=1")), el("e", r("y=2"))), "x=1; y=2"),
    ("matrix", el("m", el("mr", el("e", r("a")), el("e", r("b"))),
                  el("mr", el("e", r("c")), el("e", r("d")))), "[a & b; c & d]"),
    # Only m:mr children are rows: the matrix's m:mPr (column settings) is none.
    ("matrix with properties", el("m", el("mPr", el("mcs", el("mc", chr_pr("mcPr", count="2")))),
                                  el("mr", el("e", r("a")), el("e", r("b")))), "[a & b]"),
    ("word run inside", "<w:r><w:t>if </w:t></w:r>" + r("x>0"), "if x>0"),
    ("properties are no text", el("ctrlPr", "<w:rPr><w:b/></w:rPr>") + r("z"), "z"),
]


@pytest.mark.parametrize(("xml", "expected"), [(x, e) for _, x, e in CASES],
                         ids=[name for name, _, _ in CASES])
def test_linear(xml: str, expected: str) -> None:
    assert linear(etree.fromstring(f"<m:oMath {NS}>{xml}</m:oMath>")) == expected


@pytest.mark.parametrize(("levels", "expected"), [(58, "x"), (59, "")])
def test_a_hostile_nesting_is_read_to_depth_sixty(levels: int, expected: str) -> None:
    # oMath (0) > e (1) ... e (levels) > r > t: the text is read while t is at 60 or less.
    xml = "<m:e>" * levels + r("x") + "</m:e>" * levels
    assert linear(etree.fromstring(f"<m:oMath {NS}>{xml}</m:oMath>")) == expected
