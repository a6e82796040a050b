"""The Qt-free layers stay Qt-free, and the start-up path stays light."""

from __future__ import annotations

import subprocess
import sys

QT_FREE = [
    "sioo_desk.domain.enums",
    "sioo_desk.domain.names",
    "sioo_desk.domain.rules",
    "sioo_desk.domain.formatting",
    "sioo_desk.domain.models",
    "sioo_desk.store.database",
    "sioo_desk.store.integrity",
    "sioo_desk.store.migrate",
    "sioo_desk.services.cohorts",
    "sioo_desk.services.participants",
    "sioo_desk.services.contact_time",
    "sioo_desk.services.demo",
    "sioo_desk.cli",
]

# What the GUI needs before its first paint, on a database that needs no migration.
START_UP = [
    "sioo_desk.cli",
    "sioo_desk.store.database",
    "sioo_desk.services.cohorts",
    "sioo_desk.services.participants",
    "sioo_desk.services.contact_time",
]


def loaded_after_importing(modules: list[str]) -> set[str]:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print('\\n'.join(sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return set(done.stdout.split())


def test_domain_store_and_services_load_no_qt() -> None:
    loaded = loaded_after_importing(QT_FREE)
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}


def test_start_up_path_loads_no_heavy_libraries() -> None:
    loaded = loaded_after_importing(START_UP)
    heavy = {m.split(".")[0] for m in loaded} & {
        "sqlalchemy",
        "alembic",
        "reportlab",
        "openpyxl",
        "PySide6",
    }
    assert heavy == set()


def _cycles(graph: object) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    found: list[list[str]] = []
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        on_stack.add(module)
        for imported in _imports(graph, module):
            if imported not in order:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], order[imported])
        if low[module] == order[module]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph.modules):  # type: ignore[attr-defined]
        if module not in order:
            visit(module)
    return found


def _imports(graph: object, module: str) -> set[str]:
    imported: set[str] = graph.find_modules_directly_imported_by(module)  # type: ignore[attr-defined]
    if module.startswith(ORM_MODELS):
        # Mapped classes name each other in their relationships; those imports exist only for
        # the type checker (SQLAlchemy resolves the names at run time), so they make no cycle.
        imported = {
            other
            for other in imported
            if not other.startswith(ORM_MODELS)
            or any(
                not detail["line_contents"].startswith("from")
                or detail["line_number"] < _type_checking_line(module)
                for detail in graph.get_import_details(importer=module, imported=other)  # type: ignore[attr-defined]
            )
        }
    return imported


ORM_MODELS = "sioo_desk.domain.models."


def _type_checking_line(module: str) -> int:
    import importlib.util

    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    with open(spec.origin, encoding="utf-8") as source:
        for number, line in enumerate(source, start=1):
            if line.startswith("if TYPE_CHECKING:"):
                return number
    return 1_000_000


def test_no_import_cycle_inside_the_package() -> None:
    """Every import counts, type-checking ones and those inside functions too: a cycle means two
    modules that cannot be understood (or tested) one without the other."""
    import grimp

    graph = grimp.build_graph("sioo_desk", cache_dir=None)
    assert _cycles(graph) == []
