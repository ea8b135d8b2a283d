"""Benchmark itudocs against the cost of merely reading the source.

Run from the repository root::

    .venv/bin/python benchmarks/bench.py            # full run
    .venv/bin/python benchmarks/bench.py --quick    # smoke check, well under 20 s

For ITU-style documents of about 3, 30 and 300 pages (generated once with the test
fixture builder and cached under ``benchmarks/.cache/``) it measures, as the minimum
CPU time (``time.process_time``) of interleaved runs (floor, parse, floor, parse, ...):

- docx floor: unzip ``word/document.xml``, ``lxml.etree.fromstring``, and one walk of
  the tree collecting each ``w:p``'s text (its ``w:t`` texts joined);
- ``itudocs.parse(bytes)`` on the .docx, and its ratio to the floor;
- text floor: ``str.splitlines()``, one compiled section-number regex match and one
  tuple per line;
- ``itudocs.parse_text(text)`` on the Tika rendering, and its ratio to the text floor;
- python-docx (``Document(...).paragraphs``: text and style name), for comparison;
- PDF floor: pypdfium2's own plain text of every page (open, load each page and its text
  page, ``PdfTextPage.get_text_range()``) of LibreOffice's PDF of the .docx (built with
  ``soffice`` and cached; the row is left out where LibreOffice or pypdfium2 is missing);
  ``itudocs.parse(bytes)`` on the PDF, and its ratio to the PDF floor;

plus ``import itudocs`` in fresh interpreters against importing ``lxml.etree`` and
``zipfile`` (the minimum CPU time of the import statement over interleaved runs), and
the tracemalloc peak of one ``itudocs.parse`` of the largest document against the
size of its ``document.xml``. The table is printed, and the same numbers are written
to ``benchmarks/results.json``. See ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import copy
import gc
import hashlib
import io
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
RESULTS = HERE / "results.json"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402
from tests.fixtures import build_fixtures as bf  # noqa: E402
from tests.fixtures.report_content import EN  # noqa: E402

import itudocs  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_P, W_T = W + "p", W + "t"
SIZES = (3, 30, 300)  # target pages
# Page estimate (A4, 2 cm margins, 11 pt): a page holds ~500 words or ~45 lines of
# ~90 characters; a paragraph takes at least one line. pages = max(words/500, lines/45).
WORDS_PER_PAGE, LINES_PER_PAGE, CHARS_PER_LINE = 500, 45, 90
# Bump when the generated documents change shape (the cache key also hashes the
# fixture builder and the report content, so their edits rebuild the cache too).
GENERATOR_VERSION = "1"
TEXT_FLOOR_RE = re.compile(r"^(\d+(?:\.\d+)*)\t")

TARGETS = {  # pages -> maximum itudocs.parse / docx floor
    3: 3.0, 30: 2.0, 300: 1.5}
TEXT_TARGET = 10.0  # maximum parse_text / text floor, every size
PDF_TARGET = 2.0  # maximum itudocs.parse of the PDF / pypdfium2's plain text, every size
IMPORT_TARGET = 1.5  # maximum `import itudocs` / `import lxml.etree, zipfile`
MEMORY_TARGET = 10.0  # maximum tracemalloc peak / document.xml bytes


# -- the documents -------------------------------------------------------------------------


def _counts(text: str) -> tuple[int, int]:
    """(words, lines) of a rendering with one paragraph per line."""
    words = len(text.split())
    lines = sum(max(1, math.ceil(len(line) / CHARS_PER_LINE)) for line in text.splitlines())
    return words, lines


def _pages(words: int, lines: int) -> float:
    return max(words / WORDS_PER_PAGE, lines / LINES_PER_PAGE)


def estimate_pages(text: str) -> tuple[float, int, int]:
    """(pages, words, lines) of a rendering with one paragraph per line."""
    words, lines = _counts(text)
    return _pages(words, lines), words, lines


def _template_sections(report: bf.Report) -> list[list[bf.Block]]:
    """The report body cut into its top-level sections (a heading and what follows)."""
    groups: list[list[bf.Block]] = []
    for block in report["body"]:
        if block["kind"] == "heading" and "." not in block["number"]:
            groups.append([])
        groups[-1].append(block)
    return groups


def _renumbered(group: list[bf.Block], number: int) -> list[bf.Block]:
    out = []
    for block in copy.deepcopy(group):
        if block["kind"] in ("heading", "numbered"):
            _old, *sub = block["number"].split(".")
            block["number"] = ".".join([str(number), *sub])
        out.append(block)
    return out


def make_report(pages: int) -> tuple[bf.Report, float]:
    """The English report with its body sections repeated (and renumbered 1..N) until
    the estimated page count reaches ``pages``; returns the report and its estimate."""
    groups = _template_sections(EN)
    report = copy.deepcopy(EN)
    report["body"] = []
    # Words and lines add up line by line, so each section's share is counted once.
    words, lines = base = _counts(bf.tika_text(report))
    share: dict[tuple[int, int], tuple[int, int]] = {}  # (group, digits) -> counts
    n = 0
    while True:
        section = _renumbered(groups[n % len(groups)], n + 1)
        key = (n % len(groups), len(str(n + 1)))
        if key not in share:
            share[key] = _counts(bf.tika_text({**report, "body": section}))
        w, li = share[key]
        words, lines = words + w - base[0], lines + li - base[1]
        report["body"] += section
        n += 1
        if _pages(words, lines) >= pages:
            return report, _pages(words, lines)


def _cache_key() -> str:
    h = hashlib.sha256(GENERATOR_VERSION.encode())
    for path in (Path(bf.__file__), ROOT / "tests" / "fixtures" / "report_content.py"):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def documents(sizes: tuple[int, ...]) -> dict[int, dict[str, Any]]:
    """Build (or load from the cache) the .docx and Tika text of each size."""
    CACHE.mkdir(parents=True, exist_ok=True)
    key = _cache_key()
    out = {}
    for pages in sizes:
        stem = CACHE / f"report-en-{pages}p-{key}"
        docx_path, text_path = stem.with_suffix(".docx"), stem.with_suffix(".txt")
        if not (docx_path.exists() and text_path.exists()):
            t0 = time.perf_counter()
            report, _ = make_report(pages)
            docx_path.write_bytes(bf.build_report(report, bf.Options()))
            text_path.write_bytes(bf.tika_text(report).encode("utf-8"))
            print(f"  built {docx_path.name} in {time.perf_counter() - t0:.1f} s",
                  file=sys.stderr)
        data = docx_path.read_bytes()
        text = text_path.read_text(encoding="utf-8")
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml_size = z.getinfo("word/document.xml").file_size
        est, words, lines = estimate_pages(text)
        pdf_path = stem.with_suffix(".pdf")
        if not pdf_path.exists():
            _make_pdf(docx_path)
        pdf = pdf_path.read_bytes() if pdf_path.exists() else None
        out[pages] = dict(docx=data, text=text, pdf=pdf, path=str(docx_path.relative_to(ROOT)),
                          pages_estimate=round(est, 1), words=words, text_lines=lines,
                          docx_bytes=len(data), document_xml_bytes=xml_size,
                          text_bytes=len(text.encode("utf-8")))
    for old in CACHE.glob("report-en-*"):
        if key not in old.name:
            old.unlink()
    return out


def _make_pdf(docx_path: Path) -> None:
    """LibreOffice's PDF of a generated .docx, beside it (nothing where soffice is missing)."""
    import shutil
    import tempfile

    soffice = shutil.which("soffice")
    if soffice is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation={Path(tmp, 'p').as_uri()}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(CACHE),
                        str(docx_path)], check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=600)


