"""The programme as the brochure describes it ("De gemeentelijke HRM-adviseur als partner in
business", Sioo and the A+O fonds Gemeenten, June 2011), as data: its title, provider and
funder, the norms, the fees, the admission criteria, what each part is about, and the three
competence frames. `init`, the first-use assistant and the demo all put it into a database
with `install_programme`, so that a real database and the demo hold the same programme; once
installed, it is the database's own and may be edited there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from sioo_desk.domain import schedule_template as shape
from sioo_desk.domain.admission import CRITERIA
from sioo_desk.domain.enums import AdmissionCriterion, SessionKind
from sioo_desk.domain.models import (
    Competence,
    CompetenceFramework,
    Programme,
    ProgrammeCriterion,
    ProgrammePart,
)


@dataclass(frozen=True)
class Part:
    """What one part of the programme is about; a new cohort's sessions take it over."""

    kind: SessionKind
    number: int | None
    title: str
    theme: str
    description: str


@dataclass(frozen=True)
class Frame:
    code: str
    name: str
    source: str
    # (code, name) or (code, name, description)
    competences: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class ProgrammeTemplate:
    code: str
    title: str
    subtitle: str
    provider: str
    funder: str
    description: str
    contact_half_days: int
    outside_working_hours_half_days: int
    study_hours: int
    min_participants: int
    max_participants: int
    min_group_size: int
    max_group_size: int
    fee_cents: int  # for the municipality, after the funder's contribution
    subsidy_cents: int  # the funder's contribution per participant
    fee_group_size: int  # the group size the fee is calculated for
    criteria: tuple[tuple[AdmissionCriterion, str], ...]
    parts: tuple[Part, ...]
    frames: tuple[Frame, ...]

    def part(self, kind: SessionKind, number: int | None = None) -> Part:
        return next(p for p in self.parts if p.kind is kind and p.number == number)


#: The seven capabilities of an HRM business partner (brochure, section 1).
BUSINESS_PARTNER_CAPABILITIES = (
    ("vakinhoud", "Vakinhoudelijke HRM-expertise (verder) ontwikkelen"),
    ("context", "Contextuele kennis van de vraagstukken van het (lijn)management en de gemeente"),
    ("verbinden", "Expertise verbinden met context en veranderingsprocessen ondersteunen"),
    ("ontwikkelen", "Leidinggevenden en medewerkers ontwikkelen"),
    ("proactief", "Pro-actieve houding"),
    ("rollen", "Bepalen welke rollen de HRM-adviseur kan en wil spelen"),
    ("communiceren", "Communiceren op strategisch, tactisch en uitvoerend niveau"),
)

#: The four central elements of the programme's orientation frame.
ORIENTATION_FRAME = (
    ("strategie", "Strategie"),
    ("arbeidsorganisatie", "Arbeidsorganisatie"),
    ("personeelsbeleid", "Personeelsbeleid"),
    ("leidinggeven", "Leidinggeven"),
)

