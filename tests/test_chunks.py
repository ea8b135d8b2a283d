"""Section-aware chunks (itudocs.export.chunks): on every fixture and sample in the six
languages, the chunks give every block's text back exactly once, stay within
max_chars but for a single oversize sentence, and cut no quote paragraph, bullet or
citation; the structure and metadata expected are typed from the fixtures."""

from __future__ import annotations

import itertools
import subprocess
import sys
from functools import cache
from pathlib import Path

import attrs
import pytest

import itudocs
from itudocs.export.chunks import SEPARATOR, Chunk
from itudocs.model import Block, Document

from .minidocx import make_docx, p, table

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LANGS = ("en", "fr", "es", "zh", "ru", "ar")


def _paths() -> list[str]:
    found = [*sorted((FIXTURES / "docx").glob("*.docx")),
             *sorted((FIXTURES / "kinds" / "docx").glob("*.docx")),
             *sorted((FIXTURES / "tika").glob("*.txt")),
             *sorted((FIXTURES / "kinds" / "tika").glob("*.txt")),
             itudocs.sample_path(), *(itudocs.sample_path(lang) for lang in LANGS)]
    return [str(path) for path in found]


@cache
def _doc(path: str) -> Document:
    return itudocs.parse(path)


def _blocks(doc: Document) -> list[Block]:
    out = list(doc.blocks)
    for section in doc.iter_sections():
        out += section.blocks
    for annex in doc.annexes:
        out += annex.blocks
        for root in annex.sections:
            for section in root.iter_sections():
                out += section.blocks
    return out


def test_the_fixtures_cover_six_languages_and_every_kind() -> None:
    docs = [_doc(path) for path in _paths()]
    assert len(docs) == 107  # 10 + 42 .docx, 6 + 42 Tika texts, 7 samples
    assert {d.language for d in docs} == set(LANGS)
    assert {d.kind for d in docs} >= {"report", "note", "contribution", "summary-record",
                                      "decision", "letter"}


@pytest.mark.parametrize("max_chars", [2000, 300, 120, 40])
def test_chunks_give_every_block_back_exactly_once(max_chars: int) -> None:
    for path in _paths():
        doc = _doc(path)
        blocks = {b.id: b for b in _blocks(doc)}
        assert None not in blocks and len(blocks) == len(_blocks(doc))  # ids are keys
        parts: dict[str | None, list[tuple[int, int]]] = {}
        chunks = list(doc.chunks(max_chars=max_chars))
        assert [c.index for c in chunks] == list(range(len(chunks)))
        for chunk in chunks:
            # the text is the spans' text, blocks joined by a blank line
            assert chunk.text == SEPARATOR.join(
                blocks[s.block_id].text[s.start:s.end] for s in chunk.spans), path
            assert chunk.first_loc == chunk.spans[0].loc == blocks[chunk.spans[0].block_id].loc
            assert chunk.last_loc == blocks[chunk.spans[-1].block_id].loc
            for s in chunk.spans:
                parts.setdefault(s.block_id, []).append((s.start, s.end))
            # within max_chars, or one sentence alone that is longer
            assert (len(chunk.text) <= max_chars) is not chunk.oversize, path
            if chunk.oversize:
                assert len(chunk.spans) == 1, path
        for block_id, block in blocks.items():
            runs = parts.pop(block_id, [])
            # each block read back whole, its pieces in order and touching
            assert "".join(block.text[s:e] for s, e in runs) == block.text, (path, block_id)
            assert all(a[1] == b[0] for a, b in itertools.pairwise(runs))
            if block.kind in ("quote", "bullet") and len(block.text) <= max_chars:
                assert runs == [(0, len(block.text))], (path, block.text)
            if len(block.text) <= max_chars:
                assert len(runs) <= 1, (path, block.text)
        assert parts == {}, path


