"""`import itudocs` stays light: the exporters and cattrs load on first use, and every
public name still resolves."""

from __future__ import annotations

import subprocess
import sys

import itudocs


def test_public_names_resolve() -> None:
    for name in itudocs.__all__:
        assert getattr(itudocs, name) is not None, name
        assert name in dir(itudocs), name


def test_lazy_name_is_the_exporter() -> None:
    from itudocs import to_akn
    from itudocs.export.akn import to_akn as direct

    assert to_akn is direct


def test_unknown_name_raises_attribute_error() -> None:
    try:
        itudocs.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("no AttributeError")


def test_parse_imports_no_exporter() -> None:
    code = (
        "import sys, itudocs\n"
        "itudocs.parse(itudocs.sample_path('en'))\n"
        "itudocs.parse(itudocs.sample_path())\n"
        "print(sorted(m for m in sys.modules if m.startswith(('cattrs', 'itudocs.export'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