# -- what is measured ----------------------------------------------------------------------


def pdf_floor(data: bytes) -> list[str]:
    """pypdfium2's plain text of every page: the least any PDFium-based reader does."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(data)
    out = []
    for page in doc:
        textpage = page.get_textpage()
        out.append(textpage.get_text_range())
        textpage.close()
        page.close()
    doc.close()
    return out


def docx_floor(data: bytes) -> list[str]:
    """Unzip, parse, and one walk of the tree (paragraphs and their text runs only)
    collecting each paragraph's text: the least any .docx reader has to do."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out: list[str] = []
    parts: list[str] | None = None
    for el in root.iter(W_P, W_T):
        if el.tag == W_P:
            if parts is not None:
                out.append("".join(parts))
            parts = []
        elif parts is not None:
            parts.append(el.text or "")
    if parts is not None:
        out.append("".join(parts))
    return out


def text_floor(text: str) -> list[tuple[str, re.Match[str] | None]]:
    """Split the lines, and for each one section-number match and one tuple: the
    least a line-based reader has to do."""
    match = TEXT_FLOOR_RE.match
    return [(line, match(line)) for line in text.splitlines()]


def python_docx(data: bytes) -> list[tuple[str, str | None]]:
    import docx  # python-docx

    document = docx.Document(io.BytesIO(data))
    return [(p.text, p.style.name if p.style is not None else None)
            for p in document.paragraphs]