#: The competences of advisers (Bijlage 1 of the professionalisation plan), with what each
#: rubric covers; a second frame a programme may rate against.
ADVISER_COMPETENCES = (
    (
        "resultaat",
        "Resultaatgerichtheid",
        "Snel beslissen, problemen blijvend oplossen, "
        "waarde toevoegen, resultaten zichtbaar maken, goede prijs/kwaliteitverhouding.",
    ),
    (
        "dienstverlening",
        "Dienstverlenende instelling",
        "Afspraken nauwgezet nakomen, de eigen "
        "mening wegen tegen een goed resultaat voor de klant, verwachtingen overtreffen.",
    ),
    (
        "samenwerken",
        "Samenwerkingsvermogen",
        "Relaties leggen en onderhouden, verantwoordelijkheid "
        "nemen, delegeren en coördineren, een consequente positie in klantrelaties.",
    ),
    (
        "analyse",
        "Analytisch vermogen",
        "Kwesties van verschillende kanten bekijken, trends volgen "
        "en vertalen, systematisch werken.",
    ),
    (
        "ondernemen",
        "Ondernemend handelen",
        "Alert en proactief handelen, zakelijk oordelen, "
        "initiatief nemen, netwerken bouwen, opdrachten verwerven.",
    ),
    (
        "advies",
        "Oordeels-/adviesvorming",
        "Hulpvragen onderkennen en aanscherpen, snel inwerken, "
        "onafhankelijk adviseren met oog voor de klantrelatie, openstaan voor denkbeelden.",
    ),
    (
        "planmatig",
        "Planmatig werken",
        "Realiseerbare projectplannen, projectteams samenstellen, "
        "projecten leiden en afronden, verantwoording afleggen.",
    ),
    (
        "sensitiviteit",
        "Interpersoonlijke sensitiviteit",
        "Effect van het eigen optreden waarnemen, "
        "van rol wisselen, met oppositie omgaan, effectief communiceren.",
    ),
    (
        "beinvloeden",
        "Beïnvloedend vermogen",
        "Groepen inspireren, creatieve oplossingen, "
        "coachen, processen en besluitvorming volgbaar beïnvloeden.",
    ),
    (
        "visie",
        "Visieontwikkeling",
        "Een eigen visie op problemen, structuren en oplossingen "
        "ontwikkelen en die effectief communiceren.",
    ),
)


#: The two masterclasses: the future of the HRM profession, and the theme of the start meeting.
MASTERCLASS_THEMES = (
    "De toekomst van het HRM-vak",
    "HRM en bedrijfsvoering: de verbinding tussen klanten en diensten",
)
MASTERCLASS_DESCRIPTION = (
    "Vakinhoudelijke masterclass met ruimte voor onbevangen gesprekken over passies en ambities; "
    "open voor opdrachtgevers, leidinggevenden, HRM-collega's en andere belanghebbenden, zodat "
    "deelnemers hun directe omgeving bij de leerroute betrekken."
)

PARTS = (
    Part(
        SessionKind.INTAKE_INTERVIEW,
        None,
        "Intakegesprek",
        "Professionele ambities en leervragen",
        "Met de programmamanager: beantwoordt het programma aan de verwachtingen en zijn de "
        "randvoorwaarden voor een goed leerproces vervuld? Ter voorbereiding stelt de kandidaat "
        "een document op met leervragen en een visie op de HRM-ontwikkeling bij het "
        "(lijn)management.",
    ),
    Part(
        SessionKind.START,
        None,
        shape.START.title,
        shape.START.theme,
        shape.START.description,
    ),
    *(
        Part(SessionKind.ATELIER, n, f"Werkatelier {n}", theme, description)
        for n, (theme, description) in enumerate(shape.ATELIERS, start=1)
    ),
    *(
        Part(SessionKind.MASTERCLASS, n, f"Masterclass {n}", theme, MASTERCLASS_DESCRIPTION)
        for n, theme in enumerate(MASTERCLASS_THEMES, start=1)
    ),
    Part(
        SessionKind.CONSULTATION,
        None,
        "Consultatiebijeenkomst",
        "Persoonlijke effectiviteit en reflectie op handelingsroutines",
        "Een consultatiegroep van 4 tot 6 deelnemers uit verschillende gemeenten komt vier keer "
        "bijeen onder begeleiding van een coach en maakt de methodieken uit de werkateliers "
        "toepasbaar op vraagstukken uit de eigen werksituatie.",
    ),
    Part(
        SessionKind.MIDTERM_REVIEW,
        None,
        "Tussengesprek",
        "De opbrengst tot nu toe en de leerroute daarna",
        "Na werkatelier 3 met de programmamanager: de opbrengst tot dan toe en afspraken over de "
        "leerroute in de tweede helft van het leertraject.",
    ),
    Part(
        SessionKind.CLOSING,
        None,
        shape.CLOSING.title,
        shape.CLOSING.theme,
        shape.CLOSING.description,
    ),
    Part(
        SessionKind.ACCOUNTABILITY,
        None,
        "Professioneel verantwoordingsgesprek",
        "Portfolio, organisatievraagstuk en professionele ontwikkeling",
        "In een kleine groep van vier deelnemers onder begeleiding van een ervaren professional "
        "uit de praktijk van de lokale overheid; ruim een uur per deelnemer.",
    ),
)

