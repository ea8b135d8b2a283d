"""The real document C20/57-C (Tika text): every value of ITU-FORMAT.md §6, exactly."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import itudocs
from itudocs import Document

from .conftest import SEED, need


@pytest.fixture(scope="module", params=["shared", "package"])
def doc(request: pytest.FixtureRequest) -> Document:
    path = need(SEED) if request.param == "shared" else itudocs.sample_path()
    return itudocs.parse(path)


def test_package_copy_is_the_real_document() -> None:
    assert itudocs.sample_path().read_bytes() == need(SEED).read_bytes()


def test_source(doc: Document) -> None:
    assert doc.source.format == "tika-text"
    assert len(doc.source.sha256) == 64
    assert doc.language == "zh"


def test_header(doc: Document) -> None:
    h = doc.header
    assert h.symbol == itudocs.Symbol(text="C20/57-C", series="C", session_year=2020,
                                      number="57", language="zh")
    assert h.meeting == "理事会2020年会议"
    assert h.venue == "日内瓦"
    assert (h.meeting_start, h.meeting_end) == (dt.date(2020, 6, 9), dt.date(2020, 6, 19))
    assert h.agenda_item == "PL 1.5"
    assert h.date == dt.date(2020, 3, 3)
    assert h.original_languages == ("en",)
    assert h.title == "理事会保护上网儿童工作组主席的报告"
    assert h.subtitle == "理事会保护上网儿童工作组第十五次和第十六次会议的成果"


def test_summary_box(doc: Document) -> None:
    assert doc.summary is not None
    assert doc.summary.startswith("本报告总结了理事会保护上网儿童工作组")
    assert doc.summary.endswith("第十五次和第十六次会议的主要成果。")
    assert doc.action_required == "请理事会将本报告记录在案。"
    assert [r.text for r in doc.references] == [
        "全权代表大会第179号决议（2018年，迪拜，修订版）；",
        "理事会第1306号决议（理事会2009年会议）",
    ]
    # 0-based lines of the source: 38 and 39 in an editor's 1-based numbering.
    assert [r.loc.line for r in doc.references] == [37, 38]  # type: ignore[union-attr]


def test_sections(doc: Document) -> None:
    numbers = [s.number for s in doc.iter_sections()]
    assert numbers == ["1", "1.1", "2", "2.1", "3", "3.1", "3.2", "4", "4.1", "5", "5.1",
                       "6", "6.1", "6.2", "7", "7.1", "7.2"]
    assert [s.number for s in doc.sections] == ["1", "2", "3", "4", "5", "6", "7"]
    assert doc.find("1") is not None and doc.find("1").title == "引言"  # type: ignore[union-attr]
    s11 = doc.find("1.1")
    assert s11 is not None and s11.title is None and s11.level == 2
    # 1.1's paragraph spans two lines of the text (a soft line break in Word).
    assert s11.blocks[0].text.startswith("国际电联2010年全权代表大会")
    assert "（CWG-COP），因而" in s11.blocks[0].text
    assert doc.find("7").title == "CWG-COP第十五次和第十六次会议的成果"  # type: ignore[union-attr]
    assert doc.blocks == ()


def test_quotes(doc: Document) -> None:
    assert len(doc.quotes) == 2
    q1, q2 = doc.quotes
    assert q1.section == q2.section == "1.1"
    assert q1.intro == "理事会2009年会议做出决议（摘录）："
    assert q1.source is not None and "1306" in q1.source
    assert [p.label for p in q1.paragraphs] == [None, "1.1", "1.2"]
    assert q1.paragraphs[0].text.startswith("成立向所有成员国")  # opening mark removed
    assert q1.paragraphs[-1].text.endswith("的活动；")  # closing mark removed
    assert not q1.elided
    assert q2.intro == "第179号决议（2010年，瓜达拉哈拉）要求理事会（摘录）："
    assert q2.source == "第179号决议（2010年，瓜达拉哈拉）"
    assert [p.label for p in q2.paragraphs] == [None, None, None, "1)", "2)", None, None]
    assert q2.paragraphs[1].text == "…………"
    assert q2.elided
    # The quoted paragraphs stay in section 1.1 as quote blocks, in order.
    blocks = doc.find("1.1").blocks  # type: ignore[union-attr]
    assert [b.kind for b in blocks] == ["paragraph", "item"] + ["quote"] * 3 + ["item"] + ["quote"] * 7
    # There the text is as written, quotation marks included.
    assert blocks[2].text == "“" + q1.paragraphs[0].text
    assert blocks[4].text == q1.paragraphs[2].text + "”" and blocks[4].label == "1.2"


def test_outcomes(doc: Document) -> None:
    assert [(o.section, len(o.bullets)) for o in doc.outcomes] == [("7.1", 5), ("7.2", 2)]
    assert doc.outcomes[0].intro == "第十五次会议的主要成果包括："
    assert doc.outcomes[1].bullets[0].text == "COP吉祥物将在网上公布。"
    # The two lists of documents presented in 4.1 are bullets, not outcomes.
    s41 = doc.find("4.1")
    assert s41 is not None
    assert [b.kind for b in s41.blocks].count("bullet") == 4


def test_signature(doc: Document) -> None:
    assert doc.signature == itudocs.Signature(
        role="CWG-COP主席", name="Abdelaziz Alzarooni", country="阿拉伯联合酋长国")


def test_no_marker_leaks(doc: Document) -> None:
    text = json.dumps(doc.to_dict(), ensure_ascii=False)
    for marker in ("[bookmark", "[image", "[footnoteRef", "\t"):
        assert marker not in text.replace("\\t", "\t")


def test_no_warnings(doc: Document) -> None:
    assert doc.warnings == ()


def test_locations_point_into_the_source(doc: Document) -> None:
    source = need(SEED).read_text("utf-8")
    for section in doc.iter_sections():
        for block in section.blocks:
            loc = block.loc
            assert isinstance(loc, itudocs.TextLoc)
            first_line = block.text.split("\n")[0]
            assert first_line[:10] in source[loc.start:loc.end]


def test_accounting(doc: Document) -> None:
    acc = doc.accounting
    assert acc is not None and acc.unplaced == ()
    placed = dict(acc.placed)
    assert acc.paragraphs == sum(placed.values())
    assert placed["skipped:page-header"] == 2
    assert placed["section"] == 17 and placed["quote"] == 10 and placed["signature"] == 2
    assert placed["continuation"] == 1  # the second line of 1.1
