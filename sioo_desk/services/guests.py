"""Guests of the masterclasses: registered up to the capacity, then on a waiting list that moves
up when someone cancels; attendance; a printable guest list and name badges."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from sioo_desk.domain.enums import GuestRole
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.domain.names import PersonName
from sioo_desk.domain.validation import check_email
from sioo_desk.services import pdf_fonts
from sioo_desk.services.changes import Changes, Edit, unchanged
from sioo_desk.services.snapshots import Snapshot
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ROLE_TEXT = {
    GuestRole.CLIENT: "opdrachtgever",
    GuestRole.MANAGER: "leidinggevende",
    GuestRole.HRM_COLLEAGUE: "HRM-collega",
    GuestRole.OTHER: "overige belanghebbende",
}


@dataclass(frozen=True)
class Masterclass:
    session_id: int
    title: str
    theme: str
    date: dt.date | None
    capacity: int | None
    cohort: str
    location: str


@dataclass(frozen=True)
class Guest:
    id: int
    name: str
    organisation: str
    role: GuestRole
    email: str
    invited_by: str
    waiting_position: int | None
    attended: bool | None


@dataclass(frozen=True)
class GuestInput:
    name: str
    organisation: str = ""
    role: GuestRole = GuestRole.OTHER
    email: str = ""
    invited_by_id: int | None = None


def masterclasses(db: Database, cohort_id: int) -> list[Masterclass]:
    return [
        Masterclass(int(r[0]), r[1], r[2], as_date(r[3]), r[4], r[5], r[6])
        for r in db.read(
            """SELECT s.id, s.title, s.theme, min(h.date), s.guest_capacity, c.name,
                  CASE WHEN s.location != '' THEN s.location ELSE c.location END
           FROM sessions s JOIN cohorts c ON c.id = s.cohort_id
           LEFT JOIN half_days h ON h.session_id = s.id
           WHERE s.cohort_id = :c AND s.kind = 'masterclass' GROUP BY s.id ORDER BY s.number""",
            {"c": cohort_id},
        )
    ]


def guests(db: Database, session_id: int) -> list[Guest]:
    rows = db.read(
        """SELECT g.id, g.name, g.organisation, g.role, g.email, p.first_name, p.initials,
                  p.tussenvoegsel, p.surname, g.waiting_position, g.attended
           FROM masterclass_guests g LEFT JOIN participants p ON p.id = g.invited_by_id
           WHERE g.session_id = :s
           ORDER BY g.waiting_position IS NOT NULL, g.waiting_position, g.name""",
        {"s": session_id},
    )
    return [
        Guest(
            int(r[0]),
            r[1],
            r[2],
            GuestRole(r[3]),
            r[4],
            PersonName(r[8], r[5], r[6], r[7]).display_name if r[8] else "",
            r[9],
            None if r[10] is None else bool(r[10]),
        )
        for r in rows
    ]


def _changes(s: Session, session_id: int) -> Changes:
    """Guests are facts of their masterclass: a change names the meeting."""
    from sioo_desk.domain.models import Session as Meeting

    meeting = s.get(Meeting, session_id)
    if meeting is None:
        raise NotFoundError("Masterclass", session_id)
    return Changes.of(meeting.cohort_id, sessions=[session_id])


def add_guest(db: Database, session_id: int, data: GuestInput, today: dt.date) -> Edit:
    """Register a guest: a place while there is one, else the next place on the waiting list.
    The result is the guest's id."""
    from sqlalchemy import func, select

    from sioo_desk.domain.models import MasterclassGuest, Participant, Session

    if not data.name.strip():
        raise SiooDeskError("Naam: is verplicht.")
    if problem := check_email(data.email.strip(), required=False):
        raise SiooDeskError(f"E-mail: {problem}")
    with db.session() as s:
        session = s.get(Session, session_id)
        if session is None or session.kind.value != "masterclass":
            raise NotFoundError("Masterclass", session_id)
        if data.invited_by_id is not None:
            inviter = s.get(Participant, data.invited_by_id)
            if inviter is None or inviter.cohort_id != session.cohort_id:
                raise SiooDeskError("De uitnodigende deelnemer zit niet in dit cohort.")
        seated = (
            s.scalar(
                select(func.count())
                .select_from(MasterclassGuest)
                .where(
                    MasterclassGuest.session_id == session_id,
                    MasterclassGuest.waiting_position.is_(None),
                )
            )
            or 0
        )
        waiting = None
        if session.guest_capacity is not None and seated >= session.guest_capacity:
            last = (
                s.scalar(
                    select(func.max(MasterclassGuest.waiting_position)).where(
                        MasterclassGuest.session_id == session_id
                    )
                )
                or 0
            )
            waiting = last + 1
        guest = MasterclassGuest(
            session_id=session_id,
            name=data.name.strip(),
            organisation=data.organisation.strip(),
            role=data.role,
            email=data.email.strip().lower(),
            invited_by_id=data.invited_by_id,
            registered_on=today,
            waiting_position=waiting,
        )
        s.add(guest)
        s.flush()
        guest_id = guest.id
    return Edit(
        Changes.of(session.cohort_id, sessions=[session_id]),
        partial(remove_guest, guest_id=guest_id),
        result=guest_id,
    )


