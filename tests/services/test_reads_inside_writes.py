"""A check made during a write reads through the write's own transaction: inside a
`with db.session() as s:` block no service reads through `db` (its other connection sees the
database as it was before the write began, and on SQLite may wait for the write's lock)."""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "sioo_desk" / "services"


def reads_on_the_other_connection(source: str) -> list[int]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.With):
            continue
        owners = {
            ast.unparse(item.context_expr.func.value)
            for item in node.items
            if isinstance(item.context_expr, ast.Call)
            and isinstance(item.context_expr.func, ast.Attribute)
            and item.context_expr.func.attr == "session"
        }
        if not owners:
            continue
        for inner in ast.walk(node):
            if not isinstance(inner, ast.Call):
                continue
            passed = [*inner.args, *(k.value for k in inner.keywords)]
            reads = (
                isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "read"
                and ast.unparse(inner.func.value) in owners
            )
            if reads or any(ast.unparse(a) in owners for a in passed):
                found.append(inner.lineno)
    return found


def test_the_check_finds_a_read_on_the_other_connection() -> None:
    bad = (
        "def f(db):\n"
        "    with db.session() as s:\n"
        "        db.read('SELECT 1')\n"
        "        helper(db, 3)\n"
        "        s.execute('SELECT 1')\n"
    )
    assert reads_on_the_other_connection(bad) == [3, 4]


def test_no_service_reads_beside_its_own_write() -> None:
    offenders = {
        path.name: lines
        for path in sorted(SERVICES.glob("*.py"))
        if (lines := reads_on_the_other_connection(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
