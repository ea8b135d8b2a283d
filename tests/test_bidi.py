"""The repair of right-to-left lines as PDF text extractors write them
(:mod:`itudocs.readers.bidi`). Expected values are the lines as a writer of Arabic
types them; the inputs are what pdftotext makes of such lines (RLE = U+202B,
LRE = U+202A, PDF = U+202C)."""

from __future__ import annotations

import pytest

import itudocs
from itudocs.readers.bidi import needs_repair, repair_line

R, L, P = "\u202b", "\u202a", "\u202c"


@pytest.mark.parametrize(("line", "expected"), [
    # digits after Arabic letters are Arabic numbers, laid out from the right
    (f"{R}جنيف{L} 19-9 ،{P}يونيو {L}2020{P}{P}", "جنيف، 9-19 يونيو 2020"),
    (f"{R}{L} 3{P}مارس {L}2020{P}{P}", "3 مارس 2020"),
    (f"{R}القرار {L} 1306{P}للمجلس ({L})2009{P}{P}", "القرار 1306 للمجلس (2009)"),
    (f"{R}المجلس {L} )2009( 1306{P}والقرار{P}", "المجلس 1306 (2009) والقرار"),
    # a Latin island keeps its order; the neutrals around it are the Arabic level's
    (f"{R}{L}PL 1.5{P}{P}", "PL 1.5"),
    (f"{R}الوثيقة {L}C20/57(Rev.1)-A{P}{P}", "الوثيقة C20/57(Rev.1)-A"),
    (f"{R}الإنترنت ({L} ،)WG-CP{P}مفتوح{P}", "الإنترنت (WG-CP)، مفتوح"),
    (f"{R}المقرر {L})C-2001( 482{P}{P}", "المقرر 482 (C-2001)"),
    (f"{R}(الوثيقة ){L})C19/40(Rev.1{P}{P}", "(الوثيقة C19/40(Rev.1))"),
    (f"{R}المرجع{L}DM-20/1021 :{P}{P}", "المرجع: DM-20/1021"),
    (f"{R}عقد فريق {L}CWG-{P}{P}", "عقد فريق CWG-"),
    (f"{R}الأصل{L} :{P}بالإنكليزية{P}", "الأصل: بالإنكليزية"),
    # the lam-alef ligature split the wrong way round
    (f"{R}األصل{L} :{P}باإلنكليزية{P}", "الأصل: بالإنكليزية"),
    (f"{R}المندوبين المفوضين لالتحاد{P}", "المندوبين المفوضين للاتحاد"),
    (f"{R}نتائج االجتماعين{P}", "نتائج الاجتماعين"),
    # layout: a number at the right end starts the line; cells come from the right
    (f"   {R}مقدمة{P}             {R}{L}1.1{P}{P}", "1.1\tمقدمة"),
    (f"{R}الوثائق{P}          {R}الموضوعات{P}", "الموضوعات          الوثائق"),
])
def test_repair_line(line: str, expected: str) -> None:
    assert needs_repair(line)
    assert repair_line(line).strip() == expected


@pytest.mark.parametrize("line", [
    "C20/57-E", "Geneva, 9-19 June 2020", "جنيف، 9-19 يونيو 2020", "إلى المجلس", "  1.1  x"])
def test_lines_without_embeddings_are_left_alone(line: str) -> None:
    assert not needs_repair(line)
    assert repair_line(line) == line


def test_a_pdftotext_arabic_first_page_reads_like_the_word_file() -> None:
    text = "\n".join([
        f"{R}المجلس {L}2020{P}{P}",
        f"{R}جنيف{L} 19-9 ،{P}يونيو {L}2020{P}{P}",
        f"{R}{L}PL 1.5{P}{P}",
        "",
        f"{R}الوثيقة {L}C20/57-A{P}{P}",
        f"{R}{L} 3{P}مارس {L}2020{P}{P}",
        f"{R}األصل{L} :{P}باإلنكليزية{P}",
        "",
        f"{R}تقرير عن حماية األطفال{P}",
        "",
        f"{R}{L}1{P}{P}",
        f"{R}مقدمة{P}",
    ])
    header = itudocs.parse_text(text).header
    assert header.symbol is not None and header.symbol.text == "C20/57-A"
    assert header.venue == "جنيف"
    assert (str(header.meeting_start), str(header.meeting_end)) == ("2020-06-09", "2020-06-19")
    assert str(header.date) == "2020-03-03"
    assert header.original_languages == ("en",)
    assert header.agenda_item == "PL 1.5"
    assert header.title == "تقرير عن حماية الأطفال"
