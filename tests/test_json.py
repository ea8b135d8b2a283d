"""The JSON contract: round-trip, schema, key order and stability."""

from __future__ import annotations

import json

import jsonschema
import pytest

import itudocs


@pytest.fixture(scope="module")
def sample() -> itudocs.Document:
    return itudocs.parse(itudocs.sample_path())


def test_round_trip_gives_an_equal_document(sample: itudocs.Document) -> None:
    again = itudocs.Document.from_dict(json.loads(itudocs.to_json(sample)))
    assert again == sample
    assert hash(again) == hash(sample)


def test_output_validates_against_the_shipped_schema(sample: itudocs.Document) -> None:
    jsonschema.Draft202012Validator(itudocs.json_schema()).validate(sample.to_dict())


def test_schema_rejects_a_wrong_shape(sample: itudocs.Document) -> None:
    data = sample.to_dict()
    data["sections"][0]["level"] = "one"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, itudocs.json_schema())


def test_contract_keys_in_order(sample: itudocs.Document) -> None:
    data = sample.to_dict()
    assert list(data) == ["schema_version", "source", "language", "header", "summary",
                          "action_required", "references", "blocks", "sections", "quotes",
                          "outcomes", "signature", "warnings", "citations", "accounting", "comments", "kind",
                          "summary_record", "contributors", "annexes", "instrument"]
    assert data["schema_version"] == "2"
    assert data["header"]["meeting_start"] == "2020-06-09"
    assert data["sections"][0]["children"][0]["loc"] == {"line": 43, "start": 440, "end": 601}


def test_json_is_byte_identical_across_runs() -> None:
    a = itudocs.to_json(itudocs.parse(itudocs.sample_path()))
    b = itudocs.to_json(itudocs.parse(itudocs.sample_path()))
    assert a == b


def test_from_dict_rejects_other_versions_and_shapes(sample: itudocs.Document) -> None:
    data = sample.to_dict()
    for version in ("0", "3", None):
        with pytest.raises(itudocs.SchemaError):
            itudocs.Document.from_dict({**data, "schema_version": version})
    with pytest.raises(itudocs.SchemaError):
        itudocs.Document.from_dict({**data, "sections": [{"number": "1"}]})


def test_shipped_schema_is_the_one_the_script_writes() -> None:
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "build_schema.py"
    spec = importlib.util.spec_from_file_location("build_schema", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert json.loads(module.render()) == itudocs.json_schema()


def test_every_fixture_and_sample_validates() -> None:
    import glob

    validator = jsonschema.Draft202012Validator(itudocs.json_schema())
    paths = [str(itudocs.sample_path()), *sorted(glob.glob("tests/fixtures/docx/*.docx")),
             *sorted(glob.glob("tests/fixtures/tika/*.txt"))]
    assert len(paths) >= 17
    for path in paths:
        for revisions in ("accept", "all"):
            doc = itudocs.parse(path, revisions=revisions)  # type: ignore[arg-type]
            validator.validate(doc.to_dict())
            assert itudocs.Document.from_dict(doc.to_dict()) == doc


def test_from_dict_upgrades_version_1() -> None:
    doc = itudocs.parse_text("Document CWG-COP-14/3-E\nDate: 30 September 2015\n"
                             "1\tIntroduction\n")
    assert doc.header.symbol is not None
    assert (doc.header.symbol.series, doc.header.symbol.group_meeting) == ("CWG-COP", 14)
    old = json.loads(itudocs.to_json(doc))
    old["schema_version"] = "1"  # as version 1 wrote it: the meeting inside the series
    old["header"]["symbol"]["series"] = "CWG-COP-14"
    del old["header"]["symbol"]["group_meeting"], old["header"]["symbol"]["doc_type"]
    assert itudocs.Document.from_dict(old) == doc


def test_from_dict_rejects_a_negative_or_non_integer_location(sample: itudocs.Document) -> None:
    data = sample.to_dict()
    for bad in (-1, "3", 1.5, True):
        broken = json.loads(json.dumps(data))
        broken["sections"][0]["loc"]["line"] = bad
        with pytest.raises(itudocs.SchemaError):
            itudocs.Document.from_dict(broken)