@pytest.mark.parametrize("max_chars", [120, 60, 25])
def test_no_cut_inside_a_citation(max_chars: int) -> None:
    cut_blocks = 0
    for path in _paths():
        doc = _doc(path)
        spans = [s for c in doc.chunks(max_chars=max_chars) for s in c.spans]
        for cite in doc.citations:
            runs = [s for s in spans if s.block_id == cite.block_id]
            if len(runs) > 1:
                cut_blocks += 1
            if runs:
                assert any(s.start <= cite.start and cite.end <= s.end for s in runs), \
                    (path, cite.text)
    assert cut_blocks > 20  # the test does cut blocks that hold citations


def test_the_sample_in_chunks_follows_its_sections() -> None:
    doc = _doc(str(itudocs.sample_path()))
    chunks = list(doc.chunks())
    # 1.1 with its two quotes; 2.1; 3.1 and 3.2 under 3; ... (typed from the sample)
    assert [c.metadata["sections"] for c in chunks] == [
        ["1.1"], ["2.1"], ["3.1", "3.2"], ["4.1"], ["5.1"], ["6.1", "6.2"], ["7.1", "7.2"]]
    assert [c.metadata["section"] for c in chunks] == ["1.1", "2.1", "3", "4.1", "5.1", "6",
                                                       "7"]
    assert chunks[0].metadata["section_path"] == ["1 引言", "1.1"]
    assert chunks[2].metadata["section_path"] == ["3 欢迎致辞"]
    assert chunks[0].text.startswith("国际电联2010年全权代表大会要求国际电联理事会保留")
    assert chunks[0].text.endswith("使国际电联成员了解保护上网儿童的技术解决方案。”")
    assert chunks[1].text == "第15和16次会议起草的议程获得通过。"
    assert chunks[0].metadata["instruments"] == ["itu:council:resolution:1306@2009",
                                                 "itu:pp:resolution:179@guadalajara-2010"]
    meta = chunks[3].metadata
    assert {k: meta[k] for k in ("symbol", "language", "kind", "meeting", "date", "title",
                                 "annex", "quote_source", "outcome_lead_in")} == {
        "symbol": "C20/57-C", "language": "zh", "kind": "report", "meeting": "理事会2020年会议",
        "date": "2020-03-03", "title": "理事会保护上网儿童工作组主席的报告", "annex": None,
        "quote_source": None, "outcome_lead_in": None}
    assert meta["doc"] == doc.source.sha256


def test_a_chunk_in_one_quote_or_one_outcome_says_its_source_or_lead_in() -> None:
    doc = _doc(str(itudocs.sample_path("en")))
    chunks = list(doc.chunks(max_chars=900))
    # 1.1 (1645 characters) is cut: its paragraph (416) and the quote of Resolution 1306
    # with its intro (382) go together; the quote of Resolution 179 (843) is alone
    quoted = [(c.metadata["quote_source"], c.text.split("\n\n")[0]) for c in chunks
              if c.metadata["quote_source"]]
    assert quoted == [("Resolution 179 (Guadalajara, 2010)",
                       "Resolution 179 (Guadalajara, 2010) instructs the Council (excerpt):")]
    assert chunks[0].text.startswith("At the ITU Plenipotentiary Conference 2010")
    assert chunks[0].text.endswith("annually to Council;”")
    assert chunks[0].metadata["quote_source"] is None  # not all of it in one quote
    assert [c.metadata["outcome_lead_in"] for c in chunks if c.metadata["outcome_lead_in"]] \
        == ["The main outcomes of the fifteenth meeting include:",
            "At the sixteenth meeting, the Chairman and the group highlighted:"]
    # the instruments cited (the paragraph cites Resolutions 1306 and 179, each intro
    # its quote's), each once, in the order met
    assert chunks[0].metadata["instruments"] == [
        "itu:council:resolution:1306@2009", "itu:pp:resolution:179@guadalajara-2010"]
    assert chunks[1].metadata["instruments"] == ["itu:pp:resolution:179@guadalajara-2010"]


