"""Everything a deletion would take with it, kept so that the deletion can be undone.

Follows the schema's own foreign keys: rows that cascade are copied whole, references that the
database sets to NULL are remembered and put back. Works for any table, not only participants.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, update

from sioo_desk.domain.models import Base


@dataclass
class Snapshot:
    rows: dict[str, dict[Any, dict[str, Any]]] = field(default_factory=dict)
    nulled: list[tuple[str, Any, str, Any]] = field(default_factory=list)


def take(connection: Connection, table_name: str, ids: list[Any]) -> Snapshot:
    snapshot = Snapshot()
    _collect(connection, snapshot, table_name, ids)
    return snapshot


def _collect(connection: Connection, snapshot: Snapshot, table_name: str, ids: list[Any]) -> None:
    table = Base.metadata.tables[table_name]
    seen = snapshot.rows.setdefault(table_name, {})
    new_ids = [i for i in ids if i not in seen]
    if not new_ids:
        return
    for row in connection.execute(select(table).where(table.c.id.in_(new_ids))).mappings():
        seen[row["id"]] = dict(row)
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table.name != table_name or "id" not in child.c:
                continue
            column = fk.parent
            if fk.ondelete == "CASCADE":
                found = connection.execute(select(child.c.id).where(column.in_(new_ids)))
                _collect(connection, snapshot, child.name, [r[0] for r in found])
            elif fk.ondelete == "SET NULL":
                found = connection.execute(select(child.c.id, column).where(column.in_(new_ids)))
                snapshot.nulled.extend((child.name, r[0], column.name, r[1]) for r in found)


def restore(connection: Connection, snapshot: Snapshot) -> None:
    for table in Base.metadata.sorted_tables:
        rows = snapshot.rows.get(table.name)
        if rows:
            connection.execute(table.insert(), list(rows.values()))
    for table_name, row_id, column, value in snapshot.nulled:
        table = Base.metadata.tables[table_name]
        connection.execute(update(table).where(table.c.id == row_id).values({column: value}))