def _stats(times: list[float]) -> dict[str, Any]:
    times = sorted(times)
    return dict(min_ms=times[0] * 1e3, median_ms=statistics.median(times) * 1e3,
                reps=len(times))


def measure_pair(floor: Callable[[], object], fn: Callable[[], object], budget: float,
                 min_reps: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """CPU time (``time.process_time``) of ``floor`` and ``fn``, run alternately
    (floor, fn, floor, fn, ...) so that both see the same machine load, repeated to
    fill about ``budget`` seconds after one warm-up each. The minimum is the figure:
    on a shared machine interference only ever adds time."""
    clock = time.process_time
    gc.collect()
    floor()  # warm-ups: imports, caches and compiled patterns are not the document's
    t0 = clock()
    fn()
    first = clock() - t0
    t0 = clock()
    floor()
    first += clock() - t0
    reps = max(min_reps, min(2000, int(budget / max(first, 1e-6))))
    floor_times, fn_times = [], []
    for _ in range(reps):
        t0 = clock()
        floor()
        t1 = clock()
        fn()
        t2 = clock()
        floor_times.append(t1 - t0)
        fn_times.append(t2 - t1)
    return _stats(floor_times), _stats(fn_times)


def measure(fn: Callable[[], object], budget: float, min_reps: int) -> dict[str, Any]:
    """CPU time of ``fn`` alone (minimum of repeated runs, after a warm-up)."""
    clock = time.process_time
    gc.collect()
    t0 = clock()
    fn()
    first = clock() - t0
    reps = max(min_reps, min(2000, int(budget / max(first, 1e-6))))
    times = []
    for _ in range(reps):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return _stats(times)


# What a fresh interpreter imports: the floor is what any .docx reader needs (lxml's
# etree and zipfile); the third line shows what the lazy exporters cost when used.
IMPORTS = {
    "floor": "import lxml.etree, zipfile",
    "itudocs": "import itudocs",
    "itudocs_exporters": "import itudocs; from itudocs import to_akn, to_json, to_markdown, "
                         "tables; import itudocs.export.html",
}
_IMPORT_CHILD = """import time
t0 = time.process_time()
{stmt}
print(time.process_time() - t0)
"""


def import_times(runs: int) -> dict[str, Any]:
    """CPU time of each IMPORTS statement in a fresh interpreter (timed inside the child,
    so interpreter start-up is left out), interleaved, minimum of ``runs``."""
    # With bytecode caches, as an installed package has them: a PYTHONDONTWRITEBYTECODE
    # environment would otherwise make every round compile the sources again.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT / "src")
    times: dict[str, list[float]] = {name: [] for name in IMPORTS}
    for i in range(runs + 1):  # the first round writes the .pyc files: not counted
        for name, stmt in IMPORTS.items():
            res = subprocess.run([sys.executable, "-c", _IMPORT_CHILD.format(stmt=stmt)],
                                 capture_output=True, text=True, check=True, env=env)
            if i:
                times[name].append(float(res.stdout.strip().splitlines()[-1]))
    out: dict[str, Any] = {name: _stats(t) for name, t in times.items()}
    out["statements"] = IMPORTS
    out["ratio"] = out["itudocs"]["min_ms"] / out["floor"]["min_ms"]
    out["target"] = IMPORT_TARGET
    out["pass"] = out["ratio"] <= IMPORT_TARGET
    return out


def peak_memory(data: bytes) -> dict[str, Any]:
    """tracemalloc peak of one itudocs.parse (and of the docx floor, for scale).
    tracemalloc sees Python allocations only; libxml2's tree is malloc'ed in C and is
    not counted, so the child-process RSS growth is reported next to it."""
    out: dict[str, Any] = {}
    for name, fn in (("parse", itudocs.parse), ("floor", docx_floor)):
        fn(data)  # warm-up: module-level caches are not the document's cost
        gc.collect()
        tracemalloc.start()
        result = fn(data)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del result
        out[f"{name}_tracemalloc_peak_bytes"] = peak
    out["parse_rss_growth_bytes"] = _rss_growth("parse")
    out["floor_rss_growth_bytes"] = _rss_growth("floor")
    return out


_RSS_CHILD = r"""
import gc, sys
sys.path.insert(0, {bench!r})
import bench, itudocs
fn = itudocs.parse if {what!r} == "parse" else bench.docx_floor
data = open({path!r}, "rb").read()
fn(open({small!r}, "rb").read())  # imports and caches first
gc.collect()

def status(key):
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key):
                return int(line.split()[1]) * 1024

with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")  # reset the peak RSS (VmHWM) to the current RSS
before = status("VmRSS")
result = fn(data)
print(status("VmHWM") - before)
"""


def _rss_growth(what: str) -> int | None:
    """Peak RSS growth over one ``itudocs.parse`` (``what="parse"``) or one docx floor
    (``"floor"``) of the largest document, each in a fresh process after a warm-up on
    the smallest: Linux VmHWM, reset through /proc/self/clear_refs just before the
    call. Includes libxml2's memory and the result kept alive. None where unavailable."""
    if not sys.platform.startswith("linux"):
        return None
    code = _RSS_CHILD.format(bench=str(HERE), what=what, path=str(ROOT / DOCS[max(DOCS)]["path"]),
                             small=str(ROOT / DOCS[min(DOCS)]["path"]))
    try:
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=300, check=True)
        return int(res.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, ValueError, IndexError):
        return None