def test_an_annex_is_apart_and_says_so() -> None:
    doc = _doc(str(FIXTURES / "kinds" / "docx" / "note-en.docx"))
    chunks = list(doc.chunks())
    assert [(c.metadata["annex"], c.metadata["section_path"]) for c in chunks] == [
        (None, []), ("ANNEX", ["1 Introduction", "1.1"]), ("ANNEX", ["2 Proposal", "2.1"])]
    assert chunks[0].text.startswith("I have the honour to transmit")


def test_chunk_ids_are_stable_across_runs_and_differ_between_chunks() -> None:
    path = str(itudocs.sample_path("ar"))
    ids = [c.id for c in itudocs.parse(path).chunks(max_chars=200)]
    assert len(set(ids)) == len(ids)
    again = [c.id for c in itudocs.parse(path).chunks(max_chars=200)]
    assert again == ids
    code = ("import itudocs, sys; print(' '.join(c.id for c in itudocs.parse(sys.argv[1])"
            ".chunks(max_chars=200)))")
    run = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True,
                         check=True, env={"PYTHONHASHSEED": "123", "PYTHONPATH": _src()})
    assert run.stdout.split() == ids
    # the same pieces give the same id whatever max_chars cut them from
    small = {c.id: c.text for c in itudocs.parse(path).chunks(max_chars=200)}
    large = {c.id: c.text for c in itudocs.parse(path).chunks(max_chars=2000)}
    assert all(small[k] == large[k] for k in small.keys() & large.keys())


def _src() -> str:
    return str(Path(itudocs.__file__).resolve().parent.parent)


def test_an_oversize_sentence_is_one_chunk_and_said() -> None:
    long = "The Council " + "very " * 60 + "much agreed."
    doc = itudocs.parse_text(f"1\tIntroduction\n1.1\tIt met. {long} It closed.\n")
    chunks = list(doc.chunks(max_chars=100))
    assert [c.text for c in chunks] == ["It met. ", long + " ", "It closed."]
    assert [c.oversize for c in chunks] == [False, True, False]


def test_overlap_repeats_the_end_of_the_chunk_before_within_max_chars() -> None:
    doc = _doc(str(itudocs.sample_path("en")))
    plain = list(doc.chunks(max_chars=200))
    chunks = list(doc.chunks(max_chars=200, overlap=60))
    for before, chunk in itertools.pairwise(chunks):
        assert len(chunk.text) <= 200 or chunk.oversize
        same_part = before.metadata["section_path"][:1] == chunk.metadata["section_path"][:1]
        # room is kept for the overlap: every chunk that follows one of its part has one
        # (a sentence longer than 200 - 60 characters, alone, leaves less room)
        if same_part and len(chunk.text) - chunk.overlap <= 140:
            assert chunk.overlap > 0, chunk.text
        assert same_part or chunk.overlap == 0
        if len(chunk.text) - chunk.overlap > 140:  # the body fits 200 - 60 but for one unit
            assert len(chunk.spans) == 1, chunk.text
        if chunk.overlap:
            head = chunk.text[:chunk.overlap]
            # a blank line after it where the chunk starts a block, none where it goes
            # on with the block the chunk before ended in
            new_block = chunk.spans[0].start == 0
            assert head.endswith(SEPARATOR) is new_block, chunk.text
            assert before.text.endswith(head.removesuffix(SEPARATOR)) and chunk.overlap <= 60
    # the overlap is not part of the body: the bodies still give the text back once
    assert "".join(c.text[c.overlap:] for c in chunks).count("The COP mascot") == \
        "".join(c.text for c in plain).count("The COP mascot") == 1
    # a new top-level section repeats nothing of the one before
    seven = next(c for c in chunks if c.metadata["sections"] == ["7.1"])
    assert seven.overlap == 0 and seven.text.startswith("The main outcomes")


