"""Safety limits, always on, on every code path.

Defaults suit any real Council document with a wide margin; a caller can pass its own
:class:`Limits` to :func:`itudocs.parse`. Reaching one raises
:class:`~itudocs.errors.LimitExceededError` before the memory is spent.

Example:

```pycon
>>> import itudocs
>>> strict = itudocs.Limits(max_part_size=1_000_000)
>>> doc = itudocs.parse(itudocs.sample_path(), limits=strict)

```
"""

from __future__ import annotations

import attrs

MiB = 1024 * 1024


@attrs.frozen
class Limits:
    """Bounds on what a parse may read, always on: input and part sizes, the zip's
    entries and compression ratio, XML depth and elements, paragraphs, a PDF's pages and
    objects, the time a .doc's conversion may take. A source over a limit raises
    :class:`~itudocs.errors.LimitExceededError` (a conversion over its time, a
    :class:`~itudocs.errors.ConversionError`); pass your own ``Limits(...)`` to
    ``itudocs.parse`` to widen or narrow them."""

    #: bytes accepted as input at all (a .docx file or a text file)
    max_input_size: int = 256 * MiB
    #: uncompressed bytes of one part read from a package
    max_part_size: int = 128 * MiB
    #: uncompressed bytes of all parts read from a package together
    max_total_size: int = 512 * MiB
    #: uncompressed / compressed size of one part (only checked above 1 MiB)
    max_ratio: float = 1000.0
    #: entries in the zip directory
    max_entries: int = 10_000
    #: XML element nesting; libxml2 refuses trees deeper than 256 whatever this says,
    #: a lower value is checked too
    max_xml_depth: int = 256
    #: XML elements in one part (counted as ``<`` before parsing, an upper bound)
    max_xml_elements: int = 2_000_000
    #: paragraphs (.docx) or lines (text) in one document; a 300-page report has
    #: about 5,000 (parse time grows in proportion: 200,000 empty paragraphs take about
    #: 5 s)
    max_paragraphs: int = 200_000
    #: characters in one paragraph (.docx) or line (text); a long real paragraph has a
    #: few thousand, a whole report flattened onto one line under a million (parse time
    #: grows with it: about 0.2 s a million)
    max_paragraph_chars: int = 2_000_000
    #: pages of a PDF; the longest Council documents have a few hundred
    max_pages: int = 5_000
    #: drawing objects (text runs, paths, images) on one PDF page
    max_page_objects: int = 200_000
    #: seconds LibreOffice may take to convert a legacy .doc
    conversion_timeout: float = 120.0


DEFAULT_LIMITS = Limits()