FRAMES = (
    Frame(
        "PIB-BP",
        "Zeven vermogens van de HRM-businesspartner",
        "Brochure, hoofdstuk 1",
        BUSINESS_PARTNER_CAPABILITIES,
    ),
    Frame("PIB-OK", "Oriëntatiekader", "Brochure, hoofdstuk 2", ORIENTATION_FRAME),
    Frame(
        "ADV",
        "Competenties van adviseurs",
        "Professionaliseringsplan, bijlage 1",
        ADVISER_COMPETENCES,
    ),
)

TEMPLATE = ProgrammeTemplate(
    code="HRM-PIB",
    title="De gemeentelijke HRM-adviseur als partner in business",
    subtitle="Een professionaliseringsprogramma van het A+O fonds Gemeenten en Sioo "
    "voor interne HRM-adviseurs in gemeenten",
    provider="Sioo, Interuniversitair centrum voor Organisatie- en Veranderkunde",
    funder="A+O fonds Gemeenten",
    description="Voor interne P&O-medewerkers bij gemeenten die zich willen ontwikkelen "
    "tot HRM-adviseur voor het (lijn)management.",
    contact_half_days=45,
    outside_working_hours_half_days=7,
    study_hours=360,
    min_participants=15,
    max_participants=18,
    min_group_size=4,
    max_group_size=6,
    fee_cents=650_000,
    subsidy_cents=200_000,
    fee_group_size=18,
    criteria=tuple((c, CRITERIA[c]) for c in AdmissionCriterion),
    parts=PARTS,
    frames=FRAMES,
)


def install_programme(session: Any, template: ProgrammeTemplate = TEMPLATE) -> Programme:
    """Put the programme with its parts, criteria and competence frames into the database
    through an open session; a programme of that code already there is returned as it is (the
    user may have edited it), and a frame whose code is taken is left out."""
    programme: Programme | None = session.scalar(
        select(Programme).where(Programme.code == template.code)
    )
    if programme is not None:
        return programme
    programme = Programme(
        code=template.code,
        title=template.title,
        subtitle=template.subtitle,
        provider=template.provider,
        funder=template.funder,
        description=template.description,
        contact_half_days=template.contact_half_days,
        outside_working_hours_half_days=template.outside_working_hours_half_days,
        study_hours=template.study_hours,
        min_participants=template.min_participants,
        max_participants=template.max_participants,
        min_group_size=template.min_group_size,
        max_group_size=template.max_group_size,
        fee_cents=template.fee_cents,
        subsidy_cents=template.subsidy_cents,
        fee_group_size=template.fee_group_size,
        parts=[
            ProgrammePart(
                kind=p.kind,
                number=p.number,
                title=p.title,
                theme=p.theme,
                description=p.description,
            )
            for p in template.parts
        ],
        criteria=[ProgrammeCriterion(criterion=c, text=t) for c, t in template.criteria],
    )
    session.add(programme)
    session.flush()
    for frame in template.frames:
        if session.scalar(
            select(CompetenceFramework.id).where(CompetenceFramework.code == frame.code)
        ):
            continue
        session.add(
            CompetenceFramework(
                programme_id=programme.id,
                code=frame.code,
                name=frame.name,
                source=frame.source,
                competences=[
                    Competence(code=c, name=n, description=d, position=i)
                    for i, (c, n, *more) in enumerate(frame.competences)
                    for d in [more[0] if more else ""]
                ],
            )
        )
    session.flush()
    return programme


def part_of(session: Any, programme_id: int, kind: SessionKind, number: int | None) -> Part | None:
    """The part as the database holds it (edited or not), None when it holds none."""
    row = session.scalar(
        select(ProgrammePart).where(
            ProgrammePart.programme_id == programme_id,
            ProgrammePart.kind == kind,
            ProgrammePart.number.is_(None) if number is None else ProgrammePart.number == number,
        )
    )
    if row is None:
        return None
    return Part(row.kind, row.number, row.title, row.theme, row.description)
