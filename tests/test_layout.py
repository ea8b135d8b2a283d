"""The package's layout keeps its layers: imports run one way (no cycle, counting
imports inside functions), and no module grows past 600 lines.

The one allowed exception is the convenience methods of the model that hand a value
to an exporter (``Document.to_dict``, the notebook reprs ``_repr_html_`` ...): they
import the exporter lazily inside the method, as pandas' ``DataFrame.to_json`` does,
so that the model does not depend on its exporters when it is imported. Such a method
may name the exporter's type in its signature (``Document.chunks`` returns
``Iterator[Chunk]``): the model imports it under ``if TYPE_CHECKING:`` only, which
the type checker reads and Python never runs."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "itudocs"
MAX_LINES = 600


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _target(name: str) -> str | None:
    """The module of ours an import names (``itudocs.grammar.dates``), or None."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _type_only(node: ast.AST) -> bool:
    """``if TYPE_CHECKING:`` (the imports under it are for the type checker only)."""
    return isinstance(node, ast.If) and isinstance(node.test, ast.Name) \
        and node.test.id == "TYPE_CHECKING"


def _imports(name: str, path: Path) -> list[tuple[str, bool, str | None]]:
    """(imported module, inside a function?, the enclosing class) for each import; an
    import under ``if TYPE_CHECKING:`` counts as inside a function, in class
    ``TYPE_CHECKING``."""
    tree = ast.parse(path.read_text("utf-8"))
    found: list[tuple[str, bool, str | None]] = []

    def visit(node: ast.AST, in_function: bool, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if _type_only(child) and cls is None:
                visit(child, True, "TYPE_CHECKING")
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    if (t := _target(alias.name)) is not None:
                        found.append((t, in_function, cls))
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                for alias in child.names:
                    t = _target(f"{child.module}.{alias.name}") or _target(child.module)
                    if t is not None:
                        found.append((t, in_function, cls))
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(child, True, cls)
            elif isinstance(child, ast.ClassDef):
                visit(child, in_function, child.name)
            else:
                visit(child, in_function, cls)

    visit(tree, False, None)
    return found


def _allowed(source: str, target: str, in_function: bool, cls: str | None) -> bool:
    """A model method handing the value to an exporter, imported lazily."""
    return source == "itudocs.model" and target.startswith("itudocs.export.") and in_function \
        and cls is not None


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        for target, in_function, cls in _imports(name, path):
            if target != name and not _allowed(name, target, in_function, cls):
                graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def test_no_import_cycle_counting_imports_inside_functions() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_layers_run_one_way() -> None:
    graph = _graph()
    below = {  # a layer imports only from the layers named here (and itself)
        "itudocs.languages": set(),
        "itudocs.model": {"itudocs.languages"},
        "itudocs.lang": {"itudocs.lang", "itudocs.languages"},
        "itudocs.grammar": {"itudocs.grammar", "itudocs.lang", "itudocs.languages",
                            "itudocs.model"},
        "itudocs.readers": {"itudocs.readers", "itudocs.grammar", "itudocs.model",
                            "itudocs.errors", "itudocs.limits", "itudocs.lang",
                            "itudocs.languages"},
        "itudocs.extract": {"itudocs.extract", "itudocs.readers", "itudocs.grammar",
                            "itudocs.lang", "itudocs.languages", "itudocs.model"},
        "itudocs.export": {"itudocs.export", "itudocs.grammar", "itudocs.lang",
                           "itudocs.languages", "itudocs.model", "itudocs.errors"},
        # the retrieval frameworks' loaders: files parsed (api, batch's folder search)
        # into chunks (export); nothing below imports them
        "itudocs.integrations": {"itudocs.integrations", "itudocs.api", "itudocs.batch",
                                 "itudocs.export", "itudocs.model", "itudocs.errors",
                                 "itudocs.readers"},
        # aligning the language versions of a document reads parsed Documents only
        "itudocs.parallel": {"itudocs.parallel", "itudocs.languages", "itudocs.model",
                             "itudocs.errors"},
    }

    def layer(module: str) -> str:
        return next((k for k in sorted(below, key=len, reverse=True)
                     if module == k or module.startswith(k + ".")), module)

    wrong = sorted((src, dst) for src, targets in graph.items() for dst in targets
                   if layer(src) in below and layer(dst) not in below[layer(src)]
                   and layer(dst) != layer(src))
    assert wrong == []


def test_no_module_over_600_lines() -> None:
    long = {name: n for name, path in MODULES.items()
            if (n := len(path.read_text("utf-8").splitlines())) > MAX_LINES}
    assert long == {}
