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
            if isinstance(inner, ast.Call) and _reads(inner, owners):
                found.append(inner.lineno)
    return found


def _reads(call: ast.Call, owners: set[str]) -> bool:
    """Whether a call reads through `owners`: `db.read(...)`, or a helper given `db` or
    `db.read` (rather than the write's session, or `reading(s)`)."""
    if isinstance(call.func, ast.Attribute) and ast.unparse(call.func.value) in owners:
        return call.func.attr == "read"
    passed = [ast.unparse(a) for a in [*call.args, *(k.value for k in call.keywords)]]
    return any(p in owners or p in {f"{o}.read" for o in owners} for p in passed)


def _opens_session(call: ast.Call, owners: set[str]) -> bool:
    return (
        isinstance(call.func, ast.Attribute)
        and call.func.attr == "session"
        and ast.unparse(call.func.value) in owners
    )


# Writes that read before they write, and why that is right for them.
READ_FIRST = {
    # Cannot be undone (`final`): the reads decide who is eligible and fill the certificates'
    # text; an undo puts nothing back.
    ("certificates.py", "_issue_batch"),
    ("certificates.py", "reissue"),
}


def reads_before_the_write(source: str) -> list[tuple[str, int]]:
    """(function, line) of every read, in a function that returns an `Edit`, that runs before
    the function's write: its first `with db.session()` or, in a function that leaves the
    writing to another, its last call given the database (and that call's own arguments).
    What a write's undo puts back, and what its checks rely on, is read in the write's own
    transaction: the other connection, just before it, may see a database that changes
    before the write begins."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef) or node.returns is None:
            continue
        if ast.unparse(node.returns) != "Edit":
            continue
        owners = {
            a.arg
            for a in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
            if a.annotation is not None and ast.unparse(a.annotation) == "Database"
        }
        calls = sorted(
            (
                c
                for c in _own_nodes(node)
                if isinstance(c, ast.Call) and (_reads(c, owners) or _opens_session(c, owners))
            ),
            key=lambda c: (c.lineno, c.col_offset),
        )
        if not calls:
            continue
        sessions = [c for c in calls if _opens_session(c, owners)]
        outermost = [c for c in calls if not any(c in _arguments(o) for o in calls)]
        write = sessions[0] if sessions else outermost[-1]
        found += [
            (node.name, c.lineno)
            for c in calls
            if c is not write
            and (
                (c.lineno, c.col_offset) < (write.lineno, write.col_offset)
                or c in _arguments(write)
            )
        ]
    return found


def _arguments(call: ast.Call) -> list[ast.AST]:
    """The nodes inside a call's arguments: they run before it."""
    return [n for a in [*call.args, *(k.value for k in call.keywords)] for n in ast.walk(a)]


def _own_nodes(function: ast.FunctionDef) -> list[ast.AST]:
    """The nodes of a function's body, without those of the functions defined in it."""
    out: list[ast.AST] = []
    todo: list[ast.AST] = list(function.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        out.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return out


def test_the_check_finds_a_read_on_the_other_connection() -> None:
    bad = (
        "def f(db):\n"
        "    with db.session() as s:\n"
        "        db.read('SELECT 1')\n"
        "        helper(db, 3)\n"
        "        helper(db.read, 3)\n"
        "        s.execute('SELECT 1')\n"
        "        helper(reading(s), 3)\n"
    )
    assert reads_on_the_other_connection(bad) == [3, 4, 5]


def test_the_check_finds_a_read_just_before_the_write() -> None:
    bad = (
        "def save(db: Database, cohort_id: int) -> Edit:\n"
        "    if cohort_id < 0:\n"
        "        raise ValueError(cohort_id)\n"
        "    before = plan_of(db, cohort_id)\n"
        "    if before.empty:\n"
        "        rows = db.read('SELECT 1')\n"
        "    with db.session() as s:\n"
        "        s.add(before)\n"
        "    return Edit(Changes(), partial(save, cohort_id=before.id), before)\n"
        "\n"
        "def save_proposal(db: Database, cohort_id: int) -> Edit:\n"
        "    proposal = propose(db, cohort_id)\n"
        "    return save_groups(db, cohort_id, proposal)\n"
        "\n"
        "def good(db: Database, cohort_id: int) -> Edit:\n"
        "    with db.session() as s:\n"
        "        before = _plan(reading(s), cohort_id)\n"
        "    after = plan_of(db, cohort_id)\n"
        "    return Edit(Changes(), None, (before, after))\n"
        "\n"
        "def _back(db: Database, *, cohort_id: int) -> Edit:\n"
        "    return save(db, cohort_id)\n"
        "\n"
        "def plan(db: Database, cohort_id: int) -> Plan:\n"
        "    first = plan_of(db, cohort_id)\n"
        "    with db.session() as s:\n"
        "        s.add(first)\n"
        "\n"
        "def nested(db: Database, cohort_id: int) -> Edit:\n"
        "    return save_plan(db, plan=plan_of(db.read, cohort_id))\n"
    )
    assert reads_before_the_write(bad) == [
        ("save", 4),
        ("save", 6),
        ("save_proposal", 12),
        ("nested", 30),
    ]


def test_no_service_reads_just_before_its_own_write() -> None:
    offenders = {
        (path.name, name, line)
        for path in sorted(SERVICES.glob("*.py"))
        for name, line in reads_before_the_write(path.read_text(encoding="utf-8"))
        if (path.name, name) not in READ_FIRST
    }
    assert offenders == set()
    # An allowance no longer needed goes.
    needed = {
        (path.name, name)
        for path in sorted(SERVICES.glob("*.py"))
        for name, _line in reads_before_the_write(path.read_text(encoding="utf-8"))
    }
    assert needed >= READ_FIRST


def test_no_service_reads_beside_its_own_write() -> None:
    offenders = {
        path.name: lines
        for path in sorted(SERVICES.glob("*.py"))
        if (lines := reads_on_the_other_connection(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
