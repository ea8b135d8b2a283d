"""JSON export and import of the model (the public contract, schema_version "2").

The exporter only reads the model. ``to_dict`` returns plain dicts, lists, strings,
numbers and ``None``; ``from_dict`` rebuilds an equal :class:`~itudocs.model.Document`.
"""

from __future__ import annotations

import datetime as _dt
import json
from functools import cache
from typing import TYPE_CHECKING, Any

from itudocs.export.upgrade import upgrade
from itudocs.model import SCHEMA_VERSION, Accounting, Document, DocxLoc, Loc, PdfLoc, TextLoc

if TYPE_CHECKING:
    import cattrs


def _structure_loc(value: Any, _type: object) -> Loc:
    if not isinstance(value, dict):
        raise ValueError(f"a location must be an object, not {value!r}")
    if "part" in value:
        numbers: tuple[object, ...] = (value["paragraph"],)
        loc: Loc = DocxLoc(part=value["part"], paragraph=value["paragraph"])
    elif "page" in value:
        box = value["bbox"]
        if not (isinstance(box, list) and len(box) == 4 and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in box)):
            raise ValueError(f"a PDF location's bbox must be four numbers, not {box!r}")
        numbers = (value["page"],)
        loc = PdfLoc(page=value["page"], bbox=(float(box[0]), float(box[1]), float(box[2]),
                                               float(box[3])))
    else:
        numbers = (value["line"], value["start"], value["end"])
        loc = TextLoc(line=value["line"], start=value["start"], end=value["end"])
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in numbers):
        raise ValueError(f"a location's numbers must be integers >= 0, not {value!r}")
    return loc


@cache
def _converter() -> cattrs.Converter:
    """The converter, built on first use: importing cattrs and building the converter
    take ~20 ms, which neither parsing nor :func:`json_schema` needs."""
    import cattrs

    converter = cattrs.Converter(unstruct_collection_overrides={tuple: list})
    converter.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    converter.register_structure_hook(_dt.date, lambda v, _t: _dt.date.fromisoformat(v))
    converter.register_structure_hook(Loc, _structure_loc)
    # Accounting.placed is a tuple of pairs in Python (hashable) and an object in JSON.
    converter.register_unstructure_hook(
        Accounting,
        lambda a: {"paragraphs": a.paragraphs, "placed": dict(a.placed),
                   "unplaced": [converter.unstructure(loc) for loc in a.unplaced]})
    converter.register_structure_hook(
        Accounting,
        lambda v, _t: Accounting(paragraphs=v["paragraphs"],
                                 placed=tuple(sorted(v["placed"].items())),
                                 unplaced=tuple(_structure_loc(x, Loc) for x in v["unplaced"])))
    return converter


def to_dict(doc: Document) -> dict[str, Any]:
    """The contract's dict for ``doc``; ``schema_version`` comes first."""
    data: dict[str, Any] = _converter().unstructure(doc)
    data.pop("schema_version")
    return {"schema_version": doc.schema_version, **data}


def to_dict_any(value: object) -> Any:
    """Any model value (a Citation, a Section ...) as JSON-ready data."""
    return _converter().unstructure(value)


def from_dict(data: dict[str, Any]) -> Document:
    """Rebuild a Document from :func:`to_dict` output.

    Raises :class:`itudocs.errors.SchemaError` when the data does not fit."""
    import cattrs

    from itudocs.errors import SchemaError

    version = data.get("schema_version") if isinstance(data, dict) else None
    if version == "1":
        data = upgrade(data)  # an older contract: read as the current one
        version = data["schema_version"]
    if version != SCHEMA_VERSION:
        raise SchemaError(f"unsupported schema_version {version!r} (expected {SCHEMA_VERSION!r})")
    try:
        return _converter().structure(data, Document)
    except cattrs.BaseValidationError as exc:
        details = "; ".join(cattrs.transform_error(exc)[:5])
        raise SchemaError(f"data does not fit the Document contract: {details}") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise SchemaError(f"data does not fit the Document contract: {exc!r}") from None


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`to_dict` output, shipped in the package."""
    from importlib import resources

    text = (resources.files("itudocs") / "data" / "document.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def to_json(doc: Document, *, indent: int | None = None) -> str:
    """``doc`` as a JSON string (UTF-8 text, non-ASCII kept as is)."""
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)
