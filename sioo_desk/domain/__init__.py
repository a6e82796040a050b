"""The programme's entities and rules. No Qt, no I/O.

Nothing is imported here on purpose: `names`, `rules` and `enums` are cheap and used on the
start-up path, `models` pulls in SQLAlchemy and is imported only by code that writes.
"""
