"""`sioo-desk`: the GUI without arguments, and every job of it as a command for scripts.

Imports stay inside the commands so that `--version` and `cohorts --json` start fast and the
GUI is not slowed down by what only the CLI needs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from sioo_desk import __version__
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.domain.status_flow import STATUS_LABELS

_STARTED = time.perf_counter()

EXIT_OK = 0
EXIT_REFUSED = 1  # bad input, unknown id, unusable database: a Dutch message on stderr
EXIT_BUG = 70  # what should not have happened (EX_SOFTWARE): one Dutch line, the rest in the log
EXIT_INTERRUPTED = 130  # Ctrl+C, as a shell reports a SIGINT


def parse_date(text: str) -> dt.date:
    """'2026-11-23' or '23-11-2026'."""
    for pattern in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"ongeldige datum '{text}': gebruik jjjj-mm-dd of dd-mm-jjjj, bijvoorbeeld 2026-11-23"
    )


def positive_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is geen aantal (een heel getal, 0 of meer)")
    return value


def minutes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 60:
        raise argparse.ArgumentTypeError(
            f"'{text}' minuten kan niet: een verantwoordingsgesprek duurt minstens 60 minuten"
        )
    return value


def percentage(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"'{text}' is geen percentage (een heel getal, 0 tot 100)")
    return value


def record_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' is geen nummer (een heel getal, 1 of meer)")
    return value


# argparse's own texts, by their gettext message ids (Python 3.11); what only a programmer of
# this module could provoke (conflicting options and the like) stays English.
_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "not allowed with argument %s": "kan niet samen met %s",
    "ignored explicit argument %r": "hier hoort geen waarde bij: %r",
    "the following arguments are required: %s": "dit moet u nog opgeven: %s",
    "one of the arguments %s is required": "geef een van deze op: %s",
    "expected one argument": "hier hoort een waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "ambiguous option: %(option)s could match %(matches)s": (
        "onduidelijke optie: %(option)s kan %(matches)s zijn"
    ),
    "unexpected option string: %s": "onverwachte optie: %s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
}
_ARGPARSE_NL_PLURAL = {
    ("expected %s argument", "expected %s arguments"): (
        "hier hoort %s waarde bij",
        "hier horen %s waarden bij",
    ),
}


def _gettext_nl(message: str) -> str:
    return _ARGPARSE_NL.get(message, message)


def _ngettext_nl(singular: str, plural: str, count: int) -> str:
    one, more = _ARGPARSE_NL_PLURAL.get((singular, plural), (singular, plural))
    return one if count == 1 else more


@contextmanager
def _in_dutch() -> Iterator[None]:
    """argparse in Dutch while it builds, parses or writes help. It says everything through
    gettext's `_` and `ngettext`, looked up as its module's globals each time: they are swapped
    for that long and put back after, so that other users of argparse in the same process (a
    test runner, say) keep their own language."""
    namespace = vars(argparse)
    before = namespace["_"], namespace["ngettext"]
    namespace["_"], namespace["ngettext"] = _gettext_nl, _ngettext_nl
    try:
        yield
    finally:
        namespace["_"], namespace["ngettext"] = before


class DutchArgumentParser(argparse.ArgumentParser):
    """argparse's own words in Dutch (see `_in_dutch`), and a usage error as one Dutch line,
    like every other refusal of the CLI."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with _in_dutch():  # the titles "opties" and "argumenten", and -h's help
            super().__init__(*args, **kwargs)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with _in_dutch():
            return super().parse_known_args(args, namespace)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> argparse.Namespace:
        with _in_dutch():
            return super().parse_args(args, namespace)

    def format_usage(self) -> str:
        with _in_dutch():
            return super().format_usage()

    def format_help(self) -> str:
        with _in_dutch():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"sioo-desk: {message} (zie {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="sioo-desk",
        description="Sioo Desk: de leergang 'De gemeentelijke HRM-adviseur als partner in "
        "business' van intake tot certificaat. Zonder opdracht opent het programma.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Sioo Desk {__version__}",
        help="toon het versienummer en stop",  # argparse 3.11 does not translate its own
    )
    parser.add_argument(
        "--db",
        metavar="PAD",
        help="databasebestand of SQLAlchemy-URL "
        "(standaard: $SIOO_DESK_DB of de gegevensmap van de gebruiker)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open het hoofdvenster, wacht op de eerste tekening met gegevens, "
        "druk de milliseconden af en stop",
    )
    commands = parser.add_subparsers(
        dest="command", metavar="OPDRACHT", parser_class=DutchArgumentParser
    )

    _add_init_command(commands)

    demo = commands.add_parser(
        "demo", help="laad de demogegevens (twee keer laden voegt niets dubbel toe)"
    )
    demo.add_argument(
        "--cohorts",
        type=positive_count,
        default=0,
        metavar="N",
        help="voeg N gegenereerde cohorten toe voor schaaltests",
    )
    demo.add_argument(
        "--today",
        type=parse_date,
        metavar="DATUM",
        help="de datum waarop het lopende cohort wordt bekeken (standaard: vandaag)",
    )

    cohorts = commands.add_parser("cohorts", help="lijst van cohorten")
    cohorts.add_argument("--json", action="store_true", help="uitvoer als JSON")

    _add_cohort_commands(commands)
    _add_staff_commands(commands)

    participants = commands.add_parser("participants", help="deelnemers van een cohort")
    participants.add_argument("--cohort", type=record_id, required=True, metavar="ID")
    participants.add_argument("--json", action="store_true", help="uitvoer als JSON")

    importer = commands.add_parser("import", help="importeer aanmeldingen uit .xlsx of .csv")
    importer.add_argument("what", choices=["participants"], help="wat er wordt geïmporteerd")
    importer.add_argument("file", metavar="BESTAND")
    importer.add_argument("--cohort", type=record_id, required=True, metavar="ID")
    importer.add_argument("--dry-run", action="store_true", help="controleer alleen; schrijf niets")
    importer.add_argument("--json", action="store_true", help="uitvoer als JSON")

    exporter = commands.add_parser(
        "export",
        help="exporteer de deelnemerslijst (.xlsx/.csv), agendabestanden (.ics), "
        "het programma (.pdf), het portfolio van een deelnemer (.pdf) of de dagplanning van "
        "de verantwoordingsgesprekken (.pdf)",
    )
    exporter.add_argument(
        "what",
        choices=["participants", "ics", "schedule", "portfolio", "dayplan"],
        help="wat er wordt geëxporteerd",
    )
    exporter.add_argument(
        "--cohort", type=record_id, metavar="ID", help="verplicht, behalve bij portfolio"
    )
    exporter.add_argument(
        "--participant",
        type=record_id,
        metavar="ID",
        help="bij ics: alleen de bijeenkomsten van deze deelnemer; bij portfolio: verplicht",
    )
    exporter.add_argument(
        "--teacher",
        type=record_id,
        metavar="ID",
        help="bij ics: alle bijeenkomsten van deze docent of coach",
    )
    exporter.add_argument("--out", required=True, metavar="BESTAND", help="doelbestand")

    schedule = commands.add_parser(
        "schedule", help="het programma van een cohort, met contacttijd en controles"
    )
    schedule.add_argument("--cohort", type=record_id, required=True, metavar="ID")
    schedule.add_argument("--json", action="store_true", help="uitvoer als JSON")

    groups = commands.add_parser("groups", help="consultatiegroepen: de huidige, of een voorstel")
    groups.add_argument("--cohort", type=record_id, required=True, metavar="ID")
    groups.add_argument(
        "--propose", action="store_true", help="stel groepen voor (wordt niet opgeslagen)"
    )
    groups.add_argument("--json", action="store_true", help="uitvoer als JSON")

    attendance = commands.add_parser("attendance", help="aanwezigheid en inspanning per deelnemer")
    attendance.add_argument("--cohort", type=record_id, required=True, metavar="ID")
    attendance.add_argument(
        "--today",
        type=parse_date,
        metavar="DATUM",
        help="de datum waarop wordt geteld (standaard: vandaag)",
    )
    attendance.add_argument("--json", action="store_true", help="uitvoer als JSON")

    progress = commands.add_parser(
        "progress",
        help="voortgang per deelnemer: intakedocument, leervragen, portfolio, "
        "organisatievraagstuk en tussengesprek",
    )
    progress.add_argument("--cohort", type=record_id, required=True, metavar="ID")
    progress.add_argument(
        "--today", type=parse_date, metavar="DATUM", help="de peildatum (standaard: vandaag)"
    )
    progress.add_argument("--json", action="store_true", help="uitvoer als JSON")

    closing = commands.add_parser(
        "accountability",
        help="de groepen, assessoren en gesprekstijden van de verantwoordingsgesprekken",
    )
    closing.add_argument("--cohort", type=record_id, required=True, metavar="ID")
    closing.add_argument(
        "--propose", action="store_true", help="stel een nieuwe indeling voor (niet opgeslagen)"
    )
    closing.add_argument("--save", action="store_true", help="met --propose: sla het voorstel op")
    closing.add_argument(
        "--minutes",
        type=minutes,
        metavar="N",
        help="minuten per gesprek (standaard de instelling accountability.minutes; minstens 60)",
    )
    closing.add_argument("--json", action="store_true", help="uitvoer als JSON")

    verdict = commands.add_parser("verdict", help="leg het eindoordeel van een deelnemer vast")
    verdict.add_argument("--participant", type=record_id, required=True, metavar="ID")
    verdict.add_argument(
        "--result", required=True, choices=["onvoldoende", "voldoende", "goed"], help="het oordeel"
    )
    verdict.add_argument("--motivation", required=True, metavar="TEKST", help="korte motivering")
    verdict.add_argument(
        "--date",
        type=parse_date,
        metavar="DATUM",
        help="datum van het oordeel (standaard: vandaag)",
    )
    verdict.add_argument("--assessor", type=record_id, metavar="ID", help="de assessor")
    verdict.add_argument(
        "--effort",
        type=percentage,
        metavar="PROCENT",
        help="vastgelegde inzet, alleen als de aanwezigheid niet in Sioo Desk is bijgehouden",
    )

    certificates = commands.add_parser(
        "certificates",
        help="reik certificaten uit aan iedereen die ervoor in aanmerking komt en er nog geen "
        "heeft; schrijft de pdf's en een gebundelde pdf",
    )
    certificates.add_argument("--cohort", type=record_id, required=True, metavar="ID")
    certificates.add_argument("--out", required=True, metavar="MAP", help="de map voor de pdf's")
    certificates.add_argument(
        "--date", type=parse_date, metavar="DATUM", help="datum van uitreiking (standaard: vandaag)"
    )
    certificates.add_argument("--zip", action="store_true", help="maak er ook een zip van")
    certificates.add_argument("--json", action="store_true", help="uitvoer als JSON")

    verify = commands.add_parser("verify", help="controleer de verificatiecode van een certificaat")
    verify.add_argument("code", metavar="CODE")
    verify.add_argument("--json", action="store_true", help="uitvoer als JSON")

    _add_settings_commands(commands)

    check = commands.add_parser("check", help="controleer de database (alleen lezen)")
    check.add_argument("--json", action="store_true", help="uitvoer als JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _dispatch(args)
    except BrokenPipeError:  # `sioo-desk cohorts | head`: the reader has had enough
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("sioo-desk: afgebroken (Ctrl+C).", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # a bug: the user gets one line, support the log
        _bug(error, f"de opdracht '{args.command}'")
        return EXIT_BUG


def _bug(error: BaseException, doing: str) -> str:
    """Write what should not have happened to the log; print, and return, the one line that
    says so."""
    from sioo_desk.store.logbook import install_log, log_path, record_failure

    try:
        path = install_log()
        reference = record_failure(error, doing) if path is not None else ""
    except Exception:  # the log failing too must not hide the line
        path, reference = None, ""
    where = (
        f"details staan in {path} (referentie {reference})"
        if path is not None
        else f"het logbestand {log_path()} kon niet worden geschreven"
    )
    message = f"er ging iets mis dat niet had mogen gebeuren ({type(error).__name__}); {where}"
    print(f"sioo-desk: {message}", file=sys.stderr)
    return message


def _dispatch(args: argparse.Namespace) -> int:
    try:
        if args.command is None:
            return _gui(args)
        handler = {
            "init": _init,
            "demo": _demo,
            "cohorts": _cohorts,
            "cohort": _cohort,
            "staff": _staff,
            "participants": _participants,
            "import": _import,
            "export": _export,
            "schedule": _schedule,
            "groups": _groups,
            "attendance": _attendance,
            "progress": _progress,
            "accountability": _accountability,
            "verdict": _verdict,
            "certificates": _certificates,
            "verify": _verify,
            "settings": _settings,
            "check": _check,
        }[args.command]
        return handler(args)
    except SiooDeskError as error:
        print(f"sioo-desk: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        raise
    except OSError as error:  # a file to read or write that cannot be used
        from sioo_desk.store.output import reason

        which = error.filename if isinstance(error.filename, str | bytes) else None
        what = os.fsdecode(which) if which else "een bestand"
        print(
            f"sioo-desk: {what} is niet te gebruiken: {reason(error, writing=False)}.",
            file=sys.stderr,
        )
        return EXIT_REFUSED


def _location(args: argparse.Namespace) -> Any:
    from sioo_desk.store.location import resolve

    return resolve(args.db)


def _open(args: argparse.Namespace, *, may_create: bool = False) -> Any:
    from sioo_desk.store.database import Database

    location = _location(args)
    # An explicitly named file must exist; the default one is made on first use.
    explicit = bool(args.db) or "SIOO_DESK_DB" in os.environ
    return Database.open(location, may_create=may_create or not explicit)


def _count(number: int, one: str, more: str) -> str:
    return f"{number} {one if number == 1 else more}"


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _first_use(args: argparse.Namespace) -> Any:
    """The default database's location while it is not there yet (or an empty file): the
    first-use assistant makes it. A file named by --db or $SIOO_DESK_DB never: a typo must
    not make one, so that one is refused as missing."""
    if args.smoke_test or args.db or "SIOO_DESK_DB" in os.environ:
        return None
    location = _location(args)
    path = location.path
    if path is None or (path.exists() and (path.is_dir() or path.stat().st_size > 0)):
        return None
    return location


def _gui(args: argparse.Namespace) -> int:
    # Started from a menu, nobody reads stderr: what stops the start is shown in a window too.
    try:
        first = _first_use(args)
        if first is not None:
            from sioo_desk.app import run_first_use

            return run_first_use(first, started=_STARTED)
        database = _open(args)
        from sioo_desk.app import run

        return run(database, smoke_test=args.smoke_test, started=_STARTED)
    except SiooDeskError as error:
        print(f"sioo-desk: {error}", file=sys.stderr)
        if not args.smoke_test:
            from sioo_desk.app import show_fatal

            show_fatal(str(error))
        return EXIT_REFUSED
    except OSError:  # a file that cannot be used: the one line of every command
        raise
    except Exception as error:  # before the window was there to show it
        message = _bug(error, "het starten van het programma")
        if not args.smoke_test:
            from sioo_desk.app import show_fatal

            show_fatal(message[0].upper() + message[1:] + ".")
        return EXIT_BUG


# --- init ------------------------------------------------------------------------------------


def _add_init_command(commands: Any) -> None:
    init = commands.add_parser(
        "init",
        help="maak een nieuwe database met het programma en de naam van de organisatie, "
        "zonder demogegevens (een bestand met gegevens wordt geweigerd)",
    )
    init.add_argument("--organisation", metavar="NAAM", default="", help="naam van de organisatie")
    init.add_argument("--json", action="store_true", help="uitvoer als JSON")


def _init(args: argparse.Namespace) -> int:
    from sioo_desk.services.new_database import create
    from sioo_desk.services.organisation import Organisation

    database, created = create(_location(args), Organisation(name=args.organisation))
    with database:
        where = database.location.display
    if args.json:
        _print_json(
            {
                "id": created.programme_id,
                "database": where,
                "programme_id": created.programme_id,
                "programme": created.programme_title,
                "organisation": created.organisation,
            }
        )
        return EXIT_OK
    print(f"nieuwe database: {where}")
    print(f"programma: {created.programme_title}")
    if created.organisation:
        print(f"organisatie: {created.organisation}")
    else:
        print(
            "organisatie: nog geen naam; vul die in met 'sioo-desk settings set "
            "organisation.name NAAM' of bij Instellingen › Organisatie"
        )
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from sioo_desk.services.demo import load_demo

    today = args.today or dt.date.today()
    with _open(args, may_create=True) as database:
        # One transaction: a cohort is "aangemaakt" once all are.
        result = load_demo(database, today=today, extra_cohorts=args.cohorts)
        for name in result.created:
            print(f"aangemaakt: {name}")
        for name in result.already_there:
            print(f"al aanwezig: {name}")
        print(f"database: {database.location.display}")
    return EXIT_OK


def _cohorts(args: argparse.Namespace) -> int:
    from sioo_desk.services.cohorts import list_cohorts

    with _open(args) as database:
        cohorts = list_cohorts(database, dt.date.today())
    if args.json:
        _print_json(
            [
                {
                    "id": c.id,
                    "code": c.code,
                    "name": c.name,
                    "start": c.start,
                    "end": c.end,
                    "status": c.status.value,
                    "location": c.location,
                    "participants": c.participants,
                    "places_taken": c.places_taken,
                    "archived": c.archived,
                }
                for c in cohorts
            ]
        )
        return EXIT_OK
    for c in cohorts:
        period = f"{long_date(c.start)} – {long_date(c.end)}"
        archived = "  (gearchiveerd)" if c.archived else ""
        print(f"{c.id:>4}  {c.name:<36} {period:<34} {c.participants:>3} deelnemers{archived}")
    return EXIT_OK


# --- cohort add / edit / delete ---------------------------------------------------------------

_COHORT_STATUSES = ("planned", "intake", "running", "finished", "cancelled", "auto")


def _add_cohort_commands(commands: Any) -> None:
    cohort = commands.add_parser("cohort", help="maak, wijzig of verwijder een cohort")
    actions = cohort.add_subparsers(
        dest="cohort_command", metavar="ACTIE", required=True, parser_class=DutchArgumentParser
    )
    add = actions.add_parser("add", help="maak een nieuw cohort")
    add.add_argument("--name", required=True, metavar="NAAM")
    add.add_argument("--start", type=parse_date, required=True, metavar="DATUM")
    add.add_argument("--end", type=parse_date, required=True, metavar="DATUM")
    edit = actions.add_parser("edit", help="wijzig een cohort; wat u niet opgeeft, blijft")
    edit.add_argument("id", type=record_id, metavar="ID")
    edit.add_argument("--name", metavar="NAAM")
    edit.add_argument("--start", type=parse_date, metavar="DATUM")
    edit.add_argument("--end", type=parse_date, metavar="DATUM")
    for parser in (add, edit):
        parser.add_argument(
            "--code",
            metavar="CODE",
            help="begin van de certificaatnummers, zoals HRM-2027 (standaard: HRM-<startjaar>)",
        )
        parser.add_argument("--intake-from", type=parse_date, metavar="DATUM")
        parser.add_argument("--intake-until", type=parse_date, metavar="DATUM")
        parser.add_argument("--location", metavar="LOCATIE")
        parser.add_argument("--location-address", metavar="ADRES")
        parser.add_argument(
            "--programme-manager", type=record_id, metavar="ID", help="medewerker met die rol"
        )
        parser.add_argument("--secretary", type=record_id, metavar="ID", help="medewerker")
        parser.add_argument(
            "--signatory", type=record_id, metavar="ID", help="ondertekenaar, zoals de rector"
        )
        parser.add_argument(
            "--status",
            choices=_COHORT_STATUSES,
            help="met de hand gezet; 'auto': volgt de data (standaard)",
        )
        parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    archive = edit.add_mutually_exclusive_group()
    archive.add_argument("--archive", action="store_true", help="archiveer het cohort")
    archive.add_argument("--unarchive", action="store_true", help="haal het uit het archief")
    delete = actions.add_parser("delete", help="verwijder een cohort zonder deelnemers")
    delete.add_argument("id", type=record_id, metavar="ID")
    delete.add_argument("--json", action="store_true", help="uitvoer als JSON")


def _cohort_json(database: Any, cohort_id: int) -> dict[str, Any]:
    from sioo_desk.services.cohort_editing import cohort_input
    from sioo_desk.services.cohorts import get_cohort

    shown = get_cohort(database, cohort_id, dt.date.today())
    data = cohort_input(database, cohort_id)
    return {
        "id": shown.id,
        "code": shown.code,
        "name": shown.name,
        "status": shown.status.value,
        "status_by_hand": shown.status_by_hand,
        "start": shown.start,
        "end": shown.end,
        "intake_from": data.intake_from,
        "intake_until": data.intake_until,
        "location": data.location,
        "location_address": data.location_address,
        "programme_manager_id": data.programme_manager_id,
        "secretary_id": data.secretary_id,
        "signatory_id": data.signatory_id,
        "archived": shown.archived,
    }


def _cohort(args: argparse.Namespace) -> int:
    import dataclasses

    from sioo_desk.domain.enums import CohortStatus
    from sioo_desk.services import cohort_editing as editing

    with _open(args) as database:
        if args.cohort_command == "delete":
            edit = editing.delete_cohort(database, args.id)
            if args.json:
                _print_json({"id": args.id, "name": edit.result, "deleted": True})
            else:
                print(f"verwijderd: {edit.result}")
            return EXIT_OK
        given: dict[str, Any] = {
            "name": args.name,
            "start": args.start,
            "end": args.end,
            "code": args.code,
            "intake_from": args.intake_from,
            "intake_until": args.intake_until,
            "location": args.location,
            "location_address": args.location_address,
            "programme_manager_id": args.programme_manager,
            "secretary_id": args.secretary,
            "signatory_id": args.signatory,
        }
        changed = {k: v for k, v in given.items() if v is not None}
        if args.status is not None:
            changed["status"] = None if args.status == "auto" else CohortStatus(args.status)
        if args.cohort_command == "add":
            data = editing.CohortInput(args.name, "", None, None, None, None)
            made = editing.create_cohort(database, dataclasses.replace(data, **changed))
            cohort_id = int(made.result)
            done = "aangemaakt"
        else:
            cohort_id = args.id
            before = editing.cohort_input(database, cohort_id)
            editing.update_cohort(database, cohort_id, dataclasses.replace(before, **changed))
            if args.archive or args.unarchive:
                editing.set_archived(database, cohort_id, bool(args.archive))
            done = "gewijzigd"
        if args.json:
            _print_json(_cohort_json(database, cohort_id))
        else:
            shown = _cohort_json(database, cohort_id)
            print(f"{done}: {shown['id']}  {shown['code']}  {shown['name']}")
    return EXIT_OK


# --- staff, staff add / edit / delete ----------------------------------------------------------


def _add_staff_commands(commands: Any) -> None:
    staff = commands.add_parser(
        "staff", help="de medewerkers en hun rollen; met add, edit of delete: wijzig ze"
    )
    staff.add_argument("--json", action="store_true", help="uitvoer als JSON")
    actions = staff.add_subparsers(
        dest="staff_command", metavar="ACTIE", parser_class=DutchArgumentParser
    )
    roles = "programme_manager, secretary, signatory, teacher, coach of assessor"
    add = actions.add_parser("add", help="voeg een medewerker toe")
    add.add_argument(
        "--name", required=True, metavar="NAAM", help="de volledige naam, zoals 'J.H. van der Berg'"
    )
    add.add_argument(
        "--role", action="append", required=True, metavar="ROL", help=f"{roles}; vaker mag"
    )
    edit = actions.add_parser("edit", help="wijzig een medewerker; wat u niet opgeeft, blijft")
    edit.add_argument("id", type=record_id, metavar="ID")
    edit.add_argument("--name", metavar="NAAM", help="de volledige naam")
    edit.add_argument(
        "--role", action="append", metavar="ROL", help=f"{roles}; vervangt alle rollen"
    )
    for parser in (add, edit):
        parser.add_argument("--title", metavar="TITEL", help="zoals 'drs.' of 'prof. dr.'")
        parser.add_argument(
            "--function", metavar="FUNCTIE", help="zoals gedrukt onder de handtekening"
        )
        parser.add_argument("--email", metavar="ADRES")
        parser.add_argument("--phone", metavar="NUMMER")
        parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    archive = edit.add_mutually_exclusive_group()
    archive.add_argument("--archive", action="store_true", help="archiveer de medewerker")
    archive.add_argument("--unarchive", action="store_true", help="haal uit het archief")
    delete = actions.add_parser(
        "delete", help="verwijder een medewerker die nergens genoemd is (anders: archiveer)"
    )
    delete.add_argument("id", type=record_id, metavar="ID")
    delete.add_argument("--json", action="store_true", help="uitvoer als JSON")


def _staff_json(member: Any) -> dict[str, Any]:
    return {
        "id": member.id,
        "name": member.name.display_name,
        "title": member.title,
        "roles": [role.value for role in member.roles],
        "initials": member.name.initials,
        "first_name": member.name.first_name,
        "tussenvoegsel": member.name.tussenvoegsel,
        "surname": member.name.surname,
        "function": member.function,
        "email": member.email,
        "phone": member.phone,
        "archived": member.archived,
    }


def _staff(args: argparse.Namespace) -> int:
    import dataclasses

    from sioo_desk.domain.names import parse_full_name, split_title
    from sioo_desk.services import staff

    command = args.staff_command
    with _open(args) as database:
        if command is None:
            members = staff.list_staff(database)
            if args.json:
                _print_json([_staff_json(m) for m in members])
                return EXIT_OK
            for m in members:
                roles = ", ".join(staff.ROLE_NAMES[r] for r in m.roles)
                archived = "  (gearchiveerd)" if m.archived else ""
                print(f"{m.id:>4}  {m.label:<36} {roles}{archived}")
            return EXIT_OK
        if command == "delete":
            name = staff.staff_member(database, args.id).name.display_name
            staff.delete_staff(database, args.id)
            if args.json:
                _print_json({"id": args.id, "name": name, "deleted": True})
            else:
                print(f"verwijderd: {name}")
            return EXIT_OK
        changes: dict[str, Any] = {
            key: getattr(args, key).strip()
            for key in ("title", "function", "email", "phone")
            if getattr(args, key) is not None
        }
        if args.role is not None:
            changes["roles"] = tuple(staff.parse_role(r) for r in args.role)
        if args.name is not None:
            if not args.name.strip():
                raise SiooDeskError("Naam: is verplicht, zoals --name 'Jan van der Berg'.")
            title, written = split_title(args.name)
            if title and args.title is None:  # 'prof. dr. J.J. Boonstra'
                changes["title"] = title
            name = parse_full_name(written)
            changes.update(
                surname=name.surname,
                first_name=name.first_name,
                initials=name.initials,
                tussenvoegsel=name.tussenvoegsel,
            )
        if command == "add":
            person_id = staff.save_staff(database, staff.StaffInput(**changes)).result
            done = "toegevoegd"
        else:
            person_id = args.id
            current = staff.staff_member(database, person_id).as_input()
            data = dataclasses.replace(current, **changes)
            edits = [staff.save_staff(database, data, person_id)] if data != current else []
            if args.archive or args.unarchive:
                edits.append(staff.set_archived(database, person_id, archived=args.archive))
            done = "gewijzigd" if any(not e.changes.empty for e in edits) else "ongewijzigd"
        member = staff.staff_member(database, person_id)
    if args.json:
        _print_json(_staff_json(member))
    else:
        roles = ", ".join(staff.ROLE_NAMES[r] for r in member.roles)
        archived = ", gearchiveerd" if member.archived else ""
        print(f"{done}: {member.id}  {member.label} ({roles}{archived})")
    return EXIT_OK


def _participants(args: argparse.Namespace) -> int:
    from sioo_desk.services.participants import list_participants

    with _open(args) as database:
        rows = list_participants(database, args.cohort)
    if args.json:
        _print_json(
            [
                {
                    "id": p.id,
                    "initials": p.initials,
                    "first_name": p.first_name,
                    "tussenvoegsel": p.tussenvoegsel,
                    "surname": p.surname,
                    "sort_name": p.name.sort_name,
                    "display_name": p.name.display_name,
                    "municipality": p.municipality,
                    "email": p.email,
                    "phone": p.phone,
                    "job_title": p.job_title,
                    "status": p.status.value,
                    "learning_team_partner_id": p.learning_team_partner_id,
                }
                for p in rows
            ]
        )
        return EXIT_OK
    for p in rows:
        print(f"{p.id:>5}  {p.name.sort_name:<32} {p.municipality:<18} {STATUS_LABELS[p.status]}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sioo_desk.services.participant_io import commit_import, preview_import

    with _open(args) as database:
        preview = preview_import(database, args.cohort, Path(args.file))
        if preview.missing and not args.json:
            raise SiooDeskError(preview.missing)
        created: list[int] = []
        if preview.ok and not args.dry_run:
            created = commit_import(database, preview).result
    errors = [
        {"row": row.number, "field": error.field, "label": error.label, "message": error.message}
        for row in preview.rows
        for error in row.errors
    ]
    if args.json:
        _print_json(
            {
                "file": args.file,
                "cohort": args.cohort,
                "rows": len(preview.rows),
                "ok": preview.ok,
                "dry_run": args.dry_run,
                "written": bool(created),
                "created": created,
                "errors": errors,
                "missing_columns": preview.missing or None,
                "mapping": {preview.headers[i]: name for i, name in preview.mapping.items()},
            }
        )
    else:
        for message in preview.messages():
            print(message, file=sys.stderr)
        if not preview.ok:
            print(
                f"Niets geïmporteerd: {len(preview.error_rows)} van {len(preview.rows)} rijen "
                "hebben fouten.",
                file=sys.stderr,
            )
        elif args.dry_run:
            print(
                f"In orde: {len(preview.rows)} deelnemers zouden worden geïmporteerd "
                "(proefdraai, niets geschreven)."
            )
        else:
            print(
                f"{_count(len(created), 'deelnemer', 'deelnemers')} geïmporteerd in cohort "
                f"{args.cohort}."
            )
    return EXIT_OK if preview.ok else EXIT_REFUSED


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sioo_desk.store.output import write_file  # an OutputError is said like any refusal

    target = Path(args.out)
    if args.what == "portfolio":
        if not args.participant:
            raise SiooDeskError("Geef met --participant ID aan wiens portfolio het wordt.")
    elif not args.cohort:
        raise SiooDeskError(f"Geef met --cohort ID aan van welk cohort ({args.what}).")
    if args.what in ("schedule", "portfolio", "dayplan") and not args.out.lower().endswith(".pdf"):
        what = {
            "schedule": "Het programma",
            "portfolio": "Het portfolio",
            "dayplan": "De dagplanning",
        }
        raise SiooDeskError(
            f"{what[args.what]} wordt een pdf; "
            f"geef een bestandsnaam die op .pdf eindigt, niet '{args.out}'."
        )
    with _open(args) as database:
        if args.what == "portfolio":
            from sioo_desk.services.portfolio_pdf import portfolio_pdf

            write_file(target, portfolio_pdf(database, args.participant))
            print(f"Geschreven: {target}")
            return EXIT_OK
        if args.what == "participants":
            from sioo_desk.services.participant_io import export_participants

            count = export_participants(database, args.cohort, target)
            print(f"{_count(count, 'deelnemer', 'deelnemers')} geëxporteerd naar {target}.")
            return EXIT_OK
        if args.what == "dayplan":
            from sioo_desk.services.accountability import day_plan_pdf

            content = day_plan_pdf(database, args.cohort)
        elif args.what == "ics":
            content = _ics(database, args)
        else:
            content = _schedule_pdf(database, args)
    write_file(target, content)
    print(f"Geschreven: {target}")
    return EXIT_OK


def _ics(database: Any, args: argparse.Namespace) -> bytes:
    from sioo_desk.services import calendar_files as calendars

    now = dt.datetime.now(dt.UTC)
    if args.participant and args.teacher:
        raise SiooDeskError("Kies --participant of --teacher, niet allebei.")
    if args.participant:
        rows = database.read(
            "SELECT cohort_id FROM participants WHERE id = :p", {"p": args.participant}
        )
        if rows and rows[0][0] != args.cohort:
            raise SiooDeskError(f"Deelnemer {args.participant} zit niet in cohort {args.cohort}.")
        return calendars.participant_calendar(database, args.participant, now)
    if args.teacher:
        from sioo_desk.services.cohorts import get_cohort

        get_cohort(database, args.cohort)  # an unknown cohort is an error here too
        return calendars.person_calendar(database, args.teacher, now)
    return calendars.cohort_calendar(database, args.cohort, now)


def _schedule_pdf(database: Any, args: argparse.Namespace) -> bytes:
    from sioo_desk.services.schedule_pdf import schedule_pdf

    return schedule_pdf(database, args.cohort)


def _schedule(args: argparse.Namespace) -> int:
    from sioo_desk.services.schedule import cohort_schedule, schedule_json

    with _open(args) as database:
        schedule = cohort_schedule(database, args.cohort)
    if args.json:
        _print_json(schedule_json(schedule))
        return EXIT_OK
    from sioo_desk.services.schedule_pdf import programme_rows

    for what, when, theme, _teachers in programme_rows(schedule.sessions):
        print(f"{what:<20} {when:<36} {theme}")
    contact = schedule.contact
    print(
        f"\n{contact.half_days} dagdelen contacttijd, {contact.outside_working_hours} buiten "
        f"werktijd, {contact.study_hours} uur studiebelasting."
    )
    for problem in schedule.problems:
        print(f"Let op: {problem.message}")
    return EXIT_OK


def _groups(args: argparse.Namespace) -> int:
    from sioo_desk.domain.grouping import NoGrouping, group_name
    from sioo_desk.services import grouping

    with _open(args) as database:
        people = {c.id: c for c in grouping.candidates(database, args.cohort)}
        if args.propose:
            try:
                proposal = grouping.propose_groups(database, args.cohort)
            except NoGrouping as error:
                if args.json:
                    _print_json(
                        {"groups": [], "unplaced": sorted(people), "problems": [str(error)]}
                    )
                    return EXIT_REFUSED
                raise
            shown = [
                {
                    "name": f"Consultatiegroep {group_name(i)}",
                    "coach": None,
                    "members": members,
                    "reasons": {str(m): proposal.reasons[m] for m in members},
                }
                for i, members in enumerate(proposal.groups)
            ]
            problems: list[str] = []
        else:
            current = grouping.current_groups(database, args.cohort)
            shown = [
                {
                    "name": g.name,
                    "coach": g.coach or None,
                    "members": [m.id for m in g.members if m.id in people],
                }
                for g in current
            ]
            problems = grouping.problems(database, args.cohort)
    placed = {m for g in shown for m in g["members"]}  # type: ignore[attr-defined]
    unplaced = sorted(set(people) - placed)
    if args.json:
        _print_json({"groups": shown, "unplaced": unplaced, "problems": problems})
        return EXIT_OK
    for group in shown:
        names = ", ".join(people[m].name for m in group["members"])  # type: ignore[attr-defined]
        coach = f" (coach {group['coach']})" if group["coach"] else ""
        print(f"{group['name']}{coach}: {names}")
    for problem in problems:
        print(f"Let op: {problem}")
    return EXIT_OK


def _progress(args: argparse.Namespace) -> int:
    from sioo_desk.services.cohorts import get_cohort
    from sioo_desk.services.progress import cohort_progress

    today = args.today or dt.date.today()
    with _open(args) as database:
        get_cohort(database, args.cohort)  # an unknown cohort is an error, not an empty list
        found = cohort_progress(database, args.cohort, today)
    if args.json:
        _print_json(
            {
                "date": today.isoformat(),
                "participants": [
                    {
                        "id": p.participant_id,
                        "name": p.name,
                        "in_order": p.in_order,
                        "problems": p.problems,
                    }
                    for p in found
                ],
            }
        )
        return EXIT_OK
    for p in found:
        print(f"{'in orde' if p.in_order else 'let op ':8} {p.name}")
        for reason in p.problems.values():
            print(f"         - {reason}")
    ok = sum(p.in_order for p in found)
    print(f"{ok} van {len(found)} in orde op {today:%d-%m-%Y}.")
    return EXIT_OK


def _accountability(args: argparse.Namespace) -> int:
    from sioo_desk.services import accountability
    from sioo_desk.services.cohorts import get_cohort

    if (args.save or args.minutes is not None) and not args.propose:
        raise SiooDeskError(
            "--save en --minutes horen bij --propose: zonder voorstel verandert er niets."
        )
    with _open(args) as database:
        get_cohort(database, args.cohort)
        current = accountability.settings(database, args.cohort)
        minutes = args.minutes if args.minutes is not None else current.minutes
        if args.propose:
            groups = accountability.propose(
                database, args.cohort, minutes=minutes, half_day_ids=current.half_day_ids
            )
            if args.save:
                accountability.save(
                    database,
                    args.cohort,
                    groups,
                    accountability.Settings(minutes, current.half_day_ids),
                )
            problems = (
                accountability.plan_of(database, args.cohort).problems
                if args.save
                else accountability.problems_of(
                    database, args.cohort, groups, accountability.Settings(minutes)
                )
            )
        else:
            plan = accountability.plan_of(database, args.cohort)
            groups, problems = plan.groups, plan.problems
    if args.json:
        _print_json(
            {
                "groups": [
                    {
                        "number": g.number,
                        "assessor": {"id": g.assessor_id, "name": g.assessor},
                        "turns": [
                            {
                                "participant": t.participant_id,
                                "name": t.name,
                                "starts": t.starts_at.isoformat() if t.starts_at else None,
                                "ends": t.ends_at.isoformat() if t.ends_at else None,
                            }
                            for t in g.turns
                        ],
                    }
                    for g in groups
                ],
                "problems": problems,
                "saved": bool(args.save) or not args.propose,
            }
        )
        return EXIT_OK
    if not groups:
        print("Nog geen groepen voor het verantwoordingsgesprek.")
    for g in groups:
        print(f"Groep {g.number} — {g.assessor or 'assessor nog open'}")
        for t in g.turns:
            when = (
                f"{t.starts_at:%d-%m-%Y %H:%M}–{t.ends_at:%H:%M}"
                if t.starts_at and t.ends_at
                else "—"
            )
            print(f"  {when}  {t.name}")
    for problem in problems:
        print(f"let op: {problem}")
    if args.propose and not args.save:
        print("Voorstel; niet opgeslagen (gebruik --save).")
    return EXIT_OK


def _verdict(args: argparse.Namespace) -> int:
    from sioo_desk.domain.enums import Verdict
    from sioo_desk.services.verdicts import VerdictInput, record

    today = dt.date.today()
    data = VerdictInput(
        Verdict(args.result),
        args.motivation,
        args.date or today,
        args.assessor,
        args.effort,
    )
    with _open(args) as database:
        record(database, args.participant, data, today=today)
        kept_here = args.effort is not None and bool(
            database.read(
                "SELECT 1 FROM attendance WHERE participant_id = :p LIMIT 1",
                {"p": args.participant},
            )
        )
    print(f"Eindoordeel vastgelegd: {args.result}.")
    if kept_here:
        print(
            "Let op: de aanwezigheid van deze deelnemer is bijgehouden; die telt voor de "
            "inzet, niet het opgegeven cijfer."
        )
    return EXIT_OK


def _certificates(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sioo_desk.services.certificates import BatchResult, issue_batch

    issued_on = args.date or dt.date.today()
    with _open(args) as database:
        result: BatchResult = issue_batch(
            database,
            args.cohort,
            Path(args.out),
            issued_on,
            today=dt.date.today(),
            archive=args.zip,
        ).result
    if args.json:
        _print_json(
            {
                "issued": [
                    {
                        "participant": who.participant_id,
                        "name": item.printed_name,
                        "number": item.number,
                        "code": item.code,
                        "file": str(path),
                    }
                    for who, item, path in result.issued
                ],
                "not_eligible": [
                    {
                        "participant": who.participant_id,
                        "name": who.name.display_name,
                        "reasons": list(who.eligibility.reasons),
                    }
                    for who in result.not_eligible
                ],
                "already_issued": [
                    {
                        "participant": who.participant_id,
                        "name": who.name.display_name,
                        "number": who.certificate.number if who.certificate else None,
                    }
                    for who in result.already_issued
                ],
                "combined": str(result.combined) if result.combined else None,
                "zip": str(result.archive) if result.archive else None,
            }
        )
        return EXIT_OK
    for _who, item, path in result.issued:
        print(f"uitgereikt  {item.number}  {item.code}  {path.name}")
    for who in result.not_eligible:
        print(f"niet        {who.name.display_name}: {'; '.join(who.eligibility.reasons)}")
    for who in result.already_issued:
        number = who.certificate.number if who.certificate else ""
        print(f"had al      {who.name.display_name} ({number})")
    if result.combined:
        print(f"Voor de printer: {result.combined}")
    if result.archive:
        print(f"Zip: {result.archive}")
    print(f"{_count(len(result.issued), 'certificaat', 'certificaten')} uitgereikt.")
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from sioo_desk.services.certificates import verify

    with _open(args) as database:
        found = verify(database, args.code)
    if args.json:
        item = found.certificate
        _print_json(
            {
                "valid": found.valid,
                "message": found.message,
                "certificate": None
                if item is None
                else {
                    "number": item.number,
                    "version": item.version,
                    "name": item.printed_name,
                    "issued_on": item.issued_on.isoformat(),
                    "revoked_on": item.revoked_on.isoformat() if item.revoked_on else None,
                    "revoke_reason": item.revoke_reason,
                    "superseded": item.superseded,
                    "programme": found.programme,
                    "cohort": found.cohort,
                },
            }
        )
    else:
        print(found.message)
    return EXIT_OK if found.valid else EXIT_REFUSED


def _attendance(args: argparse.Namespace) -> int:
    from sioo_desk.services.attendance import effort_figures, effort_settings

    today = args.today or dt.date.today()
    with _open(args) as database:
        settings = effort_settings(database, args.cohort)
        figures = effort_figures(database, args.cohort, today)
    if args.json:
        _print_json(
            {
                "threshold": settings.threshold_percent,
                "participants": [
                    {
                        "id": f.participant_id,
                        "name": f.name.display_name,
                        "planned": f.effort.planned,
                        "attended": f.effort.attended,
                        "excused": f.effort.excused,
                        "late": f.effort.late,
                        "absent": f.effort.absent,
                        "remaining": f.effort.remaining,
                        "effort_percentage": None
                        if f.effort.percentage is None
                        else round(f.effort.percentage, 1),
                        "below_threshold": f.effort.below_threshold,
                        "cannot_reach": f.effort.cannot_reach,
                    }
                    for f in figures
                ],
            }
        )
        return EXIT_OK
    for f in figures:
        mark = "  ⚠" if f.effort.below_threshold else ""
        print(f"{f.name.sort_name:<32} {f.effort.explanation()}{mark}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from sioo_desk.store.integrity import check

    report = check(_location(args))
    if args.json:
        _print_json(
            {
                "database": report.location,
                "sound": report.sound,
                "revision": report.revision,
                "up_to_date": report.up_to_date,
                "tables": report.tables,
                "problems": report.problems,
            }
        )
    elif report.sound:
        note = "" if report.up_to_date else " (wordt bij het openen bijgewerkt)"
        print(
            f"In orde: {report.location}, schemaversie {report.revision}{note}, "
            f"{report.tables} tabellen."
        )
    else:
        for problem in report.problems:
            print(f"sioo-desk: {problem}", file=sys.stderr)
    return EXIT_OK if report.sound else EXIT_REFUSED


# --- settings ---------------------------------------------------------------------------------


def _add_settings_commands(commands: Any) -> None:
    settings = commands.add_parser(
        "settings", help="de instellingen met hun waarde en standaardwaarde; wijzig met 'set'"
    )
    settings.add_argument("--json", action="store_true", help="uitvoer als JSON")
    actions = settings.add_subparsers(
        dest="settings_command", metavar="ACTIE", parser_class=DutchArgumentParser
    )
    change = actions.add_parser("set", help="geef een instelling een nieuwe waarde")
    change.add_argument("key", metavar="SLEUTEL", help="bijvoorbeeld groups.max_per_coach")
    change.add_argument(
        "value",
        metavar="WAARDE",
        help="getal, ja/nee of tekst; '-' leest de tekst van standaardinvoer (voor brieven)",
    )
    change.add_argument("--json", action="store_true", help="uitvoer als JSON")
    reset = actions.add_parser("reset", help="zet een instelling terug op haar standaardwaarde")
    reset.add_argument("key", metavar="SLEUTEL")
    reset.add_argument("--json", action="store_true", help="uitvoer als JSON")


def _settings(args: argparse.Namespace) -> int:
    from sioo_desk.services import settings_schema as schema

    command = getattr(args, "settings_command", None)
    with _open(args) as database:
        if command == "set":
            value = sys.stdin.read() if args.value == "-" else args.value
            schema.set_setting(database, args.key, value)
        elif command == "reset":
            schema.reset_setting(database, args.key)
        found = schema.settings(database)
    if command is not None:
        (shown,) = [v for v in found if v.key == args.key]
        if args.json:
            _print_json(schema.as_json(shown))
        else:
            print(f"{shown.key} = {_setting_text(shown.value)}")
        return EXIT_OK
    if args.json:
        _print_json([schema.as_json(v) for v in found])
        return EXIT_OK
    for group in schema.GROUPS:
        print(group)
        for v in (v for v in found if v.spec.group == group):
            default = _setting_text(v.default) or "leeg"
            note = "" if not v.changed else f"  (standaard: {default})"
            print(f"  {v.key} = {_setting_text(v.value)}{note}")
            print(f"      {v.spec.label}: {v.spec.description}")
    print("Wijzigen: sioo-desk settings set SLEUTEL WAARDE ('-' leest een brieftekst van stdin).")
    return EXIT_OK


def _setting_text(value: Any) -> str:
    """A value on one line: a letter's text by its first line and its length."""
    from sioo_desk.services.settings_schema import describe

    text = describe(value)
    lines = text.splitlines()
    if len(lines) <= 1:
        return text
    return f"{lines[0]} … ({len(lines)} regels)"


if __name__ == "__main__":
    raise SystemExit(main())