@dataclass(frozen=True)
class Removed:
    """What a cancellation changed, so that undo puts it back exactly."""

    snapshot: Snapshot
    positions: dict[int, int | None]  # every guest's waiting position before


def _positions(s: Session, session_id: int) -> dict[int, int | None]:
    from sqlalchemy import select

    from sioo_desk.domain.models import MasterclassGuest

    return {
        g.id: g.waiting_position
        for g in s.scalars(
            select(MasterclassGuest).where(MasterclassGuest.session_id == session_id)
        )
    }


def _settle(s: Session, session_id: int) -> None:
    """Fill free places from the waiting list, in order, and number what is left 1, 2, …"""
    from sqlalchemy import select

    from sioo_desk.domain.models import MasterclassGuest
    from sioo_desk.domain.models import Session as Meeting

    capacity = s.get_one(Meeting, session_id).guest_capacity
    everyone = list(
        s.scalars(select(MasterclassGuest).where(MasterclassGuest.session_id == session_id))
    )
    seated = sum(1 for g in everyone if g.waiting_position is None)
    waiting = sorted(
        (g for g in everyone if g.waiting_position is not None),
        key=lambda g: (g.waiting_position or 0, g.id),
    )
    for guest in list(waiting):
        if capacity is not None and seated >= capacity:
            break
        guest.waiting_position = None
        seated += 1
        waiting.remove(guest)
    for position, guest in enumerate(waiting, start=1):
        guest.waiting_position = position


def _put_positions(s: Session, positions: dict[int, int | None]) -> None:
    from sioo_desk.domain.models import MasterclassGuest

    for guest_id, position in positions.items():
        guest = s.get(MasterclassGuest, guest_id)
        if guest is not None:
            guest.waiting_position = position


def remove_guest(db: Database, guest_id: int) -> Edit:
    """Cancel a registration; the first on the waiting list takes a freed place. The result is
    what undo needs to put everyone back (`Removed`)."""
    from sioo_desk.domain.models import MasterclassGuest
    from sioo_desk.services import snapshots

    with db.session() as s:
        guest = s.get(MasterclassGuest, guest_id)
        if guest is None:
            raise NotFoundError("Gast", guest_id)
        session_id = guest.session_id
        changes = _changes(s, session_id)
        before = _positions(s, session_id)
        snapshot = snapshots.take(s.connection(), "masterclass_guests", [guest_id])
        s.delete(guest)
        s.flush()
        _settle(s, session_id)
    removed = Removed(snapshot, before)
    return Edit(changes, partial(restore_guest, removed=removed), result=removed)


def restore_guest(db: Database, removed: Removed) -> Edit:
    """Undo a cancellation: the guest back with the same id, everyone back in their place."""
    from sioo_desk.services import snapshots

    (row,) = removed.snapshot.rows["masterclass_guests"].values()
    with db.session() as s:
        changes = _changes(s, int(row["session_id"]))
        snapshots.restore(s.connection(), removed.snapshot)
        _put_positions(s, removed.positions)
    return Edit(changes, partial(remove_guest, guest_id=int(row["id"])))


def set_attended(db: Database, guest_id: int, attended: bool | None) -> Edit:
    """Whether the guest came; the result is what was recorded before."""
    from sioo_desk.domain.models import MasterclassGuest

    with db.session() as s:
        guest = s.get(MasterclassGuest, guest_id)
        if guest is None:
            raise NotFoundError("Gast", guest_id)
        changes = _changes(s, guest.session_id)
        before = guest.attended
        guest.attended = attended
    return Edit(changes, partial(set_attended, guest_id=guest_id, attended=before), result=before)


