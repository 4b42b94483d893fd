"""Command line of CoopDesk. Without a sub-command it opens the window; sub-commands work headless.

Every message for the user is in French. A user error exits with code 1 and one line, never a
traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from coopdesk import __version__
from coopdesk.cli import budget as budget_cli
from coopdesk.cli import documents as documents_cli
from coopdesk.cli import history as history_cli
from coopdesk.cli import pack as pack_cli
from coopdesk.cli import report as report_cli
from coopdesk.cli import texts as texts_cli
from coopdesk.cli import time as time_cli
from coopdesk.cli.backup import add_commands as add_backup_commands
from coopdesk.cli.backup import network_share_line, with_chosen_server
from coopdesk.cli.common import EXIT_ERROR, EXIT_OK, UserError
from coopdesk.cli.common import Parser as _Parser
from coopdesk.cli.common import open_registry as _open
from coopdesk.cli.common import output_path as _output_path
from coopdesk.cli.common import plural as _plural
from coopdesk.cli.common import read_input as _read_input
from coopdesk.cli.common import write_file as _write_atomically
from coopdesk.domain.applications import ApplicationFilter
from coopdesk.domain.dates import format_date
from coopdesk.domain.enums import ApplicationStatus, FunderKind
from coopdesk.domain.errors import (
    UNSUPPORTED_URL,
    CoopDeskError,
    DatabaseMissing,
    DatabaseNotEmpty,
    DatabaseTooNew,
    DatabaseUnreachable,
    DataDirUnusable,
    FieldErrors,
    InvalidValue,
    InvalidValueCode,
    NotADatabase,
    NotFound,
)
from coopdesk.domain.imports import AidesImportReport, AidesPreview
from coopdesk.domain.text_search import fold
from coopdesk.formats.aides_territoires import AidFilter
from coopdesk.formats.contacts_csv import ContactField, RowProblem, RowProblemCode, missing_required
from coopdesk.formats.errors import FormatError, FormatErrorCode
from coopdesk.formats.table_export import APPLICATION_STATUS_LABELS, format_cents_plain
from coopdesk.paths import Locations, resolve
from coopdesk.reports.person_report import FUNDER_KIND_LABELS
from coopdesk.services.contacts_import_service import (
    ContactPreviewRow,
    ContactRowStatus,
    ContactsImportReport,
    ContactsPreview,
)
from coopdesk.settings import LANGUAGES


def describe_error(error: CoopDeskError) -> str:
    """One French sentence for an error the user can act on."""
    if isinstance(error, DataDirUnusable):
        reasons = {
            "missing": "n'existe pas",
            "not_a_directory": "n'est pas un dossier",
            "not_writable": "n'est pas accessible en écriture",
        }
        return f"Le dossier de données {error.path} {reasons.get(error.reason, 'est inutilisable')}."
    if isinstance(error, NotADatabase):
        return f"{error.path} n'est pas une base de données CoopDesk : rien n'a été modifié."
    if isinstance(error, DatabaseTooNew):
        return (
            f"La base {error.location} a été enregistrée par une version plus récente de CoopDesk "
            f"(schéma {error.revision}). Installez la dernière version de CoopDesk ; rien n'a été modifié."
        )
    if isinstance(error, DatabaseUnreachable):
        if error.detail == UNSUPPORTED_URL:
            return (
                f"CoopDesk ne sait pas ouvrir {error.location} : indiquez un fichier SQLite ou une adresse "
                "postgresql+psycopg://utilisateur@serveur/base."
            )
        return f"Impossible de se connecter à {error.location} : {error.detail}"
    if isinstance(error, DatabaseMissing):
        return f"Aucune base de données à {error.location}."
    if isinstance(error, DatabaseNotEmpty):
        return (
            f"La base {error.location} contient déjà des données : les données de démonstration "
            "ne vont que dans une base vide (choisissez-en une autre avec --db)."
        )
    if isinstance(error, FormatError):
        where = (
            f"fichier {error.source}" if error.line is None else f"fichier {error.source}, ligne {error.line}"
        )
        return f"{where} : {describe_format_problem(error)}."
    if isinstance(error, NotFound):
        entity = _ENTITY_NAMES.get(error.entity, error.entity)
        return f"Aucun {entity} n°{error.entity_id} dans la base."  # every name of _ENTITY_NAMES is masculine
    if isinstance(error, FieldErrors):
        return " ; ".join(_describe_invalid(problem) for problem in error.errors.values()) + "."
    if isinstance(error, InvalidValue):
        return _describe_invalid(error) + "."
    return f"Erreur : {error}"


_ENTITY_NAMES: Final = {  # masculine nouns only: "Aucun … n°"
    "contact": "interlocuteur",
    "funder": "financeur",
    "call": "appel à projets",
    "interaction": "échange",
    "application": "dossier",
}


def _quote(value: str, limit: int = 60) -> str:
    """A value typed by the user, on one line, cut if long, between French quotation marks."""
    one_line = " ".join(value.split())
    if len(one_line) > limit:
        one_line = one_line[: limit - 1] + "…"
    return f"« {one_line} »"


def describe_format_problem(error: FormatError) -> str:
    """Why a file was refused, in French (without the file and line: describe_error adds them)."""
    code, detail = error.code, error.detail
    value = f" : {_quote(error.value)}" if error.value else ""
    if code is FormatErrorCode.MALFORMED_JSON:
        return (
            "le contenu n'est pas du JSON valide (fichier tronqué ou abîmé ? "
            "enregistrez à nouveau la page d'Aides-territoires)"
        )
    if code is FormatErrorCode.NOT_AN_AIDS_LIST:
        return (
            "ce fichier n'est pas une liste d'aides d'Aides-territoires "
            "(attendu : la réponse de l'API, avec ses « results »)"
        )
    if code is FormatErrorCode.MISSING_FIELD:
        if detail == "id":
            return "une aide n'a ni identifiant (« id ») ni « slug »"
        return f"une aide n'a pas de champ « {detail} » (obligatoire)"
    if code is FormatErrorCode.BAD_DATE:
        return f"date illisible dans « {detail} »{value} (formats acceptés : 2026-12-31 ou 31/12/2026)"
    if code is FormatErrorCode.BAD_VALUE:
        return f"valeur inattendue pour « {detail} »{value}"
    if code is FormatErrorCode.UNREADABLE_ENCODING:
        if detail in ("nul", "binary"):
            return "ce n'est pas un fichier texte (contenu binaire, ou encodage non reconnu)"
        return "encodage des caractères non reconnu : enregistrez le fichier en UTF-8"
    if code is FormatErrorCode.EMPTY_FILE:
        return "le fichier est vide"
    if code is FormatErrorCode.NO_HEADER:
        return "aucune ligne de titres de colonnes"
    if code is FormatErrorCode.SHORT_ROW:
        return "ligne incomplète (moins de colonnes que la ligne de titres)"
    if code is FormatErrorCode.MIXED_SEPARATORS:
        return (
            f"séparateurs mélangés : les titres et les données ne sont pas séparés par le même caractère "
            f"(« {detail} » dans les données) ; enregistrez à nouveau le fichier depuis le tableur"
        )
    if code is FormatErrorCode.UNCLOSED_QUOTE:
        return "guillemet ouvert jamais refermé : la suite du fichier serait lue comme une seule cellule"
    if code is FormatErrorCode.UNKNOWN_COLUMN:
        return f"correspondance des colonnes invalide ({detail})"
    return f"fichier illisible ({code.value})"


_FIELD_LABELS: Final[dict[str, str]] = {
    ContactField.FUNDER.value: "financeur",
    ContactField.NAME.value: "nom",
    ContactField.FIRST_NAME.value: "prénom",
    ContactField.LAST_NAME.value: "nom de famille",
    ContactField.ROLE.value: "fonction",
    ContactField.SERVICE.value: "service",
    ContactField.PHONE.value: "téléphone",
    ContactField.EMAIL.value: "courriel",
    ContactField.TOPICS.value: "thématiques",
    ContactField.NOTES.value: "notes",
    ContactField.ACTIVE.value: "actif",
    ContactField.LEFT_ON.value: "date de départ",
}


def _describe_invalid(error: InvalidValue) -> str:
    label = _FIELD_LABELS.get(error.kind, error.kind)
    if error.code is InvalidValueCode.TOO_LONG:
        return f"{label} trop long"
    if error.code is InvalidValueCode.REQUIRED:
        return f"{label} manquant"
    return f"{label} invalide ({' '.join(error.value.split())})"


def describe_row_problem(problem: RowProblem) -> str:
    """Why one row of a contacts spreadsheet is refused: "courriel invalide (jean@)"."""
    code, value = problem.code, " ".join(problem.value.split())
    if code is RowProblemCode.SHORT_ROW:
        return "ligne incomplète (moins de colonnes que la ligne de titres)"
    if code is RowProblemCode.MISSING_NAME:
        return "nom manquant"
    if code is RowProblemCode.MISSING_FUNDER:
        return "financeur manquant (ajoutez une colonne « Organisme » ou l'option --funder)"
    if code is RowProblemCode.BAD_EMAIL:
        return f"courriel invalide ({value})"
    if code is RowProblemCode.BAD_PHONE:
        return f"téléphone invalide ({value})"
    if code is RowProblemCode.BAD_DATE:
        return f"date de départ illisible ({value})"
    if code is RowProblemCode.BAD_BOOLEAN:
        return f"« actif » doit valoir oui ou non ({value})"
    return f"ligne refusée ({code.value})"


def _cmd_demo(args: argparse.Namespace, locations: Locations) -> int:
    registry = _open(locations)
    try:
        summary = registry.demo.fill(dt.date.today())
    finally:
        registry.close()
    print(f"Données de démonstration écrites dans {registry.database_location} :")
    lines = (
        f"{summary.funders} financeurs, {summary.contacts} interlocuteurs, {summary.interactions} échanges,",
        f"{summary.calls} appels à projets, {summary.projects} projets, {summary.applications} dossiers,",
        f"{summary.text_blocks} textes, {summary.documents} pièces, {summary.time_entries} saisies de temps.",
    )
    for line in lines:
        print(f"  {line}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, locations: Locations) -> int:
    registry = _open(locations, must_exist=True, migrate=False)
    try:
        findings = registry.database.check()
        info = registry.database.info()
    finally:
        registry.close()
    share_warning = network_share_line(locations)
    if share_warning:
        print(share_warning, file=sys.stderr)
    if not findings:
        print(
            f"{info.location} : intégrité vérifiée, clés étrangères cohérentes, "
            f"schéma à jour ({info.schema_revision})."
        )
        return EXIT_OK
    labels = {
        "integrity": "Intégrité",
        "foreign_key": "Clé étrangère orpheline",
        "migration": "Schéma à mettre à jour",
        "empty": "Base vide, jamais initialisée (ouvrez-la une fois avec CoopDesk) ; schéma attendu",
    }
    print(f"{info.location} : {len(findings)} problème(s) trouvé(s).", file=sys.stderr)
    for finding in findings:
        print(f"  {labels.get(finding.kind, finding.kind)} : {finding.detail}", file=sys.stderr)
    return EXIT_ERROR


def _cmd_screenshots(args: argparse.Namespace, locations: Locations) -> int:
    from coopdesk import app

    out_dir = Path(args.out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"{out_dir} existe et n'est pas un dossier.")
    paths = app.take_screenshots(locations, out_dir, args.lang)
    for path in paths:
        print(path)
    return EXIT_OK


# -- import ---------------------------------------------------------------------------------------------

_LISTED_NEW_CALLS: Final = 30  # beyond, "… et N autres": the window lists them all


def _deadline(day: dt.date | None) -> str:
    return format_date(day) if day is not None else "sans date limite"


def _deadline_note(day: dt.date | None) -> str:
    return f"date limite : {format_date(day)}" if day is not None else "sans date limite"


def _funder_lines(names: Sequence[str], kinds: dict[str, FunderKind], *, dry_run: bool) -> list[str]:
    """The funders an import creates, each with the kind guessed from its name."""
    label = "Financeurs à créer" if dry_run else "Financeurs créés"
    lines = [
        f"{label} : {len(names)}"
        + (" (type deviné d'après le nom, à vérifier dans leur fiche)" if names else "")
    ]
    for name in names:
        kind = kinds.get(fold(name))
        lines.append(f"  - {name} : {FUNDER_KIND_LABELS[kind]}" if kind is not None else f"  - {name}")
    return lines


def _aides_lines(preview: AidesPreview, report: AidesImportReport, *, dry_run: bool) -> list[str]:
    kept = len(preview.candidates) - report.skipped
    read = f"Aides-territoires : {_plural(len(preview.files), 'fichier', 'fichiers')}, "
    read += _plural(len(preview.candidates), "aide", "aides")
    if report.skipped:
        read += f", dont {_plural(kept, 'retenue', 'retenues')} par le filtre"
    lines = [read + "."]
    for summary in preview.files:
        if summary.partial:
            total = f" sur {summary.total}" if summary.total is not None else ""
            lines.append(
                f"Attention : {summary.source} ne contient qu'une page de la recherche "
                f"({summary.aids} aides{total}) : enregistrez aussi les pages suivantes."
            )
    if preview.duplicates:
        lines.append(
            f"{_plural(preview.duplicates, 'aide figurait', 'aides figuraient')} plusieurs fois "
            "dans les fichiers : la version la plus récente a été gardée."
        )
    if report.nothing_new and report.unchanged:
        lines.append(f"Rien de nouveau : les {report.unchanged} appels sont déjà à jour.")
    elif report.nothing_new:
        lines.append("Aucune aide retenue : rien à importer.")
    else:
        deadlines = {candidate.call.title: candidate.deadline for candidate in preview.candidates}
        lines.append(f"Nouveaux appels : {report.new}")
        for title in report.new_titles[:_LISTED_NEW_CALLS]:
            lines.append(f"  - {title} ({_deadline_note(deadlines.get(title))})")
        if report.new > _LISTED_NEW_CALLS:
            lines.append(f"  … et {report.new - _LISTED_NEW_CALLS} autres")
        lines.append(f"Dates limites modifiées : {len(report.deadline_moves)}")
        for move in report.deadline_moves:
            lines.append(f"  - {move.title} : {_deadline(move.old)} → {_deadline(move.new)}")
        if report.updated_titles:
            lines.append(f"Autres mises à jour (textes, dates, taux) : {len(report.updated_titles)}")
            lines.extend(f"  - {title}" for title in report.updated_titles)
        lines.append(f"Inchangés : {report.unchanged}")
        kinds = {fold(funder.name): funder.kind for funder in preview.funders_to_create}
        lines += _funder_lines(report.funders_created, kinds, dry_run=dry_run)
    if report.disappeared:
        files = "ce fichier" if len(preview.files) == 1 else "ces fichiers"
        lines.append(
            f"Disparus : {len(report.disappeared)} (importés auparavant, absents de {files} ; "
            "ils restent dans CoopDesk : archivez ceux qui ne vous concernent plus)"
        )
        for call in report.disappeared:
            lines.append(f"  - {call.title} ({_deadline_note(call.deadline)})")
    return lines


def _cmd_import_aides(args: argparse.Namespace, locations: Locations) -> int:
    files = [(path_text, _read_input(path_text)) for path_text in args.files]
    aid_filter = AidFilter(
        audience_association_only=args.association_only,
        calls_only=args.calls_only,
        perimeter_contains=args.perimeter or "",
        categories=frozenset(args.category or ()),
    )
    today = dt.date.today()
    registry = _open(locations)
    try:
        preview = registry.aides_import.preview(files, aid_filter, today)
        if args.dry_run:
            report = preview.planned_report()
        else:
            report = registry.aides_import.apply(preview, None, today)
    finally:
        registry.close()
    for line in _aides_lines(preview, report, dry_run=args.dry_run):
        print(line)
    if args.dry_run:
        print("Aucune modification enregistrée (--dry-run).")
    return EXIT_OK


def _row_reasons(row: ContactPreviewRow) -> str:
    reasons = [describe_row_problem(problem) for problem in row.problems]
    reasons += [_describe_invalid(problem) for problem in row.invalid]
    return " ; ".join(reasons)


def _contacts_lines(preview: ContactsPreview, report: ContactsImportReport | None) -> list[str]:
    lines: list[str] = []
    for row in sorted(preview.rows, key=lambda row: row.line):
        if row.status is ContactRowStatus.REJECTED:
            lines.append(f"ligne {row.line} : {_row_reasons(row)}")
        elif row.status is ContactRowStatus.DUPLICATE:
            if row.duplicate_line is not None:
                why = f"même personne qu'à la ligne {row.duplicate_line}"
            else:
                why = "déjà enregistré(e)"
            lines.append(f"ligne {row.line} : {row.fields.name} ({row.fields.funder}) : {why}, ignoré(e)")
    new = report.created if report is not None else preview.new
    duplicates = report.duplicates if report is not None else preview.duplicates
    lines.append(f"Nouveaux interlocuteurs : {new}")
    lines.append(f"Doublons ignorés : {duplicates}")
    lines.append(f"Lignes refusées : {preview.rejected}")
    kinds = {fold(funder.name): funder.kind for funder in preview.funders_to_create}
    if report is None:
        names = tuple(funder.name for funder in preview.funders_to_create)
    else:
        names = report.funders_created
    return lines + _funder_lines(names, kinds, dry_run=report is None)


def _cmd_import_contacts(args: argparse.Namespace, locations: Locations) -> int:
    data = _read_input(args.file)
    registry = _open(locations)
    try:
        service = registry.contacts_import
        sheet = service.read(data, args.file)
        missing = missing_required(sheet.mapping, default_funder=bool(args.funder))
        if missing:
            wanted = ", ".join(_FIELD_LABELS[field] for field in missing)
            found = ", ".join(_quote(title, 40) for title in sheet.table.header)
            hint = " (ou indiquez --funder NOM)" if ContactField.FUNDER.value in missing else ""
            raise UserError(
                f"Colonne introuvable pour : {wanted}{hint}. Colonnes du fichier : {found}. "
                "Renommez la colonne dans le tableur (« Nom », « Organisme »…)."
            )
        preview = service.preview(sheet, sheet.mapping, default_funder=args.funder or "")
        report = None if args.dry_run else service.apply(preview)
    finally:
        registry.close()
    mapped = [
        f"{_quote(sheet.table.header[index], 40)} → {_FIELD_LABELS[field]}"
        for index, field in sorted(sheet.mapping.items())
        if field is not None
    ]
    print(f"Colonnes reconnues : {', '.join(mapped)}.")
    for line in _contacts_lines(preview, report):
        print(line)
    if args.dry_run:
        print("Aucune modification enregistrée (--dry-run).")
    return EXIT_OK


# -- export and list ------------------------------------------------------------------------------------


def _export_format(args: argparse.Namespace, choices: tuple[str, ...]) -> str:
    if args.format:
        chosen: str = args.format
        return chosen
    suffix = Path(args.output).suffix.lower().lstrip(".")
    if suffix in choices:
        return suffix
    raise UserError(f"Précisez le format avec --format ({' ou '.join(choices)}).")


def _cmd_export_contacts(args: argparse.Namespace, locations: Locations) -> int:
    chosen = _export_format(args, ("vcf", "csv"))
    path = _output_path(args.output, locations)
    registry = _open(locations, must_exist=True)
    try:
        exports = registry.exports
        data = exports.contacts_vcf() if chosen == "vcf" else exports.contacts_csv()
    finally:
        registry.close()
    _write_atomically(path, data)
    label = "vCard" if chosen == "vcf" else "CSV"
    print(f"Interlocuteurs exportés au format {label} dans {path}.")
    return EXIT_OK


def _cmd_export_calls(args: argparse.Namespace, locations: Locations) -> int:
    chosen = _export_format(args, ("csv", "xlsx"))
    path = _output_path(args.output, locations)
    registry = _open(locations, must_exist=True)
    try:
        exports = registry.exports
        if chosen == "xlsx":
            data = exports.calls_xlsx(include_archived=args.include_archived)
        else:
            data = exports.calls_csv(include_archived=args.include_archived)
    finally:
        registry.close()
    _write_atomically(path, data)
    print(f"Appels à projets exportés au format {chosen.upper()} dans {path}.")
    return EXIT_OK


def _cmd_export_applications(args: argparse.Namespace, locations: Locations) -> int:
    chosen = _export_format(args, ("csv", "xlsx"))
    path = _output_path(args.output, locations)
    application_filter = ApplicationFilter(statuses=frozenset(args.status or ()), year=args.year)
    registry = _open(locations, must_exist=True)
    try:
        exports = registry.exports
        if chosen == "xlsx":
            data = exports.applications_xlsx(application_filter)
        else:
            data = exports.applications_csv(application_filter)
    finally:
        registry.close()
    _write_atomically(path, data)
    print(f"Dossiers exportés au format {chosen.upper()} dans {path}.")
    return EXIT_OK


def _cmd_export_person(args: argparse.Namespace, locations: Locations) -> int:
    path = _output_path(args.output, locations)
    registry = _open(locations, must_exist=True)
    try:
        data = registry.exports.person_file(args.contact_id)
    finally:
        registry.close()
    _write_atomically(path, data, private=True)  # personal data: readable by its owner only
    print(f"Données de l'interlocuteur n°{args.contact_id} exportées dans {path}.")
    return EXIT_OK


def _cmd_export_ics(args: argparse.Namespace, locations: Locations) -> int:
    path = _output_path(args.output, locations)
    registry = _open(locations, must_exist=True)
    try:
        calendar = registry.calendar.export(dt.date.today(), reminder_days=args.reminder_days)
    finally:
        registry.close()
    _write_atomically(path, calendar.data)
    print(f"Calendrier écrit : {path} ({_plural(calendar.event_count, 'échéance', 'échéances')}).")
    return EXIT_OK


def _cmd_list_funders(args: argparse.Namespace, locations: Locations) -> int:
    registry = _open(locations, must_exist=True)
    try:
        funders = registry.funders.list_all()
    finally:
        registry.close()
    for funder in funders:
        print(f"{funder.id}\t{funder.name}\t{FUNDER_KIND_LABELS[funder.kind]}")
    return EXIT_OK


def _cmd_list_applications(args: argparse.Namespace, locations: Locations) -> int:
    registry = _open(locations, must_exist=True)
    try:
        applications = registry.applications.list(ApplicationFilter(year=args.year))
    finally:
        registry.close()
    for application in applications:
        status = APPLICATION_STATUS_LABELS[application.status]
        requested = format_cents_plain(application.amount_requested_cents)
        print(
            f"{application.id}\t{_one_line(application.title)}\t{application.funder_name}\t{status}\t{requested}"
        )
    return EXIT_OK


def _cmd_list_volunteers(args: argparse.Namespace, locations: Locations) -> int:
    registry = _open(locations, must_exist=True)
    try:
        volunteers = registry.volunteers.list()
    finally:
        registry.close()
    for volunteer in volunteers:
        print(f"{volunteer.id}\t{_one_line(volunteer.name)}\t{'oui' if volunteer.active else 'non'}")
    return EXIT_OK


def _period(starts_on: dt.date | None, ends_on: dt.date | None) -> str:
    if starts_on is not None and ends_on is not None:
        return f"du {format_date(starts_on)} au {format_date(ends_on)}"
    if starts_on is not None:
        return f"à partir du {format_date(starts_on)}"
    if ends_on is not None:
        return f"jusqu'au {format_date(ends_on)}"
    return "sans dates"


def _cmd_list_projects(args: argparse.Namespace, locations: Locations) -> int:
    registry = _open(locations, must_exist=True)
    try:
        projects = [
            (project, registry.applications.totals(ApplicationFilter(project_id=project.id)).count)
            for project in registry.projects.list()
        ]
    finally:
        registry.close()
    for project, count in projects:
        period = _period(project.starts_on, project.ends_on)
        print(f"{project.id}\t{_one_line(project.title)}\t{period}\t{_plural(count, 'dossier', 'dossiers')}")
    return EXIT_OK


def _one_line(text: str) -> str:
    """A text on one line without tabs, so that a listing keeps one line per element."""
    return " ".join(text.split())


def _year(text: str) -> int:
    value = int(text) if text.isascii() and text.isdigit() and len(text) == 4 else 0
    if not 1900 <= value <= 2200:
        raise argparse.ArgumentTypeError(
            f"année attendue sur quatre chiffres (par exemple 2026), pas « {text} »"
        )
    return value


def _status_key(text: str) -> str:
    return fold(" ".join(text.replace("_", " ").split()))


_STATUS_NAMES: Final[dict[str, ApplicationStatus]] = {
    **{_status_key(status.value): status for status in ApplicationStatus},
    **{_status_key(label): status for status, label in APPLICATION_STATUS_LABELS.items()},
}


def _status(text: str) -> ApplicationStatus:
    """A status by its French name ("accordé en partie", accents optional) or its code (partially_granted)."""
    status = _STATUS_NAMES.get(_status_key(text))
    if status is None:
        known = ", ".join(APPLICATION_STATUS_LABELS.values())
        raise argparse.ArgumentTypeError(f"statut inconnu « {text} » (statuts : {known})")
    return status


def _contact_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"numéro d'interlocuteur attendu (nombre entier), pas « {text} »")
    return value


def _reminder_days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"nombre de jours attendu (entier, 0 ou plus), pas « {text} »")
    return value


def _add_data_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The import, export and list commands."""
    imports = commands.add_parser("import", help="importe des appels à projets ou des interlocuteurs")
    import_kinds = imports.add_subparsers(
        dest="import_kind", metavar="TYPE", parser_class=_Parser, required=True
    )
    aides = import_kinds.add_parser(
        "aides-territoires",
        help="importe des fichiers JSON enregistrés depuis Aides-territoires (réponse de l'API)",
        description="Importe les aides de fichiers JSON d'Aides-territoires : nouveaux appels, dates limites "
        "modifiées, appels disparus. Réimporter le même fichier ne change rien.",
    )
    aides.add_argument("files", nargs="+", metavar="FICHIER")
    aides.add_argument(
        "--dry-run", action="store_true", help="montre ce qui serait importé, sans rien enregistrer"
    )
    aides.add_argument(
        "--association-only", action="store_true", help="seulement les aides destinées aux associations"
    )
    aides.add_argument("--calls-only", action="store_true", help="seulement les appels à projets")
    aides.add_argument(
        "--perimeter", metavar="TEXTE", help="seulement les aides dont le territoire contient TEXTE"
    )
    aides.add_argument(
        "--category",
        action="append",
        metavar="TEXTE",
        help="seulement les aides de cette thématique ou catégorie (option répétable)",
    )
    aides.set_defaults(handler=_cmd_import_aides)

    contacts = import_kinds.add_parser(
        "contacts",
        help="importe des interlocuteurs depuis un tableur enregistré en CSV",
        description="Importe les interlocuteurs d'un fichier CSV (Excel ou LibreOffice) : les colonnes sont "
        "reconnues d'après leurs titres ; les doublons sont ignorés, les lignes invalides signalées.",
    )
    contacts.add_argument("file", metavar="FICHIER.csv")
    contacts.add_argument(
        "--dry-run", action="store_true", help="montre ce qui serait importé, sans rien enregistrer"
    )
    contacts.add_argument("--funder", metavar="NOM", help="financeur des lignes qui n'en indiquent pas")
    contacts.set_defaults(handler=_cmd_import_contacts)

    exports = commands.add_parser(
        "export",
        help="exporte des interlocuteurs, des appels, des dossiers, les échéances "
        "ou les données d'une personne",
    )
    export_kinds = exports.add_subparsers(
        dest="export_kind", metavar="TYPE", parser_class=_Parser, required=True
    )
    contacts_out = export_kinds.add_parser("contacts", help="tous les interlocuteurs (vCard ou CSV)")
    contacts_out.add_argument("--format", choices=("vcf", "csv"), help="format (d'après l'extension sinon)")
    contacts_out.add_argument("-o", "--output", required=True, metavar="FICHIER", help="fichier à écrire")
    contacts_out.set_defaults(handler=_cmd_export_contacts)

    calls_out = export_kinds.add_parser("calls", help="les appels à projets (CSV ou XLSX)")
    calls_out.add_argument("--format", choices=("csv", "xlsx"), help="format (d'après l'extension sinon)")
    calls_out.add_argument("-o", "--output", required=True, metavar="FICHIER", help="fichier à écrire")
    calls_out.add_argument("--include-archived", action="store_true", help="y compris les appels archivés")
    calls_out.set_defaults(handler=_cmd_export_calls)

    applications_out = export_kinds.add_parser(
        "applications",
        help="les dossiers de subvention, avec le filtre choisi (CSV ou XLSX, totaux en XLSX)",
        description="Exporte les dossiers (tous, ou ceux de l'année et des statuts choisis) : montants "
        "demandés, accordés, versés et restant à percevoir ; en XLSX, une ligne de totaux (formules SOMME).",
    )
    applications_out.add_argument(
        "--format", choices=("csv", "xlsx"), help="format (d'après l'extension sinon)"
    )
    applications_out.add_argument("-o", "--output", required=True, metavar="FICHIER", help="fichier à écrire")
    applications_out.add_argument(
        "--year",
        type=_year,
        metavar="AAAA",
        help="seulement les dossiers de cette année (année du dépôt, sinon de la date limite)",
    )
    applications_out.add_argument(
        "--status",
        type=_status,
        nargs="+",
        action="extend",
        metavar="STATUT",
        help="seulement les dossiers de ces statuts (« accordé », « en instruction »… ou granted, "
        "under_review…), option répétable",
    )
    applications_out.set_defaults(handler=_cmd_export_applications)

    person = export_kinds.add_parser(
        "person", help="tout ce qui concerne une personne (demande d'accès RGPD), en texte"
    )
    person.add_argument("contact_id", type=_contact_id, metavar="NUMÉRO", help="numéro de l'interlocuteur")
    person.add_argument("-o", "--output", required=True, metavar="FICHIER", help="fichier texte à écrire")
    person.set_defaults(handler=_cmd_export_person)

    ics = export_kinds.add_parser(
        "ics",
        help="toutes les échéances, en calendrier iCalendar (.ics)",
        description="Écrit chaque échéance (dépôts, comptes rendus, clôtures d'appels, relances, pièces qui "
        "expirent) comme un événement d'une journée. Réimporter un nouvel export met les événements à jour "
        "sans les dupliquer.",
    )
    ics.add_argument("-o", "--output", required=True, metavar="FICHIER", help="fichier .ics à écrire")
    ics.add_argument(
        "--reminder-days",
        type=_reminder_days,
        default=7,
        metavar="N",
        help="rappel N jours avant chaque échéance (7 par défaut ; 0 : aucun rappel)",
    )
    ics.set_defaults(handler=_cmd_export_ics)
    time_cli.add_export_kind(export_kinds)

    listing = commands.add_parser(
        "list",
        help="liste des données, une ligne par élément (pour les scripts)",
        description="Sortie faite pour les scripts et les tableurs, pas pour la lecture : une ligne par "
        "élément, sans ligne de titres, colonnes séparées par des tabulations ; montants en euros sans "
        "espace ni symbole € (2500,00), dates en JJ/MM/AAAA. Pour lire ou imprimer, utilisez la fenêtre "
        "ou « coopdesk export ».",
    )
    list_kinds = listing.add_subparsers(dest="list_kind", metavar="TYPE", parser_class=_Parser, required=True)
    funders = list_kinds.add_parser(
        "funders", help="financeurs : numéro, nom, type (séparés par des tabulations)"
    )
    funders.set_defaults(handler=_cmd_list_funders)
    applications = list_kinds.add_parser(
        "applications",
        help="dossiers : numéro, intitulé, financeur, statut, montant demandé en euros, sans espace ni € "
        "(2500,00) (séparés par des tabulations)",
    )
    applications.add_argument(
        "--year", type=_year, metavar="AAAA", help="seulement les dossiers de cette année"
    )
    applications.set_defaults(handler=_cmd_list_applications)
    projects = list_kinds.add_parser(
        "projects",
        help="projets : numéro, intitulé, période, nombre de dossiers (séparés par des tabulations)",
    )
    projects.set_defaults(handler=_cmd_list_projects)
    volunteers = list_kinds.add_parser(
        "volunteers",
        help="bénévoles : numéro, nom, actif (oui ou non) (séparés par des tabulations) ; le nom est celui "
        "à donner à « coopdesk time add --volunteer »",
    )
    volunteers.set_defaults(handler=_cmd_list_volunteers)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="coopdesk",
        description="CoopDesk : financeurs, appels à projets, dossiers de subvention, pièces et temps passé.",
        epilog="Sans commande, CoopDesk ouvre sa fenêtre.",
    )
    parser.add_argument("--version", action="version", version=f"CoopDesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="base de données : chemin d'un fichier SQLite ou URL SQLAlchemy "
        "(postgresql+psycopg://utilisateur@serveur/base). Aussi : variable COOPDESK_DB.",
    )
    parser.add_argument(
        "--data-dir", metavar="DOSSIER", help="dossier de données (doit exister). Aussi : COOPDESK_DATA_DIR."
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="langue de la fenêtre (fr par défaut)")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="ouvre la fenêtre puis quitte dès la première page affichée (vérification d'installation)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)

    demo = commands.add_parser("demo", help="remplit une base vide avec une association de démonstration")
    demo.set_defaults(handler=_cmd_demo)

    check = commands.add_parser(
        "check", help="vérifie la base : intégrité, clés étrangères, schéma à jour (code 1 si problème)"
    )
    check.set_defaults(handler=_cmd_check)

    shots = commands.add_parser(
        "screenshots", help="enregistre une image PNG de chaque page de la fenêtre dans DOSSIER"
    )
    shots.add_argument("out_dir", metavar="DOSSIER")
    shots.set_defaults(handler=_cmd_screenshots)

    _add_data_commands(commands)
    add_backup_commands(commands)
    documents_cli.add_commands(commands)
    pack_cli.add_commands(commands)
    report_cli.add_commands(commands)
    budget_cli.add_commands(commands)
    texts_cli.add_commands(commands)
    time_cli.add_commands(commands)
    history_cli.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace, Locations], int] | None = getattr(args, "handler", None)
    try:
        locations = resolve(db=args.db, data_dir=args.data_dir)
        if handler is None:
            from coopdesk import app

            return app.run_window(locations, args.lang, smoke_test=args.smoke_test)
        return handler(args, with_chosen_server(locations))
    except CoopDeskError as error:
        print(f"coopdesk : {describe_error(error)}", file=sys.stderr)
        return EXIT_ERROR
    except UserError as error:
        print(f"coopdesk : {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `coopdesk list funders | head -1`: the reader left, not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python flushes stdout at exit: let that go nowhere
        return EXIT_ERROR
