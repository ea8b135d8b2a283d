"""Build the renderings of every fixture .docx that ``tests/test_renderings.py`` parses,
and keep its list of known failures.

The fixtures are ``tests/fixtures/docx/*.docx`` (the report in six languages and four
English variants) and ``tests/fixtures/kinds/docx/*.docx`` (7 kinds x 6 languages); the Tika
text of each sits beside it in ``tika/`` (the variants have none). For a fixture ``NAME``
this writes, and the repository commits, so that CI needs neither LibreOffice nor poppler:

``pdf/NAME.pdf``                   ``soffice --headless --convert-to pdf`` of the .docx
``pdftotext/NAME.txt``             ``pdftotext -enc UTF-8 NAME.pdf -`` (reading order)
``pdftotext-layout/NAME.txt``      ``pdftotext -enc UTF-8 -layout NAME.pdf -``
``web/NAME.txt``                   ``transform.web`` of the Tika text (none for variants)
``flat/NAME.txt``                  ``transform.flat`` of the Tika text (none for variants)

Usage (from the repository root, with the project's venv)::

    .venv/bin/python tests/renderings/build.py                   # everything (PDFs too)
    .venv/bin/python tests/renderings/build.py --texts           # text files only, from the
                                                                 # committed PDFs and Tika texts
    .venv/bin/python tests/renderings/build.py --known-failures  # rewrite known_failures.json
    .venv/bin/python tests/renderings/build.py --table           # fields right, per rendering

Building the PDFs needs LibreOffice Writer, poppler's pdftotext and a CJK font (Debian:
``apt-get install --no-install-recommends libreoffice-writer-nogui poppler-utils
fonts-wqy-microhei``; without the font the Chinese PDFs hold empty boxes, and their text
no longer matches the committed one). ``--texts`` needs pdftotext only. PDFs are not
byte-reproducible (LibreOffice stamps a date and an id), the text files are, given the
same LibreOffice, poppler and fonts (committed: LibreOffice 7.4, pdftotext 22.12.0,
DejaVu and WenQuanYi Micro Hei, on Debian 12).

``--known-failures`` parses every (fixture, rendering) pair and writes
``known_failures.json``: ``{"NAME|RENDERING": [field, ...]}``, the fields that
``itudocs.parse_text`` of the rendering gets differently from ``itudocs.parse`` of the
.docx (``error`` where it raises). ``test_renderings.py`` marks exactly those cases
``xfail(strict=True)``: run it again, and commit the diff, whenever the parser changes what
a rendering gets right (or wrong); the tests fail until you do.

``--table`` prints, per rendering, how many of the compared fields come out right over all
fixtures.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

try:
    from . import compare, transform
except ImportError:  # run as a script: tests/renderings is sys.path[0]
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.renderings import compare, transform  # type: ignore[no-redef]

HERE = compare.HERE
PDF_DIR = HERE / "pdf"


def build_pdfs(fixtures: Sequence[compare.Fixture], out_dir: Path = PDF_DIR) -> list[Path]:
    """``soffice --convert-to pdf`` of every fixture, in one LibreOffice run."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("soffice not found: install libreoffice-writer-nogui (or use --texts)")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # A profile of its own, so that a running LibreOffice does not swallow the job.
        profile = Path(tmp, "profile").as_uri()
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp,
                        *(str(f.docx) for f in fixtures)],
                       check=True, stdout=subprocess.DEVNULL)
        written = []
        for fixture in fixtures:
            target = out_dir / f"{fixture.name}.pdf"
            shutil.copyfile(Path(tmp, f"{fixture.name}.pdf"), target)
            written.append(target)
    return written


def pdftotext(pdf: Path, *, layout: bool) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf), "-"]
    out = subprocess.run(args, check=True, capture_output=True).stdout
    return out.decode("utf-8")


def build_texts(fixtures: Sequence[compare.Fixture]) -> list[Path]:
    """Every text rendering, from the committed PDFs and the Tika texts."""
    written = []

    def write(rendering: str, name: str, text: str) -> None:
        path = HERE / rendering / f"{name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        written.append(path)

    for fixture in fixtures:
        pdf = PDF_DIR / f"{fixture.name}.pdf"
        write("pdftotext", fixture.name, pdftotext(pdf, layout=False))
        write("pdftotext-layout", fixture.name, pdftotext(pdf, layout=True))
        if fixture.tika is not None:
            tika = fixture.tika.read_text(encoding="utf-8")
            write("web", fixture.name, transform.web(tika))
            write("flat", fixture.name, transform.flat(tika))
    return written


def table() -> str:
    """Per rendering: header fields, language, kind and sections right over all fixtures."""
    groups = {"header fields": compare.HEADER_FIELDS, "language": ("language",),
              "kind": ("kind",), "sections": ("sections",)}
    right: dict[str, dict[str, int]] = {r: dict.fromkeys(groups, 0) for r in compare.RENDERINGS}
    total: dict[str, dict[str, int]] = {r: dict.fromkeys(groups, 0) for r in compare.RENDERINGS}
    cases: dict[str, int] = dict.fromkeys(compare.RENDERINGS, 0)
    passing: dict[str, int] = dict.fromkeys(compare.RENDERINGS, 0)
    for fixture, rendering in compare.cases():
        wrong = compare.mismatches(fixture, rendering)
        cases[rendering] += 1
        passing[rendering] += not wrong
        for group, names in groups.items():
            for field in names:
                if field in compare.fields(rendering):
                    total[rendering][group] += 1
                    right[rendering][group] += field not in wrong and compare.ERROR not in wrong

    def share(r: str, group: str) -> str:
        if not total[r][group]:
            return f"{group} -"
        pct = round(100 * right[r][group] / total[r][group])
        return f"{group} {right[r][group]}/{total[r][group]} ({pct}%)"

    lines = []
    for r in compare.RENDERINGS:
        all_right = sum(right[r].values())
        all_total = sum(total[r].values())
        lines.append(f"{r}: " + ", ".join(share(r, g) for g in groups)
                     + f"; all fields {all_right}/{all_total}"
                     f" ({round(100 * all_right / all_total)}%);"
                     f" fixtures wholly right {passing[r]}/{cases[r]}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--texts", action="store_true",
                      help="text renderings only, from the committed PDFs (no LibreOffice)")
    mode.add_argument("--known-failures", action="store_true",
                      help=f"rewrite {compare.KNOWN_FAILURES.name} from the current parser")
    mode.add_argument("--table", action="store_true",
                      help="print the share of fields right, per rendering")
    args = parser.parse_args(argv)
    if args.known_failures:
        failures = compare.current_failures()
        compare.KNOWN_FAILURES.write_text(compare.dump_known_failures(failures),
                                          encoding="utf-8")
        print(f"{compare.KNOWN_FAILURES}: {len(failures)} of {len(compare.cases())} cases fail")
        return
    if args.table:
        print(table())
        return
    fixtures = compare.fixtures()
    if not args.texts:
        for path in build_pdfs(fixtures):
            print(path.relative_to(HERE))
    for path in build_texts(fixtures):
        print(path.relative_to(HERE))


if __name__ == "__main__":
    main()
