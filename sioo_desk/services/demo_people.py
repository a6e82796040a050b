"""The invented people of the demo data. Everyone here is fictional; the structure (roles,
titles, organisations of practice) follows the brochure."""

from __future__ import annotations

from dataclasses import dataclass

from sioo_desk.domain.enums import EducationLevel, Gender, Role

F, M = Gender.FEMALE, Gender.MALE


@dataclass(frozen=True)
class StaffSeed:
    key: str
    title: str
    initials: str
    first_name: str
    tussenvoegsel: str
    surname: str
    gender: Gender
    organisation: str
    roles: tuple[Role, ...]
    expertise: str = ""
    suffix: str = ""

    @property
    def email(self) -> str:
        local = f"{self.first_name[0]}.{self.surname.split('-')[0]}".lower().replace(" ", "")
        return f"{local}@demo.sioo-desk.nl"


STAFF = (
    StaffSeed(
        "pm",
        "drs.",
        "M.A.",
        "Marieke",
        "",
        "Hoogendoorn-de Wit",
        F,
        "Sioo",
        (Role.PROGRAMME_MANAGER,),
        "Programmamanagement, begeleiding van leertrajecten",
    ),
    StaffSeed("secretary", "", "S.", "Saskia", "", "Verbeek", F, "Sioo", (Role.SECRETARY,)),
    StaffSeed(
        "rector",
        "prof. dr.",
        "R.J.",
        "Robert",
        "van",
        "Dijk",
        M,
        "Sioo",
        (Role.SIGNATORY, Role.TEACHER),
        "Veranderkunde",
    ),
    StaffSeed(
        "zwart",
        "drs.",
        "P.",
        "Pieter",
        "",
        "Zwart",
        M,
        "Zwart Organisatieadvies",
        (Role.TEACHER,),
        "Lastige gesprekken, interventiekunde",
    ),
    StaffSeed(
        "brouwer",
        "dr.",
        "E.",
        "Els",
        "",
        "Brouwer",
        F,
        "Praktijk voor systeemdynamiek",
        (Role.TEACHER,),
        "Systeem-psychodynamica",
    ),
    StaffSeed(
        "graaf",
        "ir.",
        "T.",
        "Tom",
        "de",
        "Graaf",
        M,
        "Het Systeemhuis",
        (Role.TEACHER,),
        "Sociale systeemtheorie, sociocybernetica",
    ),
    StaffSeed(
        "smit",
        "drs.",
        "A.",
        "Anouk",
        "",
        "Smit",
        F,
        "Aiki Verbinding",
        (Role.TEACHER,),
        "Aikido, de Aiki Aanpak",
    ),
    StaffSeed(
        "mulder",
        "dr.",
        "L.",
        "Lars",
        "",
        "Mulder",
        M,
        "Mulder Strategie",
        (Role.TEACHER,),
        "Strategie en organiseren",
    ),
    StaffSeed(
        "leeuwen",
        "drs.",
        "F.",
        "Fleur",
        "van",
        "Leeuwen",
        F,
        "HRM Vakontwikkeling",
        (Role.TEACHER,),
        "Ontwikkelingen in het HRM-vak",
    ),
    StaffSeed(
        "jansen",
        "drs.",
        "K.",
        "Karin",
        "",
        "Jansen",
        F,
        "Toekomstbeeld",
        (Role.TEACHER,),
        "Scenariodenken",
    ),
    StaffSeed(
        "horst",
        "drs.",
        "B.",
        "Bas",
        "ter",
        "Horst",
        M,
        "Horst Advies",
        (Role.TEACHER,),
        "Beïnvloeden, macht en politiek",
        "CMC",
    ),
    StaffSeed(
        "bakker",
        "dr.",
        "S.",
        "Sanne",
        "",
        "Bakker",
        F,
        "Arbeidsmarktonderzoek Bakker",
        (Role.TEACHER,),
        "Arbeidsmarkt en de toekomst van HRM",
    ),
    StaffSeed(
        "vermeulen",
        "drs.",
        "J.",
        "Joost",
        "",
        "Vermeulen",
        M,
        "Vermeulen & Partners",
        (Role.TEACHER,),
        "HRM en bedrijfsvoering",
    ),
    StaffSeed(
        "koster",
        "drs.",
        "W.",
        "Wim",
        "",
        "Koster",
        M,
        "Koster Coaching",
        (Role.COACH,),
        "Coaching, intervisie",
    ),
    StaffSeed(
        "peeters",
        "drs.",
        "N.",
        "Nicole",
        "",
        "Peeters",
        F,
        "Peeters Begeleiding",
        (Role.COACH,),
        "Coaching van adviseurs",
    ),
    StaffSeed(
        "vos",
        "drs.",
        "H.",
        "Hanneke",
        "",
        "Vos",
        F,
        "Vos Ontwikkeling",
        (Role.COACH,),
        "Coaching, reflectie",
    ),
    StaffSeed(
        "hendriks",
        "",
        "G.",
        "Gerard",
        "",
        "Hendriks",
        M,
        "Gemeente Zeist",
        (Role.ASSESSOR,),
        "Gemeentesecretaris",
    ),
    StaffSeed(
        "idrissi",
        "mr.",
        "M.",
        "Monique",
        "el",
        "Idrissi",
        F,
        "Gemeente Leiden",
        (Role.ASSESSOR,),
        "Concerndirecteur bedrijfsvoering",
    ),
    StaffSeed(
        "postma",
        "drs.",
        "A.",
        "Astrid",
        "",
        "Postma",
        F,
        "Gemeente Hoorn",
        (Role.ASSESSOR,),
        "Directeur HRM",
    ),
    StaffSeed(
        "willems",
        "",
        "D.",
        "Dirk",
        "",
        "Willems",
        M,
        "Gemeente Venlo",
        (Role.ASSESSOR,),
        "Gemeentesecretaris",
    ),
)


