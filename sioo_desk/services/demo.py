"""Demo data: the brochure's reference cohort 2011–2012, a cohort 2026–2027 in progress, and
optionally many generated cohorts for scale tests. Running it again adds nothing twice."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as OrmSession

from sioo_desk.domain.enums import (
    AdmissionCriterion,
    AdmissionDecision,
    AssignmentStatus,
    AttendanceStatus,
    CohortStatus,
    CriterionAnswer,
    DayPart,
    GuestRole,
    ParticipantStatus,
    PortfolioEntryKind,
    RatingMoment,
    SessionKind,
    Verdict,
)
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.models import (
    Assessment,
    AssignmentMember,
    Attendance,
    AuditEntry,
    CoachNote,
    Cohort,
    CompetenceFramework,
    CompetenceRating,
    ConsultationGroup,
    GroupMember,
    HalfDay,
    Intake,
    IntakeCriterionAnswer,
    MasterclassGuest,
    MidtermReview,
    OrganisationalAssignment,
    Participant,
    Person,
    PersonRole,
    Portfolio,
    PortfolioEntry,
    PortfolioEntryCompetence,
    PortfolioEntrySession,
    Programme,
    Session,
    SessionParticipant,
    SessionTeacher,
)
from sioo_desk.domain.schedule_template import TIMES, TWO_DAYS_FIVE_HALF_DAYS
from sioo_desk.services import demo_people as seeds
from sioo_desk.services.demo_marker import DEMO_KEY
from sioo_desk.services.demo_marker import is_demo as is_demo  # where callers look for it
from sioo_desk.services.long_work import Report, quiet
from sioo_desk.services.organisation import Organisation
from sioo_desk.services.organisation import put as put_organisation
from sioo_desk.services.organisation import stored as organisation_of
from sioo_desk.services.programme_template import TEMPLATE, install_programme
from sioo_desk.store.database import Database

PROGRAMME_CODE = TEMPLATE.code
#: The organisation the demo runs as: the brochure's provider.
ORGANISATION = Organisation(
    name="Sioo",
    address="Newtonlaan 209\n3584 BH Utrecht",
    phone="030-291 3000",
    email="sioo@sioo.nl",
)
WITHDRAWN_ON = dt.date(2012, 1, 31)  # the reference cohort's one withdrawal
REFERENCE_CODE = "HRM-2011"
CURRENT_CODE = "HRM-2026"
LOCATION = "Kaap Doorn Conferentiecentrum, Doorn"
LOCATION_ADDRESS = "Postweg 9, 3941 KD Doorn"
# Presentations to the clients on the closing meeting's first morning, half an hour each.
PRESENTATIONS = tuple(dt.time(9 + m // 60, m % 60) for m in range(30, 210, 30))

ATELIER_PARTS = TWO_DAYS_FIVE_HALF_DAYS


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@dataclass(frozen=True)
class CohortPlan:
    """The dates of one cohort; everything else follows the programme's template."""

    code: str
    name: str
    intakes: tuple[tuple[dt.date, DayPart], ...]
    start: dt.date
    ateliers: tuple[dt.date, ...]  # first day of each two-day atelier
    masterclasses: tuple[dt.date, ...]
    midterms: tuple[tuple[dt.date, DayPart], ...]
    consultations: tuple[tuple[dt.date, ...], ...]  # per group, four dates
    closing: dt.date  # first of two days

    def shifted(self, code: str, name: str, days: int) -> CohortPlan:
        delta = dt.timedelta(days=days)
        return CohortPlan(
            code=code,
            name=name,
            intakes=tuple((x + delta, p) for x, p in self.intakes),
            start=self.start + delta,
            ateliers=tuple(x + delta for x in self.ateliers),
            masterclasses=tuple(x + delta for x in self.masterclasses),
            midterms=tuple((x + delta, p) for x, p in self.midterms),
            consultations=tuple(tuple(x + delta for x in g) for g in self.consultations),
            closing=self.closing + delta,
        )

    @property
    def end(self) -> dt.date:
        return self.closing + dt.timedelta(days=1)


def _pairs(
    days: Sequence[str], parts: Sequence[DayPart] = (DayPart.MORNING, DayPart.AFTERNOON)
) -> tuple[tuple[dt.date, DayPart], ...]:
    return tuple((d(day), part) for day in days for part in parts)


