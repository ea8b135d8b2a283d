"""Write src/itudocs/data/document.schema.json, the JSON Schema of the contract.

The schema is written here, by hand, as the contract; a test checks that the shipped
file is what this script writes and that every Document the tests produce validates.
Run: .venv/bin/python scripts/build_schema.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from itudocs.languages import CODES
from itudocs.model import DOCUMENT_KINDS

OUT = Path(__file__).resolve().parent.parent / "src" / "itudocs" / "data" / "document.schema.json"
LANGS = list(CODES)
NSTR = {"type": ["string", "null"]}
NINT = {"type": ["integer", "null"]}
DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
LANG = {"enum": [*LANGS, None]}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/$defs/{name}"}


def nullable(name: str) -> dict[str, Any]:
    return {"oneOf": [ref(name), {"type": "null"}]}


def array(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


def obj(props: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    """An object with exactly these keys; ``optional`` keys are additive ones that a
    document written by an older release of the same schema_version may lack (a
    block's ``links``, ``spans`` and ``table``)."""
    return {"type": "object", "additionalProperties": False,
            "required": [k for k in props if k not in optional], "properties": props}


def schema() -> dict[str, Any]:
    defs = {
        "DocxLoc": obj({"part": {"type": "string"},
                        "paragraph": {"type": "integer", "minimum": 0}}),
        "TextLoc": obj({"line": {"type": "integer", "minimum": 0},
                        "start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 0}}),
        "PdfLoc": obj({"page": {"type": "integer", "minimum": 0},
                       "bbox": {"type": "array", "items": {"type": "number"},
                                "minItems": 4, "maxItems": 4}}),
        "Loc": {"oneOf": [ref("DocxLoc"), ref("TextLoc"), ref("PdfLoc")]},
        "Symbol": obj({"text": {"type": "string"}, "series": {"type": "string"},
                       "session_year": NINT, "number": {"type": "string"},
                       "revision": NINT, "addendum": NINT, "corrigendum": NINT,
                       "language": LANG, "group_meeting": NINT, "doc_type": NSTR}),
        "Instrument": obj({
            "id": {"type": "string", "pattern": r"^itu:[a-z?-]+:[a-z]+:.+$"},
            "kind": {"enum": ["resolution", "decision", "recommendation", "opinion",
                              "document"]},
            "number": {"type": "string"},
            "body": {"enum": ["PP", "Council", "WTDC", "WTSA", "RA", "WRC", "UNGA", None]},
            "place": NSTR, "year": NINT, "revised": {"type": "boolean"},
            "inferred": array({"enum": ["body", "place", "year"]}),
            "symbol": nullable("Symbol")}),
        "Link": obj({"start": {"type": "integer", "minimum": 0},
                     "end": {"type": "integer", "minimum": 0}, "url": {"type": "string"}}),
        "Span": obj({"kind": {"enum": ["math"]}, "start": {"type": "integer", "minimum": 0},
                     "end": {"type": "integer", "minimum": 0}}),
        "Table": obj({"rows": array(obj({"cells": array(ref("Cell"))})),
                      "header_rows": {"type": "integer", "minimum": 0}}),
        "Cell": obj({"text": {"type": "string"}, "blocks": array(ref("Block")),
                     "colspan": {"type": "integer", "minimum": 1},
                     "rowspan": {"type": "integer", "minimum": 1}}),
        "Block": obj({"kind": {"enum": ["paragraph", "item", "bullet", "quote", "table"]},
                      "label": NSTR, "text": {"type": "string"}, "loc": ref("Loc"),
                      "id": NSTR, "direction": {"enum": ["ltr", "rtl", None]}, "lang": NSTR,
                      "notes": array(obj({"kind": {"enum": ["footnote", "endnote"]},
                                          "id": {"type": "string"}, "text": {"type": "string"},
                                          "offset": {"type": "integer", "minimum": 0}})),
                      "changes": array(obj({"kind": {"enum": ["insert", "delete"]},
                                            "author": NSTR, "date": NSTR,
                                            "start": {"type": "integer", "minimum": 0},
                                            "end": {"type": "integer", "minimum": 0}})),
                      "links": array(ref("Link")), "spans": array(ref("Span")),
                      "table": nullable("Table")},
                     optional=("links", "spans", "table")),
        "Reference": obj({"text": {"type": "string"}, "loc": ref("Loc"),
                          "instrument": nullable("Instrument"), "block_id": NSTR}),
        "Section": obj({"number": {"oneOf": [{"type": "string", "pattern": r"^[0-9]+(\.[0-9]+)*$"},
                                             {"type": "null"}]},
                        "title": NSTR, "level": {"type": "integer", "minimum": 1},
                        "blocks": array(ref("Block")), "children": array(ref("Section")),
                        "loc": ref("Loc"), "id": NSTR}),
    }
    top = obj({
        "schema_version": {"const": "2"},
        "source": obj({"name": NSTR, "format": {"enum": ["docx", "tika-text", "pdf", "doc"]},
                       "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}),
        "language": LANG,
        "header": obj({
            "symbol": nullable("Symbol"), "meeting": NSTR, "venue": NSTR,
            "meeting_start": DATE, "meeting_end": DATE, "agenda_item": NSTR, "date": DATE,
            "original_languages": array({"enum": LANGS}), "title": NSTR, "subtitle": NSTR,
            "venue_id": NSTR, "source": NSTR, "subject": NSTR}),
        "summary": NSTR,
        "action_required": NSTR,
        "references": array(ref("Reference")),
        "blocks": array(ref("Block")),
        "sections": array(ref("Section")),
        "quotes": array(obj({
            "section": NSTR, "intro": NSTR, "source": NSTR,
            "paragraphs": array(obj({"label": NSTR, "text": {"type": "string"},
                                     "loc": ref("Loc"), "block_id": NSTR})),
            "elided": {"type": "boolean"}, "loc": ref("Loc"),
            "instrument": nullable("Instrument"), "intro_block_id": NSTR})),
        "outcomes": array(obj({
            "section": NSTR, "intro": NSTR,
            "bullets": array(obj({"text": {"type": "string"}, "loc": ref("Loc"),
                                  "block_id": NSTR})),
            "loc": ref("Loc"), "intro_block_id": NSTR})),
        "signature": {"oneOf": [obj({"role": NSTR, "name": NSTR, "country": NSTR}),
                                {"type": "null"}]},
        "warnings": array(obj({"code": {"type": "string"}, "message": {"type": "string"},
                               "loc": {"oneOf": [ref("Loc"), {"type": "null"}]}})),
        "citations": array(obj({"text": {"type": "string"}, "instrument": ref("Instrument"),
                                "loc": ref("Loc"), "start": {"type": "integer", "minimum": 0},
                                "end": {"type": "integer", "minimum": 0}, "block_id": NSTR})),
        "accounting": {"oneOf": [obj({
            "paragraphs": {"type": "integer", "minimum": 0},
            "placed": {"type": "object", "additionalProperties": {"type": "integer",
                                                                  "minimum": 0}},
            "unplaced": array(ref("Loc"))}), {"type": "null"}]},
        "comments": array(obj({
            "id": {"type": "string"}, "author": NSTR, "date": NSTR, "text": {"type": "string"},
            "loc": {"oneOf": [ref("Loc"), {"type": "null"}]}, "start": NINT,
            "end_loc": {"oneOf": [ref("Loc"), {"type": "null"}]}, "end": NINT})),
        "kind": {"enum": list(DOCUMENT_KINDS)},
        "summary_record": {"oneOf": [obj({
            "ordinal": NINT, "chair": NSTR, "date": DATE,
            "subjects": array(obj({"number": NSTR, "title": {"type": "string"},
                                   "documents": array(ref("Symbol"))}))}),
            {"type": "null"}]},
        "contributors": array({"type": "string"}),
        "annexes": array(obj({
            "label": {"type": "string"}, "title": NSTR, "summary": NSTR,
            "action_required": NSTR, "references": array(ref("Reference")),
            "blocks": array(ref("Block")), "sections": array(ref("Section")),
            "loc": ref("Loc")})),
        "instrument": nullable("Instrument"),
    })
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://itudocs.invalid/schema/document-2.json",
        "title": "itudocs Document (schema_version 2)",
        "description": "The JSON contract of itudocs: one parsed ITU Council document. "
                       "Keys marked optional were added within schema_version 2.",
        **top,
        "$defs": defs,
    }


def render() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
