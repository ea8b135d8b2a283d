"""Reading JSON written under an older ``schema_version``.

Version ``"1"`` printed a working group's meeting into ``symbol.series``
(``"CWG-COP-14"``, ``"WG-Internet 10"``) and kept ``WG-CP/1/16``'s meeting in the
number (``"1/16"``); version ``"2"`` splits them into ``series`` and
``group_meeting`` and adds ``doc_type``. :func:`upgrade` rewrites version-1 data
into version 2 (a new dict; the input is not changed).

```pycon
>>> from itudocs.export.upgrade import upgrade
>>> old = {"schema_version": "1", "header": {"symbol": {"series": "CWG-COP-14",
...        "number": "3"}}}
>>> upgrade(old)["header"]["symbol"]
{'series': 'CWG-COP', 'number': '3', 'group_meeting': 14, 'doc_type': None}

```
"""

from __future__ import annotations

import re
from typing import Any

_GROUP = re.compile(r"(?P<series>(?:CWG|WG)-[A-Za-z-]+?)[-\s](?P<meeting>[0-9]{1,3})")
_PREFIXED = re.compile(r"(?P<type>[A-Z]{2,3})/[0-9]")


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` as version ``"2"``; data of version 2 is returned unchanged."""
    if data.get("schema_version") != "1":
        return data
    out = _walk(data)
    out["schema_version"] = "2"
    return out  # type: ignore[no-any-return]


def _walk(value: Any) -> Any:
    if isinstance(value, list):
        return [_walk(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _walk(v) for k, v in value.items()}
    if "series" in out and "number" in out and "group_meeting" not in out:
        _symbol(out)
    return out


def _symbol(symbol: dict[str, Any]) -> None:
    series, number = symbol.get("series"), symbol.get("number")
    meeting = None
    if isinstance(series, str) and (m := _GROUP.fullmatch(series)):
        series, meeting = m.group("series"), int(m.group("meeting"))
    elif isinstance(series, str) and series != "C" and isinstance(number, str) \
            and re.fullmatch(r"[0-9]{1,3}/[0-9]{1,4}", number):
        first, number = number.split("/")
        meeting = int(first)
    doc_type = None
    if isinstance(number, str) and (m := _PREFIXED.match(number)):
        doc_type = m.group("type")
    symbol.update(series=series, number=number, group_meeting=meeting, doc_type=doc_type)