#: The brochure's schedule, 2011–2012.
REFERENCE_PLAN = CohortPlan(
    code=REFERENCE_CODE,
    name="Leergang 2011–2012",
    intakes=_pairs(
        [
            "2011-09-12",
            "2011-09-14",
            "2011-09-19",
            "2011-09-21",
            "2011-09-26",
            "2011-09-28",
            "2011-10-03",
            "2011-10-05",
            "2011-10-10",
        ]
    ),
    start=d("2011-11-23"),
    ateliers=tuple(
        d(x)
        for x in (
            "2011-12-19",
            "2012-01-16",
            "2012-02-14",
            "2012-03-19",
            "2012-04-23",
            "2012-05-21",
        )
    ),
    masterclasses=(d("2012-03-07"), d("2012-05-09")),
    midterms=_pairs(
        [
            "2012-03-26",
            "2012-03-27",
            "2012-03-28",
            "2012-03-29",
            "2012-03-30",
            "2012-04-02",
            "2012-04-03",
            "2012-04-04",
            "2012-04-05",
        ]
    ),
    consultations=(
        tuple(d(x) for x in ("2012-01-05", "2012-02-01", "2012-03-01", "2012-05-10")),
        tuple(d(x) for x in ("2012-01-09", "2012-02-06", "2012-03-05", "2012-05-14")),
        tuple(d(x) for x in ("2012-01-10", "2012-02-07", "2012-03-13", "2012-05-15")),
    ),
    closing=d("2012-06-26"),
)

#: A cohort in progress today.
CURRENT_PLAN = CohortPlan(
    code=CURRENT_CODE,
    name="Leergang 2026–2027",
    intakes=_pairs(
        [
            "2026-09-14",
            "2026-09-16",
            "2026-09-21",
            "2026-09-23",
            "2026-09-28",
            "2026-09-30",
            "2026-10-05",
            "2026-10-07",
        ]
    ),
    start=d("2026-11-04"),
    ateliers=tuple(
        d(x)
        for x in (
            "2026-11-30",
            "2027-01-11",
            "2027-02-08",
            "2027-03-15",
            "2027-04-19",
            "2027-05-31",
        )
    ),
    masterclasses=(d("2027-03-03"), d("2027-05-12")),
    midterms=_pairs(
        [
            "2027-03-22",
            "2027-03-23",
            "2027-03-24",
            "2027-03-25",
            "2027-04-02",
            "2027-03-30",
            "2027-03-31",
            "2027-04-01",
        ]
    ),
    consultations=(
        tuple(d(x) for x in ("2026-12-09", "2027-01-27", "2027-02-24", "2027-04-28")),
        tuple(d(x) for x in ("2026-12-10", "2027-01-28", "2027-02-25", "2027-05-19")),
        tuple(d(x) for x in ("2026-12-14", "2027-02-01", "2027-03-01", "2027-05-20")),
    ),
    closing=d("2027-06-22"),
)


class DemoRefused(SiooDeskError):
    pass


def _refuse_real_data(s: OrmSession) -> None:
    """The demo's invented people never go into a database with someone's real data."""
    from sioo_desk.domain.models import Setting
    from sioo_desk.services.new_database import holds_data
    from sioo_desk.store.database import reading

    if s.get(Setting, DEMO_KEY) is not None:
        return
    if holds_data(reading(s)):
        raise DemoRefused(
            "Deze database bevat al eigen gegevens; de demogegevens gaan daar niet in. "
            "Laad ze in een nieuwe, aparte database."
        )
    s.add(Setting(key=DEMO_KEY, value="true"))


@dataclass
class DemoResult:
    created: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    participants: int = 0  # in the cohorts created


def load_demo(
    db: Database,
    *,
    today: dt.date,
    extra_cohorts: int = 0,
    report: Report = quiet,
) -> DemoResult:
    """Add the demo cohorts that are not there yet, in one transaction: a cancel (from
    `report`, called before each cohort) or a failure leaves the database as it was."""
    result = DemoResult()
    plans: list[tuple[CohortPlan, Sequence[seeds.ParticipantSeed], bool]] = [
        (REFERENCE_PLAN, seeds.REFERENCE_PARTICIPANTS, True),
        (CURRENT_PLAN, seeds.CURRENT_PARTICIPANTS, False),
    ]
    for i in range(1, extra_cohorts + 1):
        shifted = REFERENCE_PLAN.shifted(f"SCHAAL-{i:03d}", "", -364 * i)
        plan = REFERENCE_PLAN.shifted(
            shifted.code,
            f"Schaalcohort {i:03d} ({shifted.start.year}–{shifted.end.year})",
            -364 * i,
        )
        plans.append((plan, _generated_participants(i), False))
    with db.session() as s:
        _refuse_real_data(s)
        programme = install_programme(s)
        staff = _staff(s)
        if organisation_of(s).name == "":
            put_organisation(s, ORGANISATION)
        for done, (plan, people, varied) in enumerate(plans):
            report(done, len(plans), plan.name)
            if s.scalar(select(Cohort.id).where(Cohort.code == plan.code)) is not None:
                result.already_there.append(plan.name)
                continue
            _CohortBuilder(s, programme, staff, plan, people, today, varied).build()
            result.created.append(plan.name)
            result.participants += len(people)
            s.flush()
            # Written, not yet committed: the session forgets the cohort's objects, so that a
            # hundred cohorts cost the memory of one.
            s.expunge_all()
            programme = s.get_one(Programme, programme.id)
            staff = {k: s.get_one(Person, p.id) for k, p in staff.items()}
        report(len(plans), len(plans), "")
        if result.created:
            s.add(
                AuditEntry(
                    at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                    actor="demo",
                    action="demo",
                    entity="cohort",
                    entity_id=None,
                    summary="Demogegevens geladen: " + ", ".join(result.created),
                )
            )
    return result


