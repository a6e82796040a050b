"""The standard shape of a cohort's programme, as the brochure describes it, and the rule that
lays it out in time from a start date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.relativedelta import MO, TU, WE, relativedelta
from dateutil.rrule import DAILY, WEEKLY, rrule

from sioo_desk.domain.enums import DayPart, SessionKind

M, A, E = DayPart.MORNING, DayPart.AFTERNOON, DayPart.EVENING

#: Day offset and part of each half-day: a werkatelier is two days, five half-days, one evening.
TWO_DAYS_FIVE_HALF_DAYS = ((0, M), (0, A), (0, E), (1, M), (1, A))
START_SHAPE = ((0, M), (0, A))
ONE_AFTERNOON = ((0, A),)

TIMES = {
    M: (dt.time(9, 30), dt.time(12, 30)),
    A: (dt.time(13, 30), dt.time(17, 0)),
    E: (dt.time(19, 0), dt.time(21, 30)),
}


@dataclass(frozen=True)
class SessionTemplate:
    kind: SessionKind
    number: int | None
    title: str
    theme: str
    description: str
    shape: tuple[tuple[int, DayPart], ...]


ATELIERS = (
    (
        "Anders denken, anders doen in lastige gesprekken",
        "Waar loopt u tegenaan en wat maakt dat u niet altijd uw doelen bereikt? Analyse van "
        "weinig productieve interventies en het ontwerpen en uitproberen van alternatieven; de "
        "tweede dag terugkerende patronen in vastgelopen veranderingsprocessen vanuit een "
        "systeem-psychodynamisch perspectief.",
    ),
    (
        "Kijken naar Organisaties",
        "Leren vanuit sociaal-systeemtheoretische inzichten (Beer, Tichy) voor diagnose en ontwerp; "
        "sociocybernetica; verbinden vanuit de Aiki Aanpak.",
    ),
    (
        "Relatie tussen strategie en organiseren",
        "Strategie als onderscheidende en verdedigbare positie, het verschil tussen beleid en "
        "strategie; de tweede dag actuele ontwikkelingen in het HRM-vak aan de hand van het model "
        "van Ulrich.",
    ),
    (
        "Inrichten van veranderprocessen",
        "Uiteenlopende veranderstrategieën, keuzes vanuit contextvariabelen, de eigen rol in "
        "interactieprocessen en het hanteren van weerstanden.",
    ),
    (
        "Scenariodenken",
        "De scenariomethode als gestructureerde manier om de toekomst op de agenda te zetten; de "
        "tweede dag een setting voor projectconsultatie.",
    ),
    (
        "Beïnvloeden in een politieke context",
        "Politiek ondernemerschap, kerngroepen, macht en machtsbronnen, psychologische contracten; "
        "het laatste dagdeel in consultatiegroepen aan het einddocument: het portfolio.",
    ),
)

START = SessionTemplate(
    SessionKind.START,
    None,
    "Startbijeenkomst",
    "HRM en bedrijfsvoering; verbinding tussen klanten en diensten",
    "De resultaten van de intakes worden opgewerkt tot een gezamenlijk referentiekader; de "
    "deelnemers presenteren hun leervragen.",
    START_SHAPE,
)
CLOSING = SessionTemplate(
    SessionKind.CLOSING,
    None,
    "Slotbijeenkomst",
    "Portfolio en organisatievraagstuk",
    "Presentatie van portfolio en organisatievraagstuk; professioneel verantwoordingsgesprek in "
    "groepen van vier onder leiding van een ervaren professional uit de lokale overheid.",
    TWO_DAYS_FIVE_HALF_DAYS,
)


def atelier(number: int) -> SessionTemplate:
    theme, description = ATELIERS[number - 1]
    return SessionTemplate(
        SessionKind.ATELIER,
        number,
        f"Werkatelier {number}",
        theme,
        description,
        TWO_DAYS_FIVE_HALF_DAYS,
    )


def masterclass(number: int) -> SessionTemplate:
    return SessionTemplate(
        SessionKind.MASTERCLASS,
        number,
        f"Masterclass {number}",
        "De toekomst van het HRM-vak",
        "Vakinhoudelijke masterclass, open voor opdrachtgevers, leidinggevenden, "
        "HRM-collega's en andere belanghebbenden.",
        ONE_AFTERNOON,
    )


@dataclass(frozen=True)
class PlannedSession:
    template: SessionTemplate
    first_day: dt.date

    @property
    def slots(self) -> list[tuple[dt.date, DayPart]]:
        return [
            (self.first_day + dt.timedelta(days=offset), part)
            for offset, part in self.template.shape
        ]


def lay_out(start: dt.date, is_free: Callable[[dt.date], bool]) -> list[PlannedSession]:
    """The whole programme from the start meeting's date: werkateliers on Mondays and Tuesdays
    about four weeks apart, masterclasses on a Wednesday between ateliers 3–4 and 5–6, the
    closing meeting about five weeks after atelier 6. A date on which `is_free` says no (a
    weekend or public holiday) moves the session a week on."""

    def first_free(candidates: rrule, length: int) -> dt.date:
        for moment in candidates:
            day: dt.date = moment.date()
            if all(is_free(day + dt.timedelta(days=i)) for i in range(length)):
                return day
        raise ValueError("geen vrije datum gevonden")  # pragma: no cover - rrule is unbounded

    def weekly(after: dt.date, weekday: object) -> rrule:
        return rrule(
            WEEKLY,
            dtstart=dt.datetime.combine(after + relativedelta(weekday=weekday), dt.time()),
            byweekday=weekday,
        )

    daily = rrule(DAILY, dtstart=dt.datetime.combine(start, dt.time()))
    plan = [PlannedSession(START, first_free(daily, 1))]
    previous = start
    ateliers: list[dt.date] = []
    for number in range(1, 7):
        gap = dt.timedelta(weeks=4 if number > 1 else 3)
        day = first_free(weekly(previous + gap, MO), 2)
        ateliers.append(day)
        plan.append(PlannedSession(atelier(number), day))
        previous = day
    for number, (before, after) in enumerate(((2, 3), (4, 5)), start=1):
        middle = ateliers[before] + (ateliers[after] - ateliers[before]) / 2
        plan.append(PlannedSession(masterclass(number), first_free(weekly(middle, WE), 1)))
    closing = first_free(weekly(ateliers[-1] + dt.timedelta(weeks=5), TU), 2)
    plan.append(PlannedSession(CLOSING, closing))
    return sorted(plan, key=lambda p: p.first_day)
