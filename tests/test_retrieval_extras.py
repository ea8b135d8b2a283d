"""The optional extras for retrieval: the LangChain loader, the LlamaIndex reader and
the docling export, each checked with its framework's own types and machinery (a
vector store, an index, docling-core's model). Each test skips where its extra is not
installed (CI installs none of them: see docs/retrieval.md)."""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
from pathlib import Path

import pytest

import itudocs
from itudocs import integrations

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EN = str(itudocs.sample_path("en"))


def _folder(tmp_path: Path) -> Path:
    """Three documents in a folder (one in a sub-folder), and a file that is none."""
    (tmp_path / "sub").mkdir(exist_ok=True)
    shutil.copy(itudocs.sample_path("en"), tmp_path / "a-report-en.docx")
    shutil.copy(FIXTURES / "kinds" / "docx" / "note-fr.docx", tmp_path / "b-note-fr.docx")
    shutil.copy(FIXTURES / "kinds" / "tika" / "letter-zh.txt", tmp_path / "sub" / "c.txt")
    (tmp_path / "notes.md").write_text("not a document", "utf-8")
    return tmp_path


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    real = integrations.parse

    def parse(path: str, **kwargs: object) -> itudocs.Document:
        parsed.append(os.path.basename(path))
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(integrations, "parse", parse)
    return parsed


# --- LangChain --------------------------------------------------------------------------


def test_langchain_loader_is_a_base_loader_of_chunks() -> None:
    pytest.importorskip("langchain_core")
    from langchain_core.document_loaders import BaseLoader
    from langchain_core.documents import Document as LCDocument

    from itudocs.integrations.langchain import ItuDocsLoader

    loader = ItuDocsLoader(EN, max_chars=500)
    assert isinstance(loader, BaseLoader)
    docs = loader.load()
    chunks = list(itudocs.parse(EN).chunks(max_chars=500))
    assert all(isinstance(d, LCDocument) for d in docs)
    assert [d.page_content for d in docs] == [c.text for c in chunks]
    assert [d.id for d in docs] == [c.id for c in chunks]
    meta = docs[0].metadata
    assert (meta["symbol"], meta["language"], meta["kind"], meta["section"]) == (
        "C20/57-E", "en", "report", "1.1")
    assert meta["chunk_index"] == 0 and meta["first_location"].startswith("word/document.xml#")
    # BaseLoader's own async path gives the same
    async def collect() -> list[LCDocument]:
        return [d async for d in loader.alazy_load()]

    assert [d.id for d in asyncio.run(collect())] == [d.id for d in docs]


def test_langchain_loader_reads_a_folder_one_file_at_a_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("langchain_core")
    from itudocs.integrations.langchain import ItuDocsLoader

    parsed = _counting(monkeypatch)
    lazy = ItuDocsLoader(_folder(tmp_path)).lazy_load()
    first = next(lazy)
    assert parsed == ["a-report-en.docx"] and first.metadata["symbol"] == "C20/57-E"
    rest = list(lazy)
    assert parsed == ["a-report-en.docx", "b-note-fr.docx", "c.txt"]
    assert {d.metadata["language"] for d in rest} == {"en", "fr", "zh"}


def test_langchain_loader_feeds_a_vector_store() -> None:
    pytest.importorskip("langchain_core")
    from langchain_core.embeddings import DeterministicFakeEmbedding
    from langchain_core.vectorstores import InMemoryVectorStore

    from itudocs.integrations.langchain import ItuDocsLoader

    docs = ItuDocsLoader([EN, str(itudocs.sample_path("fr"))], max_chars=800).load()
    store = InMemoryVectorStore.from_documents(docs, DeterministicFakeEmbedding(size=32))
    wanted = next(d for d in docs if d.metadata["outcome_lead_in"])
    [hit] = store.similarity_search(wanted.page_content, k=1)  # the same text, the same vector
    assert hit.id == wanted.id and hit.metadata["outcome_lead_in"] == wanted.metadata[
        "outcome_lead_in"]
    french = store.similarity_search("x", k=50, filter=lambda d: d.metadata["language"] == "fr")
    assert french and {d.metadata["symbol"] for d in french} == {"C20/57-F"}


def test_a_bad_file_raises_or_is_skipped(tmp_path: Path) -> None:
    pytest.importorskip("langchain_core")
    from itudocs.integrations.langchain import ItuDocsLoader

    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(itudocs.ItuDocsError):
        ItuDocsLoader([str(bad), EN]).load()
    docs = ItuDocsLoader([str(bad), EN], skip_errors=True).load()
    assert docs and {d.metadata["symbol"] for d in docs} == {"C20/57-E"}


# --- LlamaIndex ------------------------------------------------------------------------


def test_llamaindex_reader_gives_linked_text_nodes() -> None:
    pytest.importorskip("llama_index.core")
    from llama_index.core.readers.base import BaseReader
    from llama_index.core.schema import ObjectType, TextNode

    from itudocs.integrations.llamaindex import ItuDocsReader

    reader = ItuDocsReader(max_chars=500)
    assert isinstance(reader, BaseReader)
    nodes = reader.load_data(EN)
    doc = itudocs.parse(EN)
    chunks = list(doc.chunks(max_chars=500))
    assert all(type(n) is TextNode for n in nodes)
    assert [n.node_id for n in nodes] == [c.id for c in chunks]
    assert [n.text for n in nodes] == [c.text for c in chunks]
    # llama-index's own accessors check each relationship's type
    assert nodes[0].prev_node is None and nodes[-1].next_node is None
    for a, b in itertools.pairwise(nodes):
        assert a.next_node is not None and a.next_node.node_id == b.node_id
        assert b.prev_node is not None and b.prev_node.node_id == a.node_id
    for n in nodes:
        assert n.source_node is not None and n.source_node.node_id == doc.source.sha256
        assert n.source_node.node_type == ObjectType.DOCUMENT
        assert n.ref_doc_id == doc.source.sha256
    parent = nodes[0].parent_node
    assert parent is not None and parent.node_id == f"{doc.source.sha256}#1.1"
    assert parent.metadata["section_path"] == ["1 Introduction", "1.1"]
    # lazily, and through BaseReader's own async path, the same
    assert [n.node_id for n in reader.lazy_load_data(EN)] == [n.node_id for n in nodes]
    assert [n.node_id for n in asyncio.run(reader.aload_data(EN))] == [n.node_id for n in nodes]