@dataclass(frozen=True)
class ParticipantSeed:
    key: str
    initials: str
    first_name: str
    tussenvoegsel: str
    surname: str
    gender: Gender
    municipality: str
    job_title: str
    years_experience: int
    years_in_hr: int
    education: EducationLevel
    partner: str = ""


def _p(
    key: str,
    initials: str,
    first: str,
    tv: str,
    surname: str,
    gender: Gender,
    town: str,
    job: str,
    exp: int,
    hr: int,
    edu: EducationLevel = EducationLevel.HBO,
    partner: str = "",
) -> ParticipantSeed:
    return ParticipantSeed(
        key, initials, first, tv, surname, gender, town, job, exp, hr, edu, partner
    )


HBO, WO, EQ = EducationLevel.HBO, EducationLevel.WO, EducationLevel.EQUIVALENT

#: The reference cohort 2011–2012: eighteen invented HR advisers, three learning teams.
REFERENCE_PARTICIPANTS = (
    _p(
        "berg",
        "J.H.",
        "Jan",
        "van der",
        "Berg",
        M,
        "Utrecht",
        "Senior P&O-adviseur",
        14,
        9,
        WO,
        "vries",
    ),
    _p("vries", "S.", "Sophie", "de", "Vries", F, "Utrecht", "P&O-adviseur", 8, 5, HBO, "berg"),
    _p("yildiz", "Ş.", "Şahin", "", "Yıldız", M, "Amersfoort", "HRM-adviseur", 11, 6, WO, "brink"),
    _p(
        "brink",
        "I.M.",
        "Ingrid",
        "ten",
        "Brink",
        F,
        "Amersfoort",
        "Adviseur P&O",
        16,
        12,
        HBO,
        "yildiz",
    ),
    _p("nowak", "Ł.", "Łukasz", "", "Nowak", M, "Zwolle", "P&O-adviseur", 7, 4, WO, "hart"),
    _p(
        "hart",
        "M.",
        "Marloes",
        "'t",
        "Hart",
        F,
        "Zwolle",
        "Senior adviseur HRM",
        19,
        15,
        HBO,
        "nowak",
    ),
    _p("amrani", "A.", "Ahmed", "", "El Amrani", M, "Den Haag", "HR-businesspartner", 9, 6, WO),
    _p("dam", "F.", "Femke", "van", "Dam", F, "Haarlem", "P&O-adviseur", 6, 3, HBO),
    _p(
        "bakker",
        "C.J.",
        "Kees",
        "",
        "Bakker",
        M,
        "Leeuwarden",
        "Adviseur personeelszaken",
        21,
        17,
        EQ,
    ),
    _p("hof", "N.", "Noor", "van 't", "Hof", F, "Eindhoven", "HRM-adviseur", 10, 7, WO),
    _p("jong", "R.", "Ruud", "de", "Jong", M, "Nijmegen", "P&O-consulent", 12, 8, HBO),
    _p(
        "visser",
        "A.",
        "Anke",
        "",
        "Visser-Dijkstra",
        F,
        "Groningen",
        "Senior P&O-adviseur",
        17,
        11,
        HBO,
    ),
    _p("mertens", "C.", "Chantal", "", "Mertens", F, "Maastricht", "HR-adviseur", 8, 5, WO),
    _p("kramer", "D.", "Dennis", "", "Kramer", M, "Almere", "P&O-adviseur", 6, 4, HBO),
    _p("heuvel", "L.", "Lotte", "van den", "Heuvel", F, "Tilburg", "HRM-adviseur", 9, 6, WO),
    _p("demir", "G.", "Gülşen", "", "Demir", F, "Rotterdam", "Adviseur HRM", 13, 7, WO),
    _p("schouten", "E.", "Erik", "", "Schouten", M, "Deventer", "P&O-adviseur", 15, 10, HBO),
    _p(
        "oosterhuis",
        "I.",
        "Ilse",
        "",
        "Oosterhuis",
        F,
        "Apeldoorn",
        "Senior HR-adviseur",
        18,
        13,
        HBO,
    ),
)