def set_capacity(db: Database, session_id: int, capacity: int | None) -> Edit:
    """More places move the waiting list up; undo puts the capacity and every place back."""
    from sioo_desk.domain.models import Session

    if capacity is not None and capacity < 1:
        raise SiooDeskError("Een capaciteit is minstens 1 gast.")
    with db.session() as s:
        session = s.get(Session, session_id)
        if session is None:
            raise NotFoundError("Masterclass", session_id)
        if session.guest_capacity == capacity:
            return unchanged(capacity)
        changes = _changes(s, session_id)
        before, positions = session.guest_capacity, _positions(s, session_id)
        session.guest_capacity = capacity
        s.flush()
        _settle(s, session_id)  # more places: the waiting list moves up
    return Edit(
        changes,
        partial(
            _capacity_back,
            session_id=session_id,
            capacity=before,
            positions=positions,
            redo=capacity,
        ),
        result=before,
    )


def _capacity_back(
    db: Database,
    *,
    session_id: int,
    capacity: int | None,
    positions: dict[int, int | None],
    redo: int | None,
) -> Edit:
    from sioo_desk.domain.models import Session

    with db.session() as s:
        changes = _changes(s, session_id)
        s.get_one(Session, session_id).guest_capacity = capacity
        _put_positions(s, positions)
    return Edit(changes, partial(set_capacity, session_id=session_id, capacity=redo), capacity)


def guest_list_pdf(db: Database, masterclass: Masterclass) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = pdf_fonts.register()
    title = ParagraphStyle(
        "t", fontName=bold, fontSize=14, leading=18, textColor=colors.HexColor("#1f4e79")
    )
    small = ParagraphStyle("s", fontName=regular, fontSize=9.5, leading=12)
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        initialFontName=regular,
        title=f"Gastenlijst {masterclass.title}",
        author="Sioo",
    )
    seated = [g for g in guests(db, masterclass.session_id) if g.waiting_position is None]
    data = [["", "Naam", "Organisatie", "Rol", "Uitgenodigd door", "Paraaf"]]
    data += [
        [str(i), g.name, g.organisation, ROLE_TEXT[g.role], g.invited_by, ""]
        for i, g in enumerate(seated, start=1)
    ]
    table = Table(
        data, colWidths=[8 * mm, 42 * mm, 40 * mm, 30 * mm, 34 * mm, 20 * mm], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTNAME", (0, 0), (-1, 0), bold),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0f8")),
                ("TOPPADDING", (0, 1), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
            ]
        )
    )
    when = long_date(masterclass.date) if masterclass.date else ""
    document.build(
        [
            Paragraph(f"{masterclass.title}: {masterclass.theme}", title),
            Paragraph(
                f"{masterclass.cohort} · {when} · {masterclass.location} · {len(seated)} gasten",
                small,
            ),
            Spacer(1, 6 * mm),
            table,
        ]
    )
    return out.getvalue()


def badges_pdf(db: Database, masterclass: Masterclass) -> bytes:
    """Name badges, eight to an A4 (two columns of 90 × 55 mm)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    regular, bold = pdf_fonts.register()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=regular)
    canvas.setTitle(f"Naambadges {masterclass.title}")
    seated = [g for g in guests(db, masterclass.session_id) if g.waiting_position is None]
    width, height = 90 * mm, 55 * mm
    left, top = (A4[0] - 2 * width) / 2, A4[1] - 12 * mm
    for index, guest in enumerate(seated):
        if index and index % 8 == 0:
            canvas.showPage()
        column, row = index % 2, (index % 8) // 2
        x, y = left + column * width, top - (row + 1) * height
        canvas.setStrokeColor(colors.HexColor("#cccccc"))
        canvas.rect(x, y, width, height)
        canvas.setFillColor(colors.HexColor("#1f4e79"))
        canvas.rect(x, y + height - 9 * mm, width, 9 * mm, fill=1, stroke=0)
        canvas.setFillColor(colors.white)
        canvas.setFont(bold, 9)
        canvas.drawString(x + 5 * mm, y + height - 6 * mm, f"Sioo · {masterclass.title}")
        canvas.setFillColor(colors.black)
        canvas.setFont(bold, 15)
        canvas.drawCentredString(x + width / 2, y + 25 * mm, guest.name)
        canvas.setFont(regular, 10)
        canvas.drawCentredString(x + width / 2, y + 17 * mm, guest.organisation)
        canvas.setFont(regular, 8)
        canvas.drawCentredString(x + width / 2, y + 8 * mm, ROLE_TEXT[guest.role])
    if not seated:
        canvas.setFont(regular, 11)
        canvas.drawString(20 * mm, A4[1] - 30 * mm, "Nog geen gasten met een plaats.")
    canvas.save()
    return out.getvalue()