#: As printed under the signatures on letters and certificates.
_FUNCTIONS = {"pm": "programmamanager", "rector": "rector Sioo", "secretary": "secretariaat"}


def _staff(s: OrmSession) -> dict[str, Person]:
    found: dict[str, Person] = {}
    for seed in seeds.STAFF:
        person = s.scalar(select(Person).where(Person.email == seed.email))
        if person is None:
            person = Person(
                title=seed.title,
                initials=seed.initials,
                first_name=seed.first_name,
                tussenvoegsel=seed.tussenvoegsel,
                surname=seed.surname,
                gender=seed.gender,
                organisation=seed.organisation,
                expertise=seed.expertise,
                suffix=seed.suffix,
                email=seed.email,
                phone="030-291 3000" if seed.organisation == "Sioo" else "",
                function=_FUNCTIONS.get(seed.key, ""),
                roles=[PersonRole(role=r) for r in seed.roles],
            )
            s.add(person)
        found[seed.key] = person
    s.flush()
    return found


_MANAGERS = (
    "A. de Boer",
    "P. Smits",
    "M. Verhoeven",
    "J. van Rijn",
    "H. Claassen",
    "E. Mol",
    "K. Brouwers",
    "S. van Vliet",
    "R. Hoekstra",
    "L. Martens",
)
_FIRST = (
    "Anna",
    "Bart",
    "Carla",
    "Daan",
    "Eva",
    "Frank",
    "Greet",
    "Hugo",
    "Iris",
    "Joost",
    "Karin",
    "Luuk",
    "Maud",
    "Niels",
    "Olga",
    "Paul",
)
_LAST = (
    ("", "Smit"),
    ("van", "Beek"),
    ("de", "Boer"),
    ("", "Meijer"),
    ("van der", "Linden"),
    ("", "Prins"),
    ("de", "Wit"),
    ("", "Kuipers"),
    ("van", "Wijk"),
    ("", "Hermans"),
    ("ter", "Steege"),
    ("", "Groen"),
    ("van den", "Bosch"),
    ("", "Dekker"),
    ("de", "Haan"),
    ("", "Wolters"),
)
_TOWNS = (
    "Assen",
    "Emmen",
    "Ede",
    "Oss",
    "Gouda",
    "Hoorn",
    "Zeist",
    "Venlo",
    "Sittard",
    "Weert",
    "Goes",
    "Meppel",
    "Lelystad",
    "Purmerend",
    "Roosendaal",
    "Vlaardingen",
)


def _generated_participants(index: int) -> tuple[seeds.ParticipantSeed, ...]:
    from sioo_desk.domain.enums import EducationLevel, Gender

    out = []
    for j in range(16):
        tv, surname = _LAST[(j + index) % 16]
        first = _FIRST[j]
        out.append(
            seeds.ParticipantSeed(
                key=f"g{index}-{j}",
                initials=f"{first[0]}.",
                first_name=first,
                tussenvoegsel=tv,
                surname=surname,
                gender=Gender.FEMALE if j % 2 else Gender.MALE,
                municipality=_TOWNS[(j * 3 + index) % 16],
                job_title="P&O-adviseur",
                years_experience=6 + j % 10,
                years_in_hr=3 + j % 8,
                education=EducationLevel.HBO,
            )
        )
    return tuple(out)


