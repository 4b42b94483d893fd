"""`coopdesk history …`: who changed what and when on an application (with its payments), a funder
or a call; and the applications deleted, with what they held."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Final

from coopdesk.cli.common import EXIT_OK, Parser, UserError, open_registry, plural
from coopdesk.domain.dates import format_date
from coopdesk.domain.enums import (
    ApplicationStatus,
    FunderKind,
    FunderLevel,
    FundingType,
    Recurrence,
    RequestObject,
    SubmissionPlatform,
)
from coopdesk.domain.history import ChangeEventRow, HistoryAction, HistoryEntity, ValueKind
from coopdesk.domain.money import format_money
from coopdesk.formats.table_export import APPLICATION_STATUS_LABELS, FUNDING_TYPE_LABELS, RECURRENCE_LABELS
from coopdesk.paths import Locations
from coopdesk.reports.person_report import FUNDER_KIND_LABELS, FUNDER_LEVEL_LABELS

FIELD_LABELS: Final = {
    "title": "Titre",
    "status": "Statut",
    "project": "Projet",
    "funder": "Financeur",
    "call": "Appel à projets",
    "owner": "Responsable",
    "funding_type": "Type de financement",
    "request_object": "Objet de la demande",
    "in_kind": "Aide en nature",
    "multi_year": "Pluriannuel",
    "amount_requested_cents": "Montant demandé",
    "amount_granted_cents": "Montant accordé",
    "period_start": "Début de la période financée",
    "period_end": "Fin de la période financée",
    "letter_of_intent_on": "Lettre d'intention",
    "deadline": "Date limite",
    "submitted_on": "Déposé le",
    "decision_on": "Décision le",
    "report_due_on": "Compte rendu attendu le",
    "report_filed_on": "Compte rendu remis le",
    "refusal_reason": "Motif du refus",
    "platform": "Déposé via",
    "notes": "Notes",
    "received_on": "Reçu le",
    "amount_cents": "Montant",
    "reference": "Référence",
    "name": "Nom",
    "kind": "Type",
    "level": "Échelon",
    "service": "Service",
    "street": "Adresse",
    "postal_code": "Code postal",
    "city": "Ville",
    "website": "Site web",
    "archived": "Archivé",
    "url": "Page web",
    "opens_on": "Ouverture",
    "predeposit_on": "Pré-dépôt",
    "amount_min_cents": "Montant minimum",
    "amount_max_cents": "Montant maximum",
    "rate_min_percent": "Taux minimum",
    "rate_max_percent": "Taux maximum",
    "eligibility": "Éligibilité",
    "description": "Description",
    "recurrence": "Récurrence",
}
ENTITIES: Final = {
    "dossier": HistoryEntity.APPLICATION,
    "application": HistoryEntity.APPLICATION,
    "financeur": HistoryEntity.FUNDER,
    "funder": HistoryEntity.FUNDER,
    "appel": HistoryEntity.CALL,
    "call": HistoryEntity.CALL,
}
NO_VALUE: Final = "—"
PLATFORM_LABELS: Final[dict[SubmissionPlatform, str]] = {
    SubmissionPlatform.COMPTE_ASSO: "Le Compte Asso",
    SubmissionPlatform.DAUPHIN: "Dauphin",
    SubmissionPlatform.DEMARCHES_SIMPLIFIEES: "Démarches simplifiées",
    SubmissionPlatform.OWN_PORTAL: "Portail du financeur",
    SubmissionPlatform.EMAIL: "Courriel",
    SubmissionPlatform.PAPER: "Papier",
}


REQUEST_OBJECT_LABELS: Final = {
    RequestObject.OPERATION: "Fonctionnement global",
    RequestObject.PROJECT: "Projet / action",
}


def enum_text(field: str | None, value: str) -> str:
    """The French name of a recorded enum value ("state_service": "Service de l'État"); a value the
    program no longer knows is shown as recorded."""
    try:
        if field == "funding_type":
            return FUNDING_TYPE_LABELS[FundingType(value)]
        if field == "recurrence":
            return RECURRENCE_LABELS[Recurrence(value)]
        if field == "request_object":
            return REQUEST_OBJECT_LABELS[RequestObject(value)]
        if field == "platform":
            return PLATFORM_LABELS[SubmissionPlatform(value)]
        if field == "kind":
            return FUNDER_KIND_LABELS[FunderKind(value)]
        if field == "level":
            return FUNDER_LEVEL_LABELS[FunderLevel(value)]
    except ValueError:
        return value
    return value


def value_text(kind: ValueKind, value: str | None, field: str | None = None) -> str:
    """A recorded value in French, on one line (the field names the enum of an ENUM value)."""
    if value is None or value == "":
        return NO_VALUE
    if kind is ValueKind.ENUM:
        return enum_text(field, value)
    try:
        if kind is ValueKind.MONEY:
            return format_money(int(value))
        if kind is ValueKind.DATE:
            return format_date(dt.date.fromisoformat(value))
        if kind is ValueKind.STATUS:
            return APPLICATION_STATUS_LABELS[ApplicationStatus(value)]
        if kind is ValueKind.BOOL:
            return "oui" if value == "true" else "non"
        if kind is ValueKind.PERCENT:
            return f"{value}\u202f%"
    except ValueError:
        return value
    return " ".join(value.split())


def event_line(event: ChangeEventRow) -> str:
    local = event.occurred_at.astimezone()
    when = f"{format_date(local.date())} {local:%H:%M}"
    who = event.actor or NO_VALUE
    prefix = "Versement — " if event.entity is HistoryEntity.PAYMENT else ""
    if event.field is None:
        what = {
            HistoryAction.CREATED: "enregistré" if prefix else "créé",
            HistoryAction.DELETED: "supprimé",
            HistoryAction.UPDATED: "modifié",
            HistoryAction.TRANSITION: "statut changé",
        }[event.action]
        return f"{when}  {who}  {prefix}{what} : « {' '.join(event.entity_label.split())} »"
    label = FIELD_LABELS.get(event.field, event.field)
    before = value_text(event.kind, event.old_value, event.field)
    after = value_text(event.kind, event.new_value, event.field)
    if event.action is HistoryAction.CREATED:
        return f"{when}  {who}  {prefix}{label} : {after}"
    if event.action is HistoryAction.DELETED:
        return f"{when}  {who}  {prefix}{label} (à la suppression) : {before}"
    return f"{when}  {who}  {prefix}{label} : {before} → {after}"


def _cmd_show(args: argparse.Namespace, locations: Locations) -> int:
    entity = ENTITIES.get(args.kind)
    if entity is None:
        raise UserError("Indiquez dossier, financeur ou appel, puis son numéro.")
    registry = open_registry(locations, must_exist=True)
    try:
        events = registry.history.events(entity, args.id)
    finally:
        registry.close()
    if not events:
        print(f"Aucune modification enregistrée pour le n°{args.id}.")
        return EXIT_OK
    for event in events:
        print(event_line(event))
    print(plural(len(events), "modification", "modifications") + ".")
    return EXIT_OK


def _cmd_deleted(args: argparse.Namespace, locations: Locations) -> int:
    registry = open_registry(locations, must_exist=True)
    try:
        records = registry.history.deleted(HistoryEntity.APPLICATION)
        details = {record.deletion_event_id: registry.history.deleted_events(record) for record in records}
    finally:
        registry.close()
    if not records:
        print("Aucun dossier n'a été supprimé.")
        return EXIT_OK
    for record in records:
        local = record.deleted_at.astimezone()
        print(
            f"n°{record.entity_id}  « {' '.join(record.entity_label.split())} »  supprimé le "
            f"{format_date(local.date())} à {local:%H:%M} par {record.deleted_by or NO_VALUE}"
        )
        if args.details:
            for event in details[record.deletion_event_id]:
                print(f"    {event_line(event)}")
    print(plural(len(records), "dossier supprimé", "dossiers supprimés") + ".")
    return EXIT_OK


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    history = commands.add_parser(
        "history", help="qui a modifié quoi et quand (dossiers, financeurs, appels)"
    )
    kinds = history.add_subparsers(dest="history_kind", metavar="QUOI", required=True)
    show = kinds.add_parser(
        "show", help="l'historique d'un dossier (avec ses versements), d'un financeur ou d'un appel"
    )
    show.add_argument("kind", metavar="dossier|financeur|appel")
    show.add_argument("id", type=int, metavar="NUMÉRO")
    show.set_defaults(handler=_cmd_show)
    deleted = kinds.add_parser("deleted", help="les dossiers supprimés (et, avec --details, leur historique)")
    deleted.add_argument("--details", action="store_true", help="affiche l'historique de chacun")
    deleted.set_defaults(handler=_cmd_deleted)
