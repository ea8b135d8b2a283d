"""The text renderings of ITU-FORMAT.md section 10 that are made from a Tika text
(``tests/renderings/transform.py``): web-page text and flattened text."""

from __future__ import annotations

from .renderings import transform

TIKA = (
    "\n\n2\nC20/57-E\n"  # the running header comes first
    "\tCouncil 2020\nGeneva, 9-19 June 2020\n\t[bookmark: ditulogo][image: ]\n\n"
    "\t\n\t\n\n"  # a row of empty cells
    "\t[bookmark: dmeeting]PL 1.5\n\tDocument C20/57-E\n\n"
    "\t\n\t3 March 2020\n\n\n"
    "Houlin ZHAO\nSecretary-General\n\n"
    "1\tIntroduction\n1.1\tThe Council met.\na)\tCouncil 2009 resolves:\n"
    "\t“To establish a group\n•\tA bullet\n"
)


def test_web() -> None:
    assert transform.web(TIKA) == (
        "2\n\nC20/57-E\n\n"
        "Council 2020\n\nGeneva, 9-19 June 2020\n\n"  # the empty image cell joins nothing
        "PL 1.5 / Document C20/57-E\n\n"
        "3 March 2020\n\n"
        "Houlin ZHAO\n\nSecretary-General\n\n"
        "1Introduction\n\n1.1The Council met.\n\na)Council 2009 resolves:\n\n"
        "“To establish a group\n\n• A bullet\n\n")


def test_web_paragraph() -> None:
    assert transform.web_paragraph("1\tIntroduction") == "1Introduction"
    assert transform.web_paragraph("7.2\tAt the meeting") == "7.2At the meeting"
    assert transform.web_paragraph("iv)\tto do") == "iv)to do"
    assert transform.web_paragraph("\t\t“quoted") == "“quoted"
    assert transform.web_paragraph("Year\t2020") == "Year 2020"
    assert transform.web_paragraph("[bookmark: dmeeting]PL 1.5") == "PL 1.5"


def test_flat() -> None:
    assert transform.flat("\tDocument C18/77-E\n2 May 2018\nOriginal: English\n") == (
        "\tDocument C18/77-E2 May 2018Original: English")
    assert transform.flat(TIKA).count("\n") == 0
    assert transform.flat("a\r\nb\n\nc") == "abc"

