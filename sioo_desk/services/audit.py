"""One line in the audit log for every change a user makes."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy.orm import Session

from sioo_desk.domain.models import AuditEntry
from sioo_desk.services.changes import actor


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
    **details: object,
) -> None:
    session.add(
        AuditEntry(
            at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            actor=actor(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary,
            details=json.dumps(details, default=str, ensure_ascii=False) if details else "",
        )
    )