# -- the run -------------------------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def _git() -> dict[str, Any]:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT,
                                    capture_output=True, text=True).stdout.strip())
        return {"commit": head, "src_dirty": dirty}
    except (OSError, subprocess.SubprocessError):
        return {}


DOCS: dict[int, dict[str, Any]] = {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="few repetitions (smoke check)")
    ap.add_argument("--no-python-docx", action="store_true", help="skip the comparison")
    ap.add_argument("-o", "--output", type=Path, default=RESULTS, help="JSON results file")
    args = ap.parse_args(argv)
    budget, min_reps = (0.15, 3) if args.quick else (1.5, 7)

    DOCS.update(documents(SIZES))
    rows = []
    for pages, d in DOCS.items():
        data, text = d["docx"], d["text"]
        # Sanity: the generated document parses into the sections it was built from.
        doc = itudocs.parse(data)
        tdoc = itudocs.parse_text(text)
        row: dict[str, Any] = {"pages": pages}
        row.update((k, v) for k, v in d.items() if k not in ("docx", "text", "pdf"))
        row.update(
            paragraphs=len(docx_floor(data)),
            sections=sum(1 for _ in doc.iter_sections()),
            sections_text=sum(1 for _ in tdoc.iter_sections()),
            warnings=len(doc.warnings), warnings_text=len(tdoc.warnings),
        )
        print(f"measuring {pages} pages ...", file=sys.stderr)
        row["docx_floor"], row["docx_parse"] = measure_pair(
            lambda d=data: docx_floor(d), lambda d=data: itudocs.parse(d), budget, min_reps)
        row["text_floor"], row["text_parse"] = measure_pair(
            lambda t=text: text_floor(t), lambda t=text: itudocs.parse_text(t), budget,
            min_reps)
        # python-docx takes seconds on the largest file: --quick leaves it out there.
        if not args.no_python_docx and not (args.quick and pages > 30):
            row["python_docx"] = measure(lambda d=data: python_docx(d), budget,
                                         1 if args.quick else 3)
        pdf = d.get("pdf")
        if pdf is not None and _has_pypdfium2():
            row["pdf_pages"] = len(pdf_floor(pdf))
            row["pdf_floor"], row["pdf_parse"] = measure_pair(
                lambda b=pdf: pdf_floor(b), lambda b=pdf: itudocs.parse(b), budget, min_reps)
            row["pdf_ratio"] = row["pdf_parse"]["min_ms"] / row["pdf_floor"]["min_ms"]
            row["pdf_target"] = PDF_TARGET
            row["pdf_pass"] = row["pdf_ratio"] <= PDF_TARGET
        row["docx_ratio"] = row["docx_parse"]["min_ms"] / row["docx_floor"]["min_ms"]
        row["docx_target"] = TARGETS[pages]
        row["docx_pass"] = row["docx_ratio"] <= TARGETS[pages]
        row["text_ratio"] = row["text_parse"]["min_ms"] / row["text_floor"]["min_ms"]
        row["text_target"] = TEXT_TARGET
        row["text_pass"] = row["text_ratio"] <= TEXT_TARGET
        rows.append(row)

    big = max(DOCS)
    print("measuring memory ...", file=sys.stderr)
    mem = peak_memory(DOCS[big]["docx"])
    xml = DOCS[big]["document_xml_bytes"]
    mem.update(pages=big, document_xml_bytes=xml,
               ratio=mem["parse_tracemalloc_peak_bytes"] / xml, target=MEMORY_TARGET)
    mem["pass"] = mem["ratio"] < MEMORY_TARGET
    if mem["parse_rss_growth_bytes"] is not None:
        mem["rss_ratio"] = mem["parse_rss_growth_bytes"] / xml

    print("measuring import times ...", file=sys.stderr)
    imports = import_times(3 if args.quick else 15)

    report(rows, mem, imports)
    if hasattr(os, "getloadavg"):
        print(f"\nload average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
              + ("; --quick: few repetitions, expect noise" if args.quick else ""))
    result = dict(
        quick=args.quick,
        when=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        python=platform.python_version(), lxml=".".join(map(str, etree.LXML_VERSION)),
        machine=dict(platform=platform.platform(), cpus=os.cpu_count(),
                     loadavg=os.getloadavg() if hasattr(os, "getloadavg") else None),
        git=_git(), page_estimate=dict(words_per_page=WORDS_PER_PAGE,
                                       lines_per_page=LINES_PER_PAGE,
                                       chars_per_line=CHARS_PER_LINE),
        clock="time.process_time (CPU), minimum of interleaved runs",
        sizes=rows, memory=mem, imports=imports)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten {args.output}")
    return 0


