"""`coopdesk time add …` and `coopdesk export time`: time spent, from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
from collections.abc import Sequence
from typing import Any, Final

from coopdesk.cli.common import (
    EXIT_OK,
    Parser,
    UserError,
    number_sign,
    open_registry,
    output_path,
    plural,
    write_file,
)
from coopdesk.cli.numbers import whole_number
from coopdesk.domain.dates import format_date, parse_date
from coopdesk.domain.durations import MAX_MINUTES, format_duration, parse_duration
from coopdesk.domain.enums import TimeActivity
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode
from coopdesk.domain.rows import VolunteerRow
from coopdesk.domain.text_search import fold
from coopdesk.domain.time_entries import DayOverfull, TimeEntryInput
from coopdesk.paths import Locations
from coopdesk.services.time_service import ACTIVITY_LABELS

_C = InvalidValueCode
_DURATION_PROBLEMS: Final = {
    _C.REQUIRED: "durée manquante",
    _C.NEGATIVE: "une durée ne peut pas être négative",
    _C.BAD_FORMAT: "durée illisible (exemples : 1h30, 90, 1,5 h, 1:30, 45 min)",
    _C.OUT_OF_RANGE: "une durée doit dépasser zéro minute",
    _C.TOO_LARGE: f"une saisie ne peut pas dépasser {MAX_MINUTES // 60} heures",
}
_FIELD_PROBLEMS: Final = {
    ("volunteer_id", _C.REQUIRED): "bénévole manquant",
    ("target", _C.REQUIRED): "indiquez --application, --funder ou --call",
    ("spent_on", _C.REQUIRED): "date manquante",
    ("spent_on", _C.OUT_OF_RANGE): (
        "date trop loin dans le futur : le temps se saisit une fois passé (demain au plus tard)"
    ),
    ("note", _C.TOO_LONG): "note trop longue (2 000 caractères au plus)",
}


def describe_duration_problem(error: InvalidValue) -> str:
    """ "durée illisible (…) : « 1h75 »"."""
    return f"{_DURATION_PROBLEMS.get(error.code, 'durée invalide')} : « {error.value.strip()} »"


def _field_problem(field: str, error: InvalidValue) -> str:
    if field == "minutes":
        return _DURATION_PROBLEMS.get(error.code, "durée invalide")
    return _FIELD_PROBLEMS.get((field, error.code), f"{field} invalide")


def parse_activity(text: str) -> TimeActivity:
    """An activity by its code ("writing") or its French label ("rédaction", accents optional)."""
    wanted = fold(text.strip())
    for activity in TimeActivity:
        if wanted in (activity.value, fold(ACTIVITY_LABELS[activity.value])):
            return activity
    choices = ", ".join(f"« {label} »" for label in ACTIVITY_LABELS.values())
    raise UserError(f"Activité inconnue « {text} » : choisissez parmi {choices}.")


_ALL_NAMES_UP_TO: Final = 8  # an unknown name lists every active volunteer when there are this few


def close_volunteer_names(name: str, volunteers: Sequence[VolunteerRow]) -> list[str]:
    """The names that look like `name`, accents and case ignored, closest first, active volunteers before
    those who left: a word typed is the start of a word of the name ("soph" for Sophie Marchetti) or is
    spelled closely ("Camile" for Camille Roussel), or the whole name is spelled closely. Failing that,
    every active name if there are few."""
    wanted = fold(name)
    wanted_words = [word for word in wanted.split() if len(word) >= 3]
    folded = {volunteer.id: fold(volunteer.name) for volunteer in volunteers}
    spelled = set(difflib.get_close_matches(wanted, list(folded.values()), n=5, cutoff=0.75))

    def likeness(volunteer: VolunteerRow) -> int:
        words = folded[volunteer.id].split()
        matching = sum(
            any(
                theirs.startswith(mine) or difflib.SequenceMatcher(None, mine, theirs).ratio() >= 0.8
                for theirs in words
            )
            for mine in wanted_words
        )
        return matching + (folded[volunteer.id] in spelled)

    scored = [(likeness(volunteer), volunteer) for volunteer in volunteers]
    scored = sorted((pair for pair in scored if pair[0]), key=lambda pair: (-pair[0], not pair[1].active))
    if scored:
        return [volunteer.name for _, volunteer in scored[:_ALL_NAMES_UP_TO]]
    active = [volunteer.name for volunteer in volunteers if volunteer.active]
    return active if len(active) <= _ALL_NAMES_UP_TO else []


def unknown_volunteer_message(name: str, volunteers: Sequence[VolunteerRow]) -> str:
    """ "Aucun bénévole nommé « Sophie Martin ». Bénévoles : Sophie Marchetti, … (…)."""
    start = f"Aucun bénévole nommé « {' '.join(name.split())} »"
    if not volunteers:
        return (
            f"{start} : aucun bénévole n'est encore enregistré ; "
            "ajoutez-le dans Paramètres, onglet Bénévoles."
        )
    close = close_volunteer_names(name, volunteers)
    listed = f". Bénévoles : {', '.join(close)}" if close else ""
    return (
        f"{start}{listed} (tous les noms : coopdesk list volunteers ; "
        "pour en ajouter : Paramètres, onglet Bénévoles)."
    )


