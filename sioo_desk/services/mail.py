"""E-mail addresses of a group of participants, for the clipboard or a new message."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote

from sioo_desk.domain.enums import ParticipantStatus
from sioo_desk.store.database import Database


def addresses(
    db: Database,
    cohort_id: int,
    *,
    participant_ids: Iterable[int] | None = None,
    status: ParticipantStatus | None = None,
    group_id: int | None = None,
) -> list[str]:
    """Distinct addresses in list order; participants without an address are left out."""
    sql = "SELECT p.id, p.email FROM participants p WHERE p.cohort_id = :c AND p.email != ''"
    params: dict[str, object] = {"c": cohort_id}
    if status is not None:
        sql += " AND p.status = :s"
        params["s"] = status.value
    if group_id is not None:
        sql += " AND p.id IN (SELECT participant_id FROM group_members WHERE group_id = :g)"
        params["g"] = group_id
    rows = db.read(sql, params)
    wanted = set(participant_ids) if participant_ids is not None else None
    seen: dict[str, None] = {}
    for participant_id, email in rows:
        if wanted is None or participant_id in wanted:
            seen.setdefault(email.lower(), None)
    return list(seen)


def clipboard_text(emails: list[str]) -> str:
    """Semicolons, as Outlook's address fields take them."""
    return "; ".join(emails)


def mailto_bcc(emails: list[str], subject: str = "") -> str:
    url = "mailto:?bcc=" + ",".join(quote(e, safe="@") for e in emails)
    if subject:
        url += "&subject=" + quote(subject)
    return url


def groups(db: Database, cohort_id: int) -> list[tuple[int, str]]:
    return [
        (int(r[0]), str(r[1]))
        for r in db.read(
            "SELECT id, name FROM consultation_groups WHERE cohort_id = :c ORDER BY name",
            {"c": cohort_id},
        )
    ]