def test_llamaindex_nodes_make_an_index(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("llama_index.core")
    from llama_index.core import VectorStoreIndex
    from llama_index.core.embeddings import MockEmbedding

    from itudocs.integrations.llamaindex import ItuDocsReader

    parsed = _counting(monkeypatch)
    lazy = iter(ItuDocsReader().lazy_load_data(_folder(tmp_path)))
    next(lazy)
    assert parsed == ["a-report-en.docx"]  # one file parsed for the first node
    nodes = ItuDocsReader(max_chars=400).load_data(tmp_path)
    index = VectorStoreIndex(nodes, embed_model=MockEmbedding(embed_dim=8))
    assert set(index.docstore.docs) == {n.node_id for n in nodes}
    hits = index.as_retriever(similarity_top_k=3).retrieve("child online protection")
    assert len(hits) == 3 and all(h.node.metadata["symbol"] for h in hits)


# --- docling ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", [
    str(itudocs.sample_path()), *(str(itudocs.sample_path(lang))
                                  for lang in ("en", "fr", "es", "zh", "ru", "ar")),
    str(FIXTURES / "kinds" / "docx" / "note-en.docx"),
    str(FIXTURES / "kinds" / "docx" / "decision-fr.docx")])
def test_to_docling_is_a_valid_docling_document(path: str) -> None:
    pytest.importorskip("docling_core")
    from docling_core.types.doc import DoclingDocument

    doc = itudocs.parse(path)
    out = itudocs.to_docling(doc)
    again = DoclingDocument.model_validate(out.export_to_dict())  # docling's own model
    assert again.export_to_dict() == out.export_to_dict()
    assert out.validate_tree(out.body)
    symbol = doc.header.symbol
    assert out.name == (symbol.text if symbol else os.path.basename(path))
    assert out.origin.filename == os.path.basename(path)
    assert out.origin.binary_hash == int(doc.source.sha256[:16], 16)
    # every block's text is there, once per block
    texts = [t.text for t in out.texts]
    blocks = list(doc.blocks) + [b for s in doc.iter_sections() for b in s.blocks] + [
        b for a in doc.annexes for r in a.sections for s in r.iter_sections()
        for b in s.blocks]
    assert all(b.text in texts for b in blocks if b.kind != "table")


def test_to_docling_maps_the_structure() -> None:
    pytest.importorskip("docling_core")
    from docling_core.types.doc import DocItemLabel, GroupLabel

    out = itudocs.to_docling(itudocs.parse(EN))
    headings = [t.text for t in out.texts if t.label == DocItemLabel.SECTION_HEADER]
    assert headings[:4] == ["1 Introduction", "1.1", "2 Adoption of the agenda", "2.1"]
    title = [t.text for t in out.texts if t.label == DocItemLabel.TITLE]
    assert title == ["Report by the Chairman of the Council Working Group on Child Online "
                     "Protection"]
    bullets = [t for t in out.texts if t.label == DocItemLabel.LIST_ITEM and t.marker == "•"]
    assert len(bullets) == 11  # 4 in 4.1, 5 in 7.1, 2 in 7.2
    items = [t.text for t in out.texts if t.label == DocItemLabel.LIST_ITEM
             and t.marker in ("a)", "b)")]
    assert items == ["Council 2009 resolves (excerpt from Resolution 1306):",
                     "Resolution 179 (Guadalajara, 2010) instructs the Council (excerpt):"]
    quotes = [g.name for g in out.groups if g.label == GroupLabel.SECTION]
    assert quotes == ["quote: Resolution 1306", "quote: Resolution 179 (Guadalajara, 2010)"]
    [kv] = out.key_value_items
    facts = {c.text: v.text for c in kv.graph.cells for link in kv.graph.links
             if link.source_cell_id == c.cell_id for v in kv.graph.cells
             if v.cell_id == link.target_cell_id}
    assert facts["symbol"] == "C20/57-E" and facts["meeting_start"] == "2020-06-09"
    assert facts["language"] == "en" and facts["kind"] == "report"


def test_to_docling_keeps_tables_with_merged_cells() -> None:
    pytest.importorskip("docling_core")
    from .minidocx import make_docx, p, table

    merged = ('<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + p("wide") + "</w:tc>")
    body = p("1\tResults") + table([[p("a"), p("b")], [p("c"), p("d")]]).replace(
        "</w:tbl>", f"<w:tr>{merged}</w:tr></w:tbl>")
    out = itudocs.to_docling(itudocs.parse(make_docx(body)))
    [tab] = out.tables
    assert (tab.data.num_rows, tab.data.num_cols) == (3, 2)
    cells = {(c.start_row_offset_idx, c.start_col_offset_idx): (c.text, c.col_span)
             for c in tab.data.table_cells}
    assert cells == {(0, 0): ("a", 1), (0, 1): ("b", 1), (1, 0): ("c", 1), (1, 1): ("d", 1),
                     (2, 0): ("wide", 2)}
