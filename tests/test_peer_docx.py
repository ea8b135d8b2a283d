"""Real Word files from other projects' test suites: none is an ITU document. The table
below pins what each one gives: all 103 parse to a Document (none raises; a file that
should raise goes in ``RAISES`` with its error class and reason), with the "no-header"
warning, and the number of body paragraphs pinned (when the table was written it was
checked against a plain lxml count of the body's w:p outside mc:Fallback). A file
added to the corpus must be added here."""

from __future__ import annotations

from pathlib import Path

import pytest

import itudocs

from .conftest import PEER

FILES = sorted(PEER.glob("*.docx")) if PEER.exists() else []
needs_corpus = pytest.mark.skipif(not FILES,
                                  reason="../shared/corpus/peer-docx is not available here")

#: the files that must raise, with the error class and the start of its reason (none today)
RAISES: dict[str, tuple[type[itudocs.ItuDocsError], str]] = {}
#: the warning codes beyond "no-header"
WARNINGS = {"docx2python--tests_resources_libreoffice_conversion.docx":
            ("no-header", "section-out-of-sequence")}
#: every file that parses, and its number of body paragraphs
PARAGRAPHS = {
    "docx2python--tests_resources_240-DOP-1013A Lay Down Tubulars.docx": 351,
    "docx2python--tests_resources_ControlTest.docx": 2,
    "docx2python--tests_resources_Weekly Schedule.docx": 280,
    "docx2python--tests_resources_apples_and_pears.docx": 4,
    "docx2python--tests_resources_ascii_printable.docx": 2,
    "docx2python--tests_resources_basic.docx": 1,
    "docx2python--tests_resources_check_drop_my.docx": 19,
    "docx2python--tests_resources_checked-true-false.docx": 8,
    "docx2python--tests_resources_checked_boxes.docx": 160,
    "docx2python--tests_resources_checked_drop1.docx": 2,
    "docx2python--tests_resources_comments.docx": 7,
    "docx2python--tests_resources_created-in-pages-bulleted-lists.docx": 10,
    "docx2python--tests_resources_created-in-pages-paragraphs-only.docx": 5,
    "docx2python--tests_resources_equations.docx": 6,
    "docx2python--tests_resources_example.docx": 39,
    "docx2python--tests_resources_example_numbering.docx": 12,
    "docx2python--tests_resources_has_pict.docx": 0,
    "docx2python--tests_resources_hyperlink.docx": 1,
    "docx2python--tests_resources_invalid_tag_name.docx": 169,
    "docx2python--tests_resources_libreoffice_conversion.docx": 1314,
    "docx2python--tests_resources_list_index_a.docx": 24,
    "docx2python--tests_resources_long_hyperlink.docx": 1,
    "docx2python--tests_resources_merged_cells.docx": 16,
    "docx2python--tests_resources_merged_links.docx": 9,
    "docx2python--tests_resources_multiple_runs_per_paragraph.docx": 7,
    "docx2python--tests_resources_nested_paragraphs.docx": 2,
    "docx2python--tests_resources_nested_paragraphs_in_header.docx": 1,
    "docx2python--tests_resources_nested_paragraphs_in_header3b.docx": 0,
    "docx2python--tests_resources_paragraphs_and_tables.docx": 14,
    "docx2python--tests_resources_pic_alt_text.docx": 1,
    "docx2python--tests_resources_renamed_document_xml.docx": 1,
    "docx2python--tests_resources_run_styles.docx": 21,
    "docx2python--tests_resources_slanted_quotes.docx": 3,
    "docx2python--tests_resources_soft_line_breaks.docx": 5,
    "docx2python--tests_resources_strict.docx": 9,
    "docx2python--tests_resources_symbols.docx": 1,
    "docx2python--tests_resources_test-docx2python-conversion-google_docs.docx": 9,
    "docx2python--tests_resources_test_file_with_comments.docx": 11,
    "docx2python--tests_resources_unchecked_drop0.docx": 2,
    "docx2python--tests_resources_zen_of_python.docx": 24,
    "python-docx--features_steps_test_files_blk-containing-table.docx": 5,
    "python-docx--features_steps_test_files_blk-paras-and-tables.docx": 12,
    "python-docx--features_steps_test_files_comments-rich-para.docx": 14,
    "python-docx--features_steps_test_files_doc-access-sections.docx": 3,
    "python-docx--features_steps_test_files_doc-add-section.docx": 5,
    "python-docx--features_steps_test_files_doc-coreprops.docx": 1,
    "python-docx--features_steps_test_files_doc-default.docx": 1,
    "python-docx--features_steps_test_files_doc-no-coreprops.docx": 1,
    "python-docx--features_steps_test_files_doc-odd-even-hdrs.docx": 3,
    "python-docx--features_steps_test_files_doc-word-default-blank.docx": 1,
    "python-docx--features_steps_test_files_fnt-color.docx": 1,
    "python-docx--features_steps_test_files_hdr-header-footer.docx": 3,
    "python-docx--features_steps_test_files_num-having-numbering-part.docx": 1,
    "python-docx--features_steps_test_files_par-alignment.docx": 5,
    "python-docx--features_steps_test_files_par-hlink-frags.docx": 9,
    "python-docx--features_steps_test_files_par-hyperlinks.docx": 3,
    "python-docx--features_steps_test_files_par-known-paragraphs.docx": 2,
    "python-docx--features_steps_test_files_par-known-styles.docx": 5,
    "python-docx--features_steps_test_files_par-rendered-page-breaks.docx": 4,
    "python-docx--features_steps_test_files_run-char-style.docx": 1,
    "python-docx--features_steps_test_files_run-enumerated-props.docx": 1,
    "python-docx--features_steps_test_files_sct-first-page-hdrftr.docx": 10,
    "python-docx--features_steps_test_files_sct-inner-content.docx": 12,
    "python-docx--features_steps_test_files_sct-section-props.docx": 9,
    "python-docx--features_steps_test_files_set-no-settings-part.docx": 1,
    "python-docx--features_steps_test_files_shp-inline-shape-access.docx": 9,
    "python-docx--features_steps_test_files_sty-behav-props.docx": 1,
    "python-docx--features_steps_test_files_sty-having-no-styles-part.docx": 1,
    "python-docx--features_steps_test_files_sty-having-styles-part.docx": 1,
    "python-docx--features_steps_test_files_sty-known-styles.docx": 3,
    "python-docx--features_steps_test_files_tab-stops.docx": 3,
    "python-docx--features_steps_test_files_tbl-2x2-table.docx": 5,
    "python-docx--features_steps_test_files_tbl-cell-access.docx": 37,
    "python-docx--features_steps_test_files_tbl-cell-props.docx": 15,
    "python-docx--features_steps_test_files_tbl-col-props.docx": 5,
    "python-docx--features_steps_test_files_tbl-having-applied-style.docx": 27,
    "python-docx--features_steps_test_files_tbl-having-tables.docx": 24,
    "python-docx--features_steps_test_files_tbl-on-off-props.docx": 15,
    "python-docx--features_steps_test_files_tbl-props.docx": 54,
    "python-docx--features_steps_test_files_txt-font-highlight-color.docx": 4,
    "python-docx--features_steps_test_files_txt-font-props.docx": 11,
    "python-docx--src_docx_templates_default.docx": 0,
    "python-docx--tests_test_files_blk-inner-content.docx": 6,
    "python-docx--tests_test_files_having-images.docx": 5,
    "python-docx--tests_test_files_sct-inner-content.docx": 12,
    "python-docx--tests_test_files_test.docx": 2,
    "python-mammoth--tests_test-data_comments.docx": 1,
    "python-mammoth--tests_test-data_embedded-style-map.docx": 1,
    "python-mammoth--tests_test-data_empty.docx": 1,
    "python-mammoth--tests_test-data_endnotes.docx": 1,
    "python-mammoth--tests_test-data_external-picture.docx": 1,
    "python-mammoth--tests_test-data_footnote-hyperlink.docx": 1,
    "python-mammoth--tests_test-data_footnotes.docx": 1,
    "python-mammoth--tests_test-data_simple-list.docx": 2,
    "python-mammoth--tests_test-data_single-paragraph.docx": 1,
    "python-mammoth--tests_test-data_strict-format.docx": 1,
    "python-mammoth--tests_test-data_strikethrough.docx": 1,
    "python-mammoth--tests_test-data_tables.docx": 6,
    "python-mammoth--tests_test-data_text-box.docx": 2,
    "python-mammoth--tests_test-data_tiny-picture-target-base-relative.docx": 1,
    "python-mammoth--tests_test-data_tiny-picture.docx": 1,
    "python-mammoth--tests_test-data_underline.docx": 1,
    "python-mammoth--tests_test-data_utf8-bom.docx": 1,
}


@needs_corpus
def test_the_table_names_every_file_of_the_corpus() -> None:
    assert sorted(f.name for f in FILES) == sorted([*PARAGRAPHS, *RAISES])


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=lambda f: f.name[:60])
def test_peer_file_gives_what_the_table_says(path: Path) -> None:
    if path.name in RAISES:
        cls, reason = RAISES[path.name]
        with pytest.raises(cls) as info:
            itudocs.parse(path)
        assert info.value.reason.startswith(reason) and info.value.source == str(path)
        return
    doc = itudocs.parse(path)
    assert doc.source.format == "docx"
    assert (doc.header.symbol, doc.kind) == (None, "unknown")
    assert tuple(sorted({w.code for w in doc.warnings})) == WARNINGS.get(path.name, ("no-header",))
    assert doc.accounting is not None and doc.accounting.unplaced == ()
    assert doc.accounting.paragraphs == PARAGRAPHS[path.name]
    # Round-trips through the JSON contract.
    assert itudocs.Document.from_dict(doc.to_dict()) == doc
