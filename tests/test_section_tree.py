"""The section tree (``itudocs.extract.sections.build``) from hand-written texts and
blocks: sequence warnings, glued numbers only on plain text outside quotes, paragraphs
another stage took, headings by style, and a table after the last paragraph."""

from __future__ import annotations

from itudocs.extract.ledger import Ledger, block_ids
from itudocs.extract.sections import Tree, build
from itudocs.extract.tokens import tokenize
from itudocs.model import TextLoc
from itudocs.readers.blocks import CellPos, RawBlock, RawCell, RawTable
from itudocs.readers.tika import read_text


def _build(blocks: tuple[RawBlock, ...], quoted: frozenset[int] = frozenset(),
           taken: dict[int, str] | None = None, tables: tuple[RawTable, ...] = ()) -> Tree:
    ledger = Ledger(len(blocks))
    tokens = tokenize(blocks, ledger, block_ids(blocks)).tokens
    ledger.commit((taken or {}).items())
    return build(tokens, blocks, ledger, quoted, tables)


def _text(text: str, **kw: object) -> Tree:
    return _build(read_text(text).blocks, **kw)  # type: ignore[arg-type]


def test_three_levels_in_sequence_and_one_out_of_it() -> None:
    tree = _text("1\tOne\n1.1\tOne one\n1.1.1\tDeep\n2.1\tTwo one")
    (one,) = [s for s in tree.sections if s.number == "1"]
    assert [c.number for c in one.children] == ["1.1", "2.1"]
    assert [c.number for c in one.children[0].children] == ["1.1.1"]
    assert [w.message for w in tree.warnings] == [
        "section 2.1 does not follow its parent (1)"]
    assert tree.warnings[0].loc == TextLoc(3, 29, 40)  # the whole line
    assert (0, "section") in tree.claims


def test_first_section_below_the_top_level() -> None:
    tree = _text("1.1\tFirst")
    assert [(w.code, w.message, w.loc) for w in tree.warnings] == [
        ("section-out-of-sequence", "section 1.1 does not follow its parent (none)",
         TextLoc(0, 0, 9))]


def test_glued_number_only_on_plain_text_outside_quotes() -> None:
    item = _text("a)\t1CWG Heading")
    assert item.sections == ()
    assert [(b.kind, b.label) for b in item.blocks] == [("item", "a)")]
    quoted = _text("1\tIntro\nIt resolves:\n“to do;\n2CWG Heading”", quoted=frozenset({2, 3}))
    assert [s.number for s in quoted.sections] == ["1"]
    assert [(b.kind, b.label, b.text) for b in quoted.sections[0].blocks][-1] == (
        "quote", None, "2CWG Heading”")


def test_paragraph_taken_by_another_stage_is_skipped_only() -> None:
    tree = _text("1\tOne\nChairman\nJane Doe\nAfter", taken={1: "signature"})
    assert [b.text for b in tree.sections[0].blocks] == ["Jane Doe", "After"]


def test_heading_by_style_opens_a_section_with_its_id() -> None:
    blocks = (RawBlock("Overview", TextLoc(0, 0, 8), heading=1),
              RawBlock("Body text.", TextLoc(1, 9, 19)))
    tree = _build(blocks)
    (sec,) = tree.sections
    assert (sec.number, sec.title, sec.id) == (None, "Overview", block_ids(blocks)[0])
    assert [b.text for b in sec.blocks] == ["Body text."]


def test_table_of_empty_paragraphs_after_the_last_paragraph() -> None:
    blocks = (RawBlock("Body text.", TextLoc(0, 0, 10)),
              RawBlock("", TextLoc(1, 11, 11), cell=CellPos(0, 0, 0, True)),
              RawBlock("", TextLoc(2, 12, 12), cell=CellPos(0, 0, 1, True)))
    table = RawTable(0, None, 1, 3, ((RawCell((1,)), RawCell((2,))),))
    tree = _build(blocks, tables=(table,))
    assert [b.kind for b in tree.blocks] == ["paragraph", "table"]