#: The cohort 2026–2027: sixteen more, two learning teams.
CURRENT_PARTICIPANTS = (
    _p("dijkstra", "T.", "Thijs", "", "Dijkstra", M, "Groningen", "HR-adviseur", 9, 5, WO, "zeeuw"),
    _p(
        "zeeuw",
        "E.",
        "Esther",
        "de",
        "Zeeuw",
        F,
        "Groningen",
        "Senior HR-adviseur",
        15,
        10,
        HBO,
        "dijkstra",
    ),
    _p("ozturk", "E.", "Emre", "", "Öztürk", M, "Arnhem", "HR-businesspartner", 8, 5, WO),
    _p("wojcik", "M.", "Małgorzata", "", "Wójcik", F, "Breda", "P&O-adviseur", 7, 3, WO),
    _p("meer", "J.", "Joris", "van der", "Meer", M, "Delft", "HRM-adviseur", 12, 8, HBO, "lange"),
    _p("lange", "A.", "Annelies", "de", "Lange", F, "Delft", "Adviseur P&O", 20, 16, HBO, "meer"),
    _p("bos", "R.", "Rik", "", "Bos", M, "Alkmaar", "P&O-adviseur", 6, 4, HBO),
    _p("hoek", "S.", "Sanne", "van den", "Hoek", F, "Leiden", "HR-adviseur", 10, 6, WO),
    _p("chaouch", "Y.", "Yasmina", "", "Chaouch", F, "Utrecht", "Adviseur HRM", 9, 5, WO),
    _p("pauwels", "B.", "Bram", "", "Pauwels", M, "Venlo", "HRM-adviseur", 11, 7, EQ),
    _p(
        "reijnders",
        "M.",
        "Mirjam",
        "",
        "Reijnders",
        F,
        "Enschede",
        "Senior P&O-adviseur",
        22,
        18,
        HBO,
    ),
    _p("broek", "D.", "Daan", "ten", "Broek", M, "Hengelo", "P&O-adviseur", 7, 5, HBO),
    _p("nguyen", "L.", "Linh", "", "Nguyễn", F, "Amsterdam", "HR-businesspartner", 8, 5, WO),
    _p("kok", "W.", "Willemijn", "", "Kok", F, "Zaanstad", "HR-adviseur", 13, 9, HBO),
    _p("aydin", "M.", "Mert", "", "Aydın", M, "Schiedam", "Adviseur personeelszaken", 10, 6, HBO),
    _p("graaf_p", "P.", "Petra", "van de", "Graaf", F, "Heerlen", "HRM-adviseur", 16, 12, WO),
)

#: Who teaches werkateliers 1–6 and masterclasses 1–2; what they are about is the programme's
#: (services/programme_template.py).
ATELIER_TEACHERS = (
    ("zwart", "brouwer"),
    ("graaf", "smit"),
    ("mulder", "leeuwen"),
    ("rector",),
    ("jansen",),
    ("horst",),
)

MASTERCLASS_TEACHERS = (("bakker",), ("vermeulen",))

ASSIGNMENT_TITLES = (
    "Strategische personeelsplanning voor de komende tien jaar",
    "Van P&O-loket naar businesspartner van het management",
    "Anders werken in het sociaal domein: wat vraagt dat van leidinggevenden?",
    "Duurzame inzetbaarheid van oudere medewerkers",
    "Een nieuw gesprekkencyclus die wel werkt",
    "Samenwerking met buurgemeenten in één HRM-organisatie",
    "Talentontwikkeling en interne mobiliteit",
    "Verzuim terugdringen door eigen regie van teams",
    "De organisatie voorbereiden op de digitale dienstverlening",
    "Het werven van hoger opgeleiden op een krappe arbeidsmarkt",
    "Leiderschapsontwikkeling voor teamleiders",
    "HRM-beleid na de reorganisatie: van plan naar praktijk",
    "Flexibele arbeidsorganisatie en het nieuwe werken",
    "Cultuurverandering na de fusie van twee afdelingen",
    "Een strategisch opleidingsplan",
)
