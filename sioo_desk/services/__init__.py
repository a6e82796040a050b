"""The use cases, one module per job. No Qt. Each call opens what it needs and returns plain
values (dataclasses), never live ORM objects bound to a session."""