def _cmd_time_add(args: argparse.Namespace, locations: Locations) -> int:
    try:
        minutes = parse_duration(args.duration)
    except InvalidValue as error:
        raise UserError(describe_duration_problem(error).capitalize() + ".") from error
    today = dt.date.today()
    try:
        spent_on = parse_date(args.date) if args.date else today
    except InvalidValue as error:
        raise UserError(f"Date illisible « {args.date} » (attendu : 31/12/2026).") from error
    activity = parse_activity(args.activity)
    application_id, funder_id, call_id = (
        None if text is None else whole_number(text, what)
        for text, what in (
            (args.application, "numéro de dossier"),
            (args.funder, "numéro de financeur"),
            (args.call, "numéro d'appel à projets"),
        )
    )
    registry = open_registry(locations, must_exist=True)
    try:
        service = registry.time
        volunteer_id = service.volunteer_named(args.volunteer)
        if volunteer_id is None:
            raise UserError(unknown_volunteer_message(args.volunteer, registry.volunteers.list()))
        data = TimeEntryInput(
            volunteer_id=volunteer_id,
            spent_on=spent_on,
            minutes=minutes,
            activity=activity,
            application_id=application_id,
            funder_id=funder_id,
            call_id=call_id,
            note=args.note or "",
        )
        try:
            row = service.create(data, today, allow_overfull_day=args.force)
        except FieldErrors as error:
            problems = " ; ".join(_field_problem(field, problem) for field, problem in error.errors.items())
            raise UserError(problems[:1].upper() + problems[1:] + ".") from error
        except DayOverfull as error:
            raise UserError(
                f"{args.volunteer} aurait {format_duration(error.total_minutes)} le {format_date(error.day)} "
                f"(déjà {format_duration(error.already_minutes)}) : plus de 24 heures dans une journée. "
                "Vérifiez la durée, ou ajoutez --force pour l'enregistrer quand même."
            ) from error
    finally:
        registry.close()
    target = row.application_title or row.call_title or row.funder_name
    print(
        f"Temps enregistré ({number_sign(row.id)}) : {format_duration(row.minutes)} "
        f"le {format_date(row.spent_on)}, {ACTIVITY_LABELS[row.activity.value]}, "
        f"{row.volunteer_name}, {target}."
    )
    return EXIT_OK


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    """`coopdesk time add`."""
    time = commands.add_parser("time", help="temps passé par les bénévoles sur les dossiers")
    actions = time.add_subparsers(dest="time_action", metavar="ACTION", parser_class=Parser, required=True)
    add = actions.add_parser(
        "add",
        help="enregistre du temps passé",
        description="Enregistre du temps passé par un bénévole sur un dossier, ou sur un financeur ou un "
        "appel à projets quand aucun dossier n'existe encore (veille, recherche de financements).",
    )
    add.add_argument("--volunteer", required=True, metavar="NOM", help="nom du ou de la bénévole")
    target = add.add_mutually_exclusive_group(required=True)
    target.add_argument("--application", metavar="NUMÉRO", help="numéro du dossier")
    target.add_argument("--funder", metavar="NUMÉRO", help="numéro du financeur")
    target.add_argument("--call", metavar="NUMÉRO", help="numéro de l'appel à projets")
    add.add_argument("--date", metavar="JJ/MM/AAAA", help="jour du travail (aujourd'hui par défaut)")
    add.add_argument(
        "--duration", required=True, metavar="DURÉE", help="durée : 1h30, 90 (minutes), 1,5 h, 1:30, 45 min"
    )
    add.add_argument(
        "--activity",
        required=True,
        metavar="ACTIVITÉ",
        help="« rédaction », « veille et recherche », « collecte des pièces », « saisie sur la plateforme », "
        "« réunions et échanges », « suivi et relances », « compte rendu » ou « autre »",
    )
    add.add_argument("--note", metavar="TEXTE", help="note libre")
    add.add_argument(
        "--force", action="store_true", help="enregistre même si la journée du bénévole dépasse 24 heures"
    )
    add.set_defaults(handler=_cmd_time_add)


def _cmd_export_time(args: argparse.Namespace, locations: Locations) -> int:
    path = output_path(args.output, locations)
    chosen: str | None = args.format
    if chosen is None:
        suffix = args.output.rsplit(".", 1)[-1].lower() if "." in args.output else ""
        if suffix not in ("csv", "xlsx"):
            raise UserError("Précisez le format avec --format (csv ou xlsx).")
        chosen = suffix
    registry = open_registry(locations, must_exist=True)
    try:
        service = registry.time
        data = service.export_xlsx() if chosen == "xlsx" else service.export_csv()
        count = service.totals().count
    finally:
        registry.close()
    write_file(path, data)
    print(
        f"Temps passé exporté au format {chosen.upper()} dans {path} ({plural(count, 'saisie', 'saisies')})."
    )
    return EXIT_OK


def add_export_kind(export_kinds: argparse._SubParsersAction[Any]) -> None:
    """`coopdesk export time`, in the existing export group."""
    time_out = export_kinds.add_parser(
        "time",
        help="tout le temps passé (CSV ou XLSX, totaux en XLSX)",
        description="Exporte chaque saisie de temps : date, bénévole, dossier, financeur, appel, activité, "
        "durée en heures décimales (1,50) et en minutes, note ; en XLSX, une ligne de totaux "
        "(formules SOMME).",
    )
    time_out.add_argument("--format", choices=("csv", "xlsx"), help="format (d'après l'extension sinon)")
    time_out.add_argument("-o", "--output", required=True, metavar="FICHIER", help="fichier à écrire")
    time_out.set_defaults(handler=_cmd_export_time)