def test_a_citation_is_never_cut_even_across_a_sentence_end() -> None:
    """A citation spanning what would be a sentence boundary keeps it whole."""
    doc = itudocs.parse_text("1\tIntroduction\n1.1\tThe Council met. It adopted it. "
                             "Then it closed.\n")
    [block] = [b for b in _blocks(doc)]
    assert [c.text for c in doc.chunks(max_chars=20)] == [
        "The Council met. ", "It adopted it. ", "Then it closed."]
    ref = itudocs.InstrumentRef(id="x:1", kind="document", number="1")
    cite = itudocs.Citation(text="met. It adopted", instrument=ref, loc=block.loc, start=12,
                            end=27, block_id=block.id)
    cited = attrs.evolve(doc, citations=(cite,))
    chunks = list(cited.chunks(max_chars=20))
    assert [c.text for c in chunks] == ["The Council met. It adopted it. ", "Then it closed."]
    assert [c.metadata["instruments"] for c in chunks] == [["x:1"], []]
    assert chunks[0].oversize


def test_the_instruments_of_a_cut_paragraph_go_with_their_sentence() -> None:
    doc = _doc(str(itudocs.sample_path("en")))
    chunks = list(doc.chunks(max_chars=200))
    # 1.1's paragraph: a first sentence of 278 characters citing nothing, then one
    # citing Resolutions 1306 (2009) and 179 (2010)
    assert chunks[0].oversize and chunks[0].metadata["instruments"] == []
    assert chunks[1].text.startswith("CWG-COP works in accordance with Resolution 1306")
    assert chunks[1].metadata["instruments"] == ["itu:council:resolution:1306@2009",
                                                 "itu:pp:resolution:179@guadalajara-2010"]


def test_a_long_table_is_cut_between_rows() -> None:
    rows = [[p(f"Row {n}"), p(f"Value {n} is long. It is {n}.")] for n in range(6)]
    doc = itudocs.parse(make_docx(p("1\tResults") + table(rows)))
    [tab] = [b for b in _blocks(doc) if b.kind == "table"]
    chunks = list(doc.chunks(max_chars=80))
    texts = [c.text for c in chunks if c.spans[0].block_id == tab.id]
    # 30 characters a row: two rows a chunk, each row whole though it has two sentences
    assert texts == ["Row 0\tValue 0 is long. It is 0.\nRow 1\tValue 1 is long. It is 1.\n",
                     "Row 2\tValue 2 is long. It is 2.\nRow 3\tValue 3 is long. It is 3.\n",
                     "Row 4\tValue 4 is long. It is 4.\nRow 5\tValue 5 is long. It is 5."]


def test_bad_arguments_are_refused() -> None:
    doc = _doc(str(itudocs.sample_path()))
    with pytest.raises(ValueError, match="max_chars"):
        list(doc.chunks(max_chars=0))
    with pytest.raises(ValueError, match="overlap"):
        list(doc.chunks(max_chars=100, overlap=51))
    with pytest.raises(ValueError, match="overlap"):
        list(doc.chunks(overlap=-1))


def test_a_chunk_as_a_dict() -> None:
    chunk = next(_doc(str(itudocs.sample_path("en"))).chunks())
    assert isinstance(chunk, Chunk) and isinstance(chunk, itudocs.Chunk)
    data = chunk.to_dict()
    assert list(data) == ["id", "index", "text", "metadata", "first_location",
                          "last_location", "spans", "overlap", "oversize"]
    first = _doc(str(itudocs.sample_path("en"))).find("1.1")
    assert first is not None
    assert data["first_location"] == {"part": "word/document.xml",
                                      "paragraph": first.blocks[0].loc.paragraph}  # type: ignore[union-attr]
    assert data["spans"][0] == {"block": chunk.spans[0].block_id, "start": 0,
                                "end": len(chunk.text.split(SEPARATOR)[0])}