class _CohortBuilder:
    """Builds one cohort inside one session."""

    def __init__(
        self,
        s: OrmSession,
        programme: Programme,
        staff: dict[str, Person],
        plan: CohortPlan,
        people: Sequence[seeds.ParticipantSeed],
        today: dt.date,
        varied: bool,
    ) -> None:
        self.s = s
        self.programme = programme
        self.staff = staff
        self.plan = plan
        self.people = people
        self.today = today
        self.varied = varied  # the reference cohort's withdrawn, short and 'voldoende' cases
        self.rng = random.Random(plan.code)
        self.participants: dict[str, Participant] = {}
        self.sessions: list[Session] = []
        self.groups: list[ConsultationGroup] = []

    # -- the whole cohort ------------------------------------------------------------------

    def build(self) -> None:
        plan = self.plan
        self.cohort = Cohort(
            programme_id=self.programme.id,
            code=plan.code,
            name=plan.name,
            location=LOCATION,
            location_address=LOCATION_ADDRESS,
            start_date=plan.start,
            end_date=plan.end,
            intake_from=plan.intakes[0][0],
            intake_until=plan.intakes[-1][0],
            status=self._cohort_status(),
            programme_manager_id=self.staff["pm"].id,
            secretary_id=self.staff["secretary"].id,
            signatory_id=self.staff["rector"].id,
        )
        self.s.add(self.cohort)
        self.s.flush()
        self._participants()
        self._schedule()
        self._groups()
        self.s.flush()
        self._attendance()
        self._records()

    def _cohort_status(self) -> CohortStatus:
        if self.today > self.plan.end:
            return CohortStatus.FINISHED
        if self.today >= self.plan.start:
            return CohortStatus.RUNNING
        if self.today >= self.plan.intakes[0][0] - dt.timedelta(days=60):
            return CohortStatus.INTAKE
        return CohortStatus.PLANNED

    def _happened(self, day: dt.date) -> bool:
        return day < self.today

    def _participants(self) -> None:
        for index, seed in enumerate(self.people):
            withdrawn = self.varied and seed.key == "kramer" and self.today > WITHDRAWN_ON
            intake_day = self.plan.intakes[min(index, len(self.plan.intakes) - 1)][0]
            status = self._participant_status(withdrawn, intake_day)
            p = Participant(
                cohort_id=self.cohort.id,
                initials=seed.initials,
                first_name=seed.first_name,
                tussenvoegsel=seed.tussenvoegsel,
                surname=seed.surname,
                gender=seed.gender,
                email=_email(seed),
                phone=f"06-{self.rng.randrange(10_000_000, 99_999_999)}",
                municipality=seed.municipality,
                job_title=seed.job_title,
                manager_name=_MANAGERS[len(self.participants) % len(_MANAGERS)],
                years_experience=seed.years_experience,
                years_in_hr=seed.years_in_hr,
                education_level=seed.education,
                status=status,
                registered_on=min(self.plan.intakes[0][0] - dt.timedelta(days=30), self.today),
                joined_on=intake_day,  # the intake is the first half-day that counts
            )
            if withdrawn:
                p.withdrawn_on = WITHDRAWN_ON
                p.withdrawal_reason = "Nieuwe functie buiten de gemeente aanvaard."
            self.participants[seed.key] = p
            self.s.add(p)
        self.s.flush()
        for seed in self.people:
            if seed.partner:
                self.participants[seed.key].learning_team_partner_id = self.participants[
                    seed.partner
                ].id

    def _participant_status(self, withdrawn: bool, intake_day: dt.date) -> ParticipantStatus:
        if withdrawn:
            return ParticipantStatus.WITHDRAWN
        if self.today > self.plan.end:
            return ParticipantStatus.COMPLETED
        if self.today >= self.plan.start:
            return ParticipantStatus.ACTIVE
        if self._happened(intake_day):
            return ParticipantStatus.ADMITTED
        return ParticipantStatus.INTAKE_PLANNED

    def _active(self) -> list[tuple[seeds.ParticipantSeed, Participant]]:
        return [
            (seed, self.participants[seed.key])
            for seed in self.people
            if self.participants[seed.key].status is not ParticipantStatus.WITHDRAWN
        ]

    # -- schedule --------------------------------------------------------------------------

    def _session(
        self,
        kind: SessionKind,
        number: int | None,
        uid: str,
        title: str,
        slots: Sequence[tuple[dt.date, DayPart]],
        theme: str = "",
        teachers: Sequence[str] = (),
        **extra: object,
    ) -> Session:
        session = Session(
            cohort_id=self.cohort.id,
            kind=kind,
            number=number,
            title=title,
            theme=theme,
            uid=f"{self.plan.code.lower()}-{uid}@sioo-desk",
            half_days=[
                HalfDay(date=day, part=part, starts_at=TIMES[part][0], ends_at=TIMES[part][1])
                for day, part in slots
            ],
            teachers=[SessionTeacher(person_id=self.staff[t].id, role="docent") for t in teachers],
            **extra,
        )
        self.s.add(session)
        self.sessions.append(session)
        return session

    def _schedule(self) -> None:
        plan = self.plan
        pm = self.staff["pm"]
        for i, (seed, (day, part)) in enumerate(zip(self.people, plan.intakes, strict=False)):
            p = self.participants[seed.key]
            session = self._session(
                SessionKind.INTAKE_INTERVIEW,
                None,
                f"intake-{i + 1}",
                f"Intakegesprek {p.name.display_name}",
                [(day, part)],
                attendees=[SessionParticipant(participant_id=p.id)],
            )
            session.teachers.append(SessionTeacher(person_id=pm.id, role="interviewer"))
            self._intake(seed, p, session, day)
        self._session(
            SessionKind.START,
            None,
            "start",
            "Startbijeenkomst",
            [(plan.start, DayPart.MORNING), (plan.start, DayPart.AFTERNOON)],
            teachers=("rector",),
            **_about(SessionKind.START, None),
        )
        for n, (first, teachers) in enumerate(
            zip(plan.ateliers, seeds.ATELIER_TEACHERS, strict=True), start=1
        ):
            slots = [(first + dt.timedelta(days=offset), part) for offset, part in ATELIER_PARTS]
            self._session(
                SessionKind.ATELIER,
                n,
                f"atelier-{n}",
                f"Werkatelier {n}",
                slots,
                teachers=teachers,
                **_about(SessionKind.ATELIER, n),
            )
        for n, (day, teachers) in enumerate(
            zip(plan.masterclasses, seeds.MASTERCLASS_TEACHERS, strict=True), start=1
        ):
            self._session(
                SessionKind.MASTERCLASS,
                n,
                f"masterclass-{n}",
                f"Masterclass {n}",
                [(day, DayPart.AFTERNOON)],
                teachers=teachers,
                guest_capacity=40,
                **_about(SessionKind.MASTERCLASS, n),
            )
        closing = [(plan.closing + dt.timedelta(days=o), part) for o, part in ATELIER_PARTS]
        self._session(
            SessionKind.CLOSING,
            None,
            "closing",
            "Slotbijeenkomst",
            closing,
            teachers=("rector",),
            **_about(SessionKind.CLOSING, None),
        )

    def _intake(
        self, seed: seeds.ParticipantSeed, p: Participant, session: Session, day: dt.date
    ) -> None:
        decided = self._happened(day)
        self.s.add(
            Intake(
                participant_id=p.id,
                session=session,
                interviewer_id=self.staff["pm"].id,
                learning_questions=(
                    f"Hoe word ik in {p.municipality} een volwaardige gesprekspartner van het "
                    "management? Hoe breng ik veranderingen op gang zonder alles zelf te trekken?"
                ),
                decision=AdmissionDecision.ADMITTED if decided else AdmissionDecision.PENDING,
                decision_date=day + dt.timedelta(days=3) if decided else None,
                decision_reason="Voldoet aan alle toelatingsvoorwaarden." if decided else "",
                answers=[
                    IntakeCriterionAnswer(
                        criterion=c,
                        answer=CriterionAnswer.MET if decided else CriterionAnswer.UNANSWERED,
                        note=(
                            f"{seed.years_experience} jaar werkervaring, {seed.years_in_hr} in P&O"
                            if c is AdmissionCriterion.EXPERIENCE and decided
                            else ""
                        ),
                    )
                    for c in AdmissionCriterion
                ],
            )
        )
        if decided:
            self.s.add(
                Portfolio(
                    participant_id=p.id,
                    created_on=day,
                    entries=[
                        PortfolioEntry(
                            kind=PortfolioEntryKind.INTAKE_DOCUMENT,
                            title="Intakedocument",
                            entry_date=day,
                            text="Mijn leervragen, mijn kijk op de HRM-ontwikkeling bij het "
                            "management en de personele en organisatorische vraagstukken in "
                            "mijn gemeente.",
                        )
                    ],
                )
            )

    # -- groups ----------------------------------------------------------------------------

    def _groups(self) -> None:
        """Three groups, learning-team partners apart, every municipality once per group."""
        coaches = ("koster", "peeters", "vos")
        members: list[list[Participant]] = [[], [], []]
        for seed in self.people:
            p = self.participants[seed.key]
            towns = [{m.municipality for m in group} for group in members]
            target = min(
                (g for g in range(3) if p.municipality not in towns[g]),
                key=lambda g: (len(members[g]), g),
            )
            members[target].append(p)
        for g, (name, coach) in enumerate(zip("ABC", coaches, strict=True)):
            group = ConsultationGroup(
                cohort_id=self.cohort.id,
                name=f"Consultatiegroep {name}",
                coach_id=self.staff[coach].id,
                members=[GroupMember(participant_id=p.id) for p in members[g]],
            )
            self.s.add(group)
            self.s.flush()
            self.groups.append(group)
            for n, day in enumerate(self.plan.consultations[g], start=1):
                self._session(
                    SessionKind.CONSULTATION,
                    n,
                    f"consultatie-{name.lower()}-{n}",
                    f"Consultatiebijeenkomst {n}, groep {name}",
                    [(day, DayPart.AFTERNOON)],
                    consultation_group_id=group.id,
                )
        self._midterms()
        self._accountability()

    def _midterms(self) -> None:
        pm = self.staff["pm"]
        for i, ((_seed, p), (day, part)) in enumerate(
            zip(self._active(), self.plan.midterms, strict=False), start=1
        ):
            session = self._session(
                SessionKind.MIDTERM_REVIEW,
                None,
                f"tussengesprek-{i}",
                f"Tussengesprek {p.name.display_name}",
                [(day, part)],
                attendees=[SessionParticipant(participant_id=p.id)],
            )
            session.teachers.append(SessionTeacher(person_id=pm.id, role="programmamanager"))
            held = self._happened(day)
            self.s.add(
                MidtermReview(
                    participant_id=p.id,
                    session=session,
                    held_on=day if held else None,
                    yield_so_far="Meer zicht op de eigen rol in lastige gesprekken met het "
                    "management; het organisatievraagstuk is scherper geformuleerd."
                    if held
                    else "",
                    learning_route_agreements="In de tweede helft oefenen met scenariodenken op "
                    "het eigen vraagstuk; opdrachtgever vaker betrekken."
                    if held
                    else "",
                )
            )

    def _accountability(self) -> None:
        """Groups of four (five where the numbers force it), one assessor each, never the
        participant's own coach — assessors are not coaches here. Turns of 75 minutes from the
        first afternoon of the closing meeting, as the planner lays them out."""
        from sioo_desk.domain import accountability as planning

        active = [p for _seed, p in self._active()]
        sizes = planning.group_sizes(len(active))
        groups_count = len(sizes)
        assessors = ("hendriks", "idrissi", "postma", "willems")
        first_day = self.plan.closing
        second_day = self.plan.closing + dt.timedelta(days=1)
        parts = [
            (first_day, DayPart.AFTERNOON),
            (second_day, DayPart.MORNING),
            (second_day, DayPart.AFTERNOON),
        ]
        windows = [
            planning.Window(
                dt.datetime.combine(day, TIMES[part][0]), dt.datetime.combine(day, TIMES[part][1])
            )
            for day, part in parts
        ]
        for g in range(groups_count):
            chunk = active[g::groups_count]
            turns = planning.lay_out(
                [planning.Member(p.id, p.surname) for p in chunk], windows, planning.DEFAULT_MINUTES
            )
            used = [
                (day, part)
                for (day, part), w in zip(parts, windows, strict=True)
                if any(w.start <= start < w.end for start, _end in turns.values())
            ]
            assessor = self.staff[assessors[g % len(assessors)]]
            session = self._session(
                SessionKind.ACCOUNTABILITY,
                g + 1,
                f"verantwoording-{g + 1}",
                f"Professioneel verantwoordingsgesprek, groep {g + 1}",
                used,
                attendees=[
                    SessionParticipant(
                        participant_id=p.id, starts_at=turns[p.id][0], ends_at=turns[p.id][1]
                    )
                    for p in chunk
                ],
            )
            session.teachers.append(SessionTeacher(person_id=assessor.id, role="assessor"))
            if self.today > second_day:
                for p in chunk:
                    verdict = (
                        Verdict.VOLDOENDE if self.varied and p.surname == "Dam" else Verdict.GOED
                    )
                    self.s.add(
                        Assessment(
                            participant_id=p.id,
                            assessor_id=assessor.id,
                            session=session,
                            verdict=verdict,
                            assessed_on=second_day,
                            recorded_by="demo",
                            recorded_at=dt.datetime.combine(second_day, dt.time(17, 30)),
                            motivation=(
                                "Portfolio en organisatievraagstuk laten overtuigend zien hoe de "
                                "deelnemer als partner van het management werkt."
                                if verdict is Verdict.GOED
                                else "De ontwikkeling is zichtbaar, maar de verbinding tussen het "
                                "vraagstuk en de eigen rol blijft beperkt uitgewerkt."
                            ),
                        )
                    )

    # -- what happened ---------------------------------------------------------------------

    def _attendance(self) -> None:
        rows: list[dict[str, object]] = []
        by_group = {m.participant_id: g.id for g in self.groups for m in g.members}
        for session in self.sessions:
            if session.kind is SessionKind.ACCOUNTABILITY:
                continue  # it lies within the closing meeting's half-days
            for half_day in session.half_days:
                if not self._happened(half_day.date):
                    continue
                for seed, p in self._audience(session, by_group):
                    if p.withdrawn_on and half_day.date > p.withdrawn_on:
                        continue
                    rows.append(
                        {
                            "participant_id": p.id,
                            "half_day_id": half_day.id,
                            "status": self._status_for(seed, session).value,
                            "recorded_by": "demo",
                        }
                    )
        if rows:
            self.s.execute(insert(Attendance), rows)

    def _audience(
        self, session: Session, by_group: dict[int, int]
    ) -> list[tuple[seeds.ParticipantSeed, Participant]]:
        everyone = [(seed, self.participants[seed.key]) for seed in self.people]
        if session.kind in (
            SessionKind.START,
            SessionKind.ATELIER,
            SessionKind.MASTERCLASS,
            SessionKind.CLOSING,
        ):
            return everyone
        if session.kind is SessionKind.CONSULTATION:
            return [
                (s, p) for s, p in everyone if by_group.get(p.id) == session.consultation_group_id
            ]
        ids = {a.participant_id for a in session.attendees}
        return [(s, p) for s, p in everyone if p.id in ids]

    def _status_for(self, seed: seeds.ParticipantSeed, session: Session) -> AttendanceStatus:
        if self.varied and seed.key == "bakker":
            # Short on effort: absent from ateliers 4 and 5, present at everything else,
            # which makes 35 of 45 half-days.
            if session.kind is SessionKind.ATELIER and session.number in (4, 5):
                return AttendanceStatus.ABSENT
            return AttendanceStatus.PRESENT
        roll = self.rng.random()
        if roll < 0.03:
            return AttendanceStatus.LATE
        if roll < 0.05 and session.kind is SessionKind.ATELIER:
            return AttendanceStatus.EXCUSED
        return AttendanceStatus.PRESENT

    def _records(self) -> None:
        self._coach_notes()
        self._assignments()
        self._guests()
        self._ratings()
        self._portfolios()

    def _portfolios(self) -> None:
        """A reflection after every atelier held, an assignment report and, for a finished
        programme, the final document — linked to their sessions and competences."""
        frame = self.s.scalar(
            select(CompetenceFramework).where(CompetenceFramework.code == "PIB-BP")
        )
        assert frame is not None
        reflections = (
            "Wat ik meeneem: {theme}. In mijn eigen gemeente betekent dat dat ik het gesprek "
            "met mijn opdrachtgever eerder en scherper voer.",
            "Het thema '{theme}' liet me zien waar ik vastloop: ik neem te snel de oplossing "
            "over. Volgende stap: eerst de vraag achter de vraag.",
        )
        ateliers = [x for x in self.sessions if x.kind is SessionKind.ATELIER]
        for seed, p in self._active():
            portfolio = self.s.scalar(select(Portfolio).where(Portfolio.participant_id == p.id))
            if portfolio is None:
                continue
            for n, atelier in enumerate(ateliers):
                day = atelier.half_days[-1].date + dt.timedelta(days=3)
                if not self._happened(day):
                    continue
                competence = frame.competences[(n + len(seed.key)) % len(frame.competences)]
                entry = PortfolioEntry(
                    portfolio_id=portfolio.id,
                    kind=PortfolioEntryKind.REFLECTION,
                    title=f"Reflectie op {atelier.title.lower()}",
                    entry_date=day,
                    text=reflections[(n + p.id) % 2].format(theme=atelier.theme.lower()),
                )
                self.s.add(entry)
                self.s.flush()
                self.s.add(PortfolioEntrySession(entry_id=entry.id, session_id=atelier.id))
                self.s.add(PortfolioEntryCompetence(entry_id=entry.id, competence_id=competence.id))
            midway = self.plan.midterms[0][0]
            if self._happened(midway):
                self.s.add(
                    PortfolioEntry(
                        portfolio_id=portfolio.id,
                        kind=PortfolioEntryKind.ASSIGNMENT_REPORT,
                        title="Tussenstand organisatievraagstuk",
                        entry_date=midway,
                        text="De opdrachtgever herkent de analyse; we spreken af eerst met twee "
                        "teams te beginnen en daarna te evalueren met de leidinggevende.",
                    )
                )
            if self._happened(self.plan.closing):
                self.s.add(
                    PortfolioEntry(
                        portfolio_id=portfolio.id,
                        kind=PortfolioEntryKind.FINAL_DOCUMENT,
                        title="Einddocument",
                        entry_date=self.plan.closing - dt.timedelta(days=7),
                        text="Wat ik kan, waaruit dat blijkt en hoe ik mij verder ontwikkel als "
                        "partner van het management.",
                    )
                )

    def _coach_notes(self) -> None:
        lines = (
            "Bracht een casus in over een vastgelopen reorganisatie; koos na de consultatie "
            "voor een gesprek met de opdrachtgever vóór de volgende stap.",
            "Werkt zichtbaar aan het eerder inbrengen van de eigen mening in het MT-overleg.",
            "Reflecteerde open op de eigen neiging om het probleem over te nemen.",
            "Het organisatievraagstuk is afgebakend; opdrachtgever en leidinggevende zijn "
            "betrokken.",
        )
        for group in self.groups:
            for meeting in (x for x in self.sessions if x.consultation_group_id == group.id):
                day = meeting.half_days[0].date
                if not self._happened(day):
                    continue
                for member in group.members:
                    left = member.participant.withdrawn_on
                    if left is not None and day > left:
                        continue
                    stamp = dt.datetime.combine(day, dt.time(17, 15))
                    self.s.add(
                        CoachNote(
                            participant_id=member.participant_id,
                            session_id=meeting.id,
                            author_id=group.coach_id,
                            written_on=day,
                            created_at=stamp,
                            updated_at=stamp,
                            text=lines[(member.participant_id + (meeting.number or 0)) % 4],
                        )
                    )

    def _assignments(self) -> None:
        # Invented people, as everyone in the demo data.
        clients = ("mw. A. de Wit", "dhr. P. Smits", "mw. drs. L. Meijer", "dhr. K. Bos")
        done: set[str] = set()
        titles = seeds.ASSIGNMENT_TITLES
        finished = self.today > self.plan.end
        for i, (seed, p) in enumerate(self._active()):
            if seed.key in done:
                continue
            team = [seed.key] + ([seed.partner] if seed.partner else [])
            done.update(team)
            self.s.add(
                OrganisationalAssignment(
                    cohort_id=self.cohort.id,
                    title=titles[i % len(titles)],
                    question="Hoe kan HRM bijdragen aan de ambities van de gemeente op dit punt?",
                    client_name=clients[i % len(clients)],
                    client_role="directeur bedrijfsvoering",
                    client_organisation=f"Gemeente {p.municipality}",
                    manager_name=p.manager_name,
                    status=AssignmentStatus.EVALUATED if finished else AssignmentStatus.IN_PROGRESS,
                    client_email=f"opdrachtgever@{p.municipality.lower().replace(' ', '')}.nl",
                    client_feedback_start="Herkenbare vraag; sluit aan bij ons jaarplan."
                    if self._happened(self.plan.start)
                    else "",
                    client_feedback_midway="De analyse klopt; begin klein, met twee teams."
                    if self._happened(self.plan.midterms[0][0])
                    else "",
                    client_feedback_end="Bruikbaar advies; we nemen het op in de begroting."
                    if finished
                    else "",
                    manager_evaluation="Zichtbaar gegroeid als gesprekspartner van het MT."
                    if finished
                    else "",
                    presentation_date=self.plan.closing,
                    presentation_starts_at=PRESENTATIONS[(len(done) // 2) % len(PRESENTATIONS)],
                    presentation_ends_at=(
                        dt.datetime.combine(
                            self.plan.closing,
                            PRESENTATIONS[(len(done) // 2) % len(PRESENTATIONS)],
                        )
                        + dt.timedelta(minutes=30)
                    ).time(),
                    members=[
                        AssignmentMember(participant_id=self.participants[k].id) for k in team
                    ],
                )
            )

    def _guests(self) -> None:
        roles = (GuestRole.CLIENT, GuestRole.MANAGER, GuestRole.HRM_COLLEAGUE)
        for session in (x for x in self.sessions if x.kind is SessionKind.MASTERCLASS):
            held = self._happened(session.half_days[0].date)
            for i, (_seed, p) in enumerate(self._active()[::3]):
                self.s.add(
                    MasterclassGuest(
                        session_id=session.id,
                        name=f"Gast van {p.name.display_name}",
                        organisation=f"Gemeente {p.municipality}",
                        role=roles[i % 3],
                        invited_by_id=p.id,
                        registered_on=session.half_days[0].date - dt.timedelta(days=21),
                        attended=True if held else None,
                    )
                )

    def _ratings(self) -> None:
        if not self.varied:
            return
        frame = self.s.scalar(
            select(CompetenceFramework).where(CompetenceFramework.code == "PIB-BP")
        )
        assert frame is not None
        moments = (
            (RatingMoment.INTAKE, self.plan.intakes[-1][0], 0),
            (RatingMoment.MIDTERM, self.plan.midterms[-1][0], 1),
            (RatingMoment.END, self.plan.closing, 2),
        )
        for _seed, p in self._active():
            for competence in frame.competences:
                base = 2 + (p.id + competence.position) % 2
                for moment, day, step in moments:
                    if self._happened(day):
                        self.s.add(
                            CompetenceRating(
                                participant_id=p.id,
                                competence_id=competence.id,
                                moment=moment,
                                score=min(5, base + step),
                                rated_on=day,
                            )
                        )


def _about(kind: SessionKind, number: int | None) -> dict[str, str]:
    """A session's theme and description, as the programme has them."""
    part = TEMPLATE.part(kind, number)
    return {"theme": part.theme, "description": part.description}


def _email(seed: seeds.ParticipantSeed) -> str:
    from sioo_desk.domain.names import collation_key

    local = collation_key(f"{seed.first_name} {seed.tussenvoegsel} {seed.surname}")
    town = collation_key(seed.municipality).replace(" ", "")
    return f"{local.replace(' ', '.')}@{town}.demo.nl"