def _has_pypdfium2() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def report(rows: list[dict[str, Any]], mem: dict[str, Any], imports: dict[str, Any]) -> None:
    def ms(m: dict[str, Any]) -> str:
        return f"{m['min_ms']:9.2f}"

    print()
    print("documents (pages estimated as max(words/500, lines/45), 90 chars a line)")
    print(f"{'pages':>5} {'est.':>6} {'words':>7} {'paras':>6} {'.docx KB':>9} "
          f"{'doc.xml KB':>10} {'text KB':>8} {'sections':>9} {'warnings':>9}")
    for r in rows:
        print(f"{r['pages']:>5} "
              f"{r['pages_estimate']:>6.1f} {r['words']:>7} {r['paragraphs']:>6} "
              f"{r['docx_bytes'] / 1024:>9.0f} {r['document_xml_bytes'] / 1024:>10.0f} "
              f"{r['text_bytes'] / 1024:>8.0f} "
              f"{str(r['sections']) + '/' + str(r['sections_text']):>9} "
              f"{str(r['warnings']) + '/' + str(r['warnings_text']):>9}")
    print()
    print("CPU ms per document, minimum of interleaved runs (docx | text)")
    print(f"{'pages':>5} | {'floor':>9} {'parse':>9} {'ratio':>6} {'target':>7}      "
          f"| {'floor':>9} {'parse':>9} {'ratio':>6} {'target':>7}      "
          f"| {'python-docx':>11} {'reps':>11}")
    for r in rows:
        pd = r.get("python_docx")
        print(f"{r['pages']:>5} | {ms(r['docx_floor'])} {ms(r['docx_parse'])} "
              f"{r['docx_ratio']:>6.2f} {'<= ' + str(r['docx_target']):>7} "
              f"{_verdict(r['docx_pass'])} "
              f"| {ms(r['text_floor'])} {ms(r['text_parse'])} {r['text_ratio']:>6.2f} "
              f"{'<= ' + str(r['text_target']):>7} {_verdict(r['text_pass'])} "
              f"| {(ms(pd) if pd else '-'):>11} "
              f"{r['docx_parse']['reps']:>5}/{r['text_parse']['reps']:<5}")
    if any("pdf_parse" in r for r in rows):
        print()
        print("PDF (LibreOffice's PDF of the .docx), CPU ms: pypdfium2 plain text | itudocs")
        print(f"{'pages':>5} {'PDF pp':>6} | {'floor':>9} {'parse':>9} {'ratio':>6} {'target':>7}")
        for r in rows:
            if "pdf_parse" in r:
                print(f"{r['pages']:>5} {r['pdf_pages']:>6} | {ms(r['pdf_floor'])} "
                      f"{ms(r['pdf_parse'])} {r['pdf_ratio']:>6.2f} "
                      f"{'<= ' + str(r['pdf_target']):>7} {_verdict(r['pdf_pass'])}")
    print()
    print(f"import, CPU ms in a fresh interpreter (minimum of {imports['floor']['reps']}):")
    for name, stmt in imports["statements"].items():
        print(f"  {stmt:<40.40} {imports[name]['min_ms']:8.2f} ms")
    print(f"  ratio itudocs / floor {imports['ratio']:.2f}  target <= {imports['target']:g}  "
          f"{_verdict(imports['pass'])}")
    print()
    mib = 1024 * 1024
    print(f"peak memory, one itudocs.parse of the {mem['pages']}-page .docx:")
    print(f"  document.xml            {mem['document_xml_bytes'] / mib:8.2f} MiB")
    print(f"  tracemalloc peak        {mem['parse_tracemalloc_peak_bytes'] / mib:8.2f} MiB  "
          f"ratio {mem['ratio']:.2f}  target < {mem['target']:g}  {_verdict(mem['pass'])}")
    print(f"  (floor, tracemalloc     {mem['floor_tracemalloc_peak_bytes'] / mib:8.2f} MiB;"
          " libxml2's own tree is not traced)")
    if mem.get("parse_rss_growth_bytes") is not None:
        floor = mem.get("floor_rss_growth_bytes")
        print(f"  peak RSS growth         {mem['parse_rss_growth_bytes'] / mib:8.2f} MiB  "
              f"ratio {mem['rss_ratio']:.2f}  (fresh process, libxml2 included; "
              + (f"floor {floor / mib:.2f} MiB)" if floor is not None else "for information)"))


if __name__ == "__main__":
    sys.exit(main())
