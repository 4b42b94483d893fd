"""`coopdesk documents add|list|get`: the association's permanent file of pieces from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from coopdesk.cli.common import (
    EXIT_OK,
    Parser,
    UserError,
    open_registry,
    output_path,
    plural,
    write_file,
)
from coopdesk.cli.numbers import required, whole_number
from coopdesk.domain.dates import format_date, parse_date
from coopdesk.domain.documents import (
    SEVERAL_CURRENT,
    DocumentInput,
    DocumentRow,
    ExpiryState,
    FileProblem,
    FileProblemCode,
    expiry_state,
    guess_type,
    title_from_filename,
)
from coopdesk.domain.enums import DocumentType
from coopdesk.domain.errors import FieldErrors, InvalidValue, NotFound
from coopdesk.domain.text_search import fold
from coopdesk.paths import Locations

DOCUMENT_TYPE_LABELS = {
    DocumentType.STATUTES: "Statuts",
    DocumentType.BOARD_LIST: "Liste des dirigeants",
    DocumentType.RIB: "RIB",
    DocumentType.APPROVED_ACCOUNTS: "Comptes approuvés",
    DocumentType.ACTIVITY_REPORT: "Rapport d'activité",
    DocumentType.FORECAST_BUDGET: "Budget prévisionnel",
    DocumentType.INSURANCE_CERTIFICATE: "Attestation d'assurance",
    DocumentType.GENERAL_MEETING_MINUTES: "Procès-verbal d'AG",
    DocumentType.FOOD_AID_ACCREDITATION: "Habilitation aide alimentaire",
    DocumentType.REPUBLICAN_COMMITMENT: "Contrat d'engagement républicain",
    DocumentType.QUOTE: "Devis",
    DocumentType.OTHER: "Autre pièce",
}


def parse_type(text: str) -> DocumentType:
    """A type given as its key ("rib", "approved_accounts") or its French label, whatever the case and
    accents ("proces-verbal d'AG", "Comptes approuves")."""
    wanted = fold(text.replace("_", " "))
    for document_type, label in DOCUMENT_TYPE_LABELS.items():
        if wanted in (fold(document_type.value.replace("_", " ")), fold(label)):
            return document_type
    known = ", ".join(document_type.value for document_type in DocumentType)
    raise UserError(f"Type de pièce inconnu : « {text} ». Types possibles : {known}.")


def _date(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return parse_date(text)
    except InvalidValue as error:
        raise UserError(
            f"Date invalide pour {option} : « {text} » (attendu : 31/12/2026 ou 2026-12-31)."
        ) from error


def size_text(size: int) -> str:
    """As the Pièces page writes sizes: "15 octets", "2,1 ko", "1,0 Mo" (units of 1 024)."""
    if size < 1024:
        return f"{size} octet" if size < 2 else f"{size} octets"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} ko".replace(".", ",")
    return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")


def file_problem_text(problem: FileProblem) -> str:
    path = problem.path
    if problem.code == FileProblemCode.MISSING:
        return f"Le fichier {path} est introuvable (déplacé ou supprimé ?) : rien n'a été ajouté."
    if problem.code == FileProblemCode.DIRECTORY:
        return f"{path} est un dossier : indiquez un fichier."
    if problem.code == FileProblemCode.NOT_A_FILE:
        return f"{path} n'est pas un fichier ordinaire : rien n'a été ajouté."
    if problem.code == FileProblemCode.EMPTY:
        return f"Le fichier {path} est vide : rien n'a été ajouté."
    if problem.code == FileProblemCode.TOO_LARGE:
        return (
            f"Le fichier {path} fait {size_text(problem.size)}, au-delà de la limite de "
            f"{size_text(problem.limit)} fixée dans les paramètres : rien n'a été ajouté."
        )
    reason = "accès refusé" if problem.detail == "permission" else problem.detail
    return f"Impossible de lire {path} : {reason}."


def _field_text(errors: FieldErrors) -> str:
    messages = {
        "title": "le titre est obligatoire (300 caractères au plus)",
        "valid_until": "la fin de validité ne peut pas précéder le début de validité",
        "notes": "les notes sont trop longues",
        "replaces_id": "la pièce remplacée n'est pas du même type ou a déjà été remplacée",
        "document_type": "le type d'une pièce qui a un historique ou sert à un dossier ne change pas",
    }
    return "Pièce refusée : " + " ; ".join(messages.get(name, name) for name in errors.errors) + "."


def add_commands(commands: Any) -> None:
    group = commands.add_parser("documents", help="pièces du dossier permanent : ajouter, lister, extraire")
    actions = group.add_subparsers(dest="documents_command", metavar="ACTION", parser_class=Parser)
    group.set_defaults(handler=lambda _args, _locations: _usage(group))

    add = actions.add_parser("add", help="ajoute un fichier au dossier permanent")
    add.add_argument("file", nargs="?", metavar="FICHIER")
    add.add_argument(
        "--type",
        dest="document_type",
        metavar="TYPE",
        help="type de pièce : clé (rib, statutes…) ou libellé (« Comptes approuvés ») ; "
        "deviné d'après le nom du fichier sinon",
    )
    add.add_argument("--title", metavar="TITRE", help="titre (par défaut : d'après le nom du fichier)")
    add.add_argument("--valid-from", metavar="DATE", help="début de validité (31/12/2026 ou 2026-12-31)")
    add.add_argument("--valid-until", metavar="DATE", help="fin de validité (31/12/2026 ou 2026-12-31)")
    add.add_argument(
        "--replaces",
        metavar="ID",
        help="numéro de la pièce que ce fichier remplace (elle reste dans l'historique) ; par défaut, "
        "la pièce en cours du même type quand il n'y en a qu'une (sauf « Autre pièce »)",
    )
    add.add_argument(
        "--keep-both",
        action="store_true",
        help="ne remplace pas la pièce en cours du même type : les deux restent en cours",
    )
    add.set_defaults(handler=_cmd_add)

    listing = actions.add_parser("list", help="liste les pièces en cours (une par ligne)")
    listing.add_argument(
        "--expiring", metavar="JOURS", help="seulement celles qui expirent dans ce nombre de jours"
    )
    listing.add_argument(
        "--history",
        "--historique",
        action="store_true",
        help="montre aussi les anciennes versions, chacune avec la pièce qui l'a remplacée",
    )
    listing.set_defaults(handler=_cmd_list)

    get = actions.add_parser("get", help="enregistre une copie d'une pièce")
    get.add_argument("document_id", nargs="?", metavar="ID")
    get.add_argument("-o", "--output", metavar="FICHIER")
    get.set_defaults(handler=_cmd_get)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_OK


def _cmd_add(args: argparse.Namespace, locations: Locations) -> int:
    path = Path(required(args.file, "Indiquez le fichier à ajouter : coopdesk documents add statuts.pdf."))
    replaces = None if args.replaces is None else whole_number(args.replaces, "numéro de pièce (--replaces)")
    if args.document_type is not None:
        document_type = parse_type(args.document_type)
    else:
        document_type = guess_type(path.name) or DocumentType.OTHER
    data = DocumentInput(
        document_type=document_type,
        title=args.title if args.title is not None else title_from_filename(path.name),
        valid_from=_date(args.valid_from, "--valid-from"),
        valid_until=_date(args.valid_until, "--valid-until"),
    )
    if replaces is not None and args.keep_both:
        raise UserError("Choisissez --replaces ou --keep-both, pas les deux.")
    registry = open_registry(locations)
    try:
        replaced: DocumentRow | None = None
        others: list[DocumentRow] = []
        if replaces is None and not args.keep_both and document_type not in SEVERAL_CURRENT:
            # A new version of the same piece, most of the time: the current one goes to the history
            # (a checklist being prepared then takes the new one).
            others = registry.documents.current_of_type(document_type)
            if len(others) == 1:
                replaced = others[0]
                replaces = replaced.id
        try:
            row = registry.documents.add_file(path, data, replaces_id=replaces)
        except FileProblem as problem:
            raise UserError(file_problem_text(problem)) from problem
        except FieldErrors as errors:
            raise UserError(_field_text(errors)) from errors
        except NotFound as error:
            raise UserError(f"Aucune pièce n° {error.entity_id} : rien n'a été ajouté.") from error
        current = registry.documents.list()
    finally:
        registry.close()
    twins = [other for other in current if other.sha256 == row.sha256 and other.id != row.id]
    if replaced is not None and replaced.sha256 == row.sha256:
        twins.insert(0, replaced)
    print(
        f"Pièce n° {row.id} ajoutée : {DOCUMENT_TYPE_LABELS[row.document_type]} – {row.title} "
        f"({row.filename}, {size_text(row.size)})."
    )
    if replaced is not None:
        print(
            f"Elle remplace la pièce n° {replaced.id} ({replaced.title}), gardée dans l'historique "
            "(--keep-both pour garder les deux en cours)."
        )
    elif len(others) > 1:
        numbers = ", ".join(str(other.id) for other in others)
        print(
            f"Plusieurs pièces « {DOCUMENT_TYPE_LABELS[document_type]} » sont en cours (n° {numbers}) : "
            "aucune n'a été remplacée ; indiquez --replaces ID pour remplacer l'une d'elles."
        )
    if twins:  # the same file twice, often by mistake: said, not refused
        print(f"Attention : ce fichier est identique à la pièce n° {twins[0].id} ({twins[0].title}).")
    return EXIT_OK


def _validity(row: DocumentRow) -> str:
    start = format_date(row.valid_from) if row.valid_from else ""
    end = format_date(row.valid_until) if row.valid_until else ""
    if start and end:
        return f"du {start} au {end}"
    if end:
        return f"jusqu'au {end}"
    if start:
        return f"depuis le {start}"
    return "sans limite"


def replaced_text(row: DocumentRow) -> str:
    """ "(remplacée par la pièce n° 13)" for an old version, "" for a current piece."""
    if row.replaced_by_id is None:
        return ""
    return f"(remplacée par la pièce n° {row.replaced_by_id})"


def _marker(row: DocumentRow, today: dt.date) -> str:
    state = expiry_state(row.valid_until, today)
    if state == ExpiryState.EXPIRED:
        return "EXPIRÉE"
    if state == ExpiryState.EXPIRES_SOON:
        return "expire bientôt"
    return ""


def _cmd_list(args: argparse.Namespace, locations: Locations) -> int:
    days = (
        None
        if args.expiring is None
        else whole_number(args.expiring, "nombre de jours (--expiring)", minimum=0)
    )
    today = dt.date.today()
    registry = open_registry(locations, must_exist=True)
    try:
        rows = registry.documents.list() if days is None else registry.documents.expiring(today, days)
        older: dict[int, list[DocumentRow]] = {}
        if args.history:
            for row in rows:
                if row.older_versions:
                    older[row.id] = [
                        version for version in registry.documents.history(row.id) if version.id != row.id
                    ]
    finally:
        registry.close()
    if not rows:
        print("Aucune pièce." if days is None else "Aucune pièce n'expire dans ce délai.")
        return EXIT_OK
    order = list(DocumentType)
    for row in sorted(rows, key=lambda found: (order.index(found.document_type), found.title.casefold())):
        cells = [
            f"{row.id:>4}",
            DOCUMENT_TYPE_LABELS[row.document_type],
            row.title,
            _validity(row),
            size_text(row.size),
        ]
        marker = _marker(row, today)
        if marker:
            cells.append(marker)
        print(" | ".join(cells))
        for version in older.get(row.id, []):
            print(
                " | ".join(
                    [
                        f"{version.id:>4}",
                        DOCUMENT_TYPE_LABELS[version.document_type],
                        version.title,
                        _validity(version),
                        size_text(version.size),
                        replaced_text(version),
                    ]
                )
            )
    print(plural(len(rows), "pièce", "pièces") + ".")
    return EXIT_OK


def _cmd_get(args: argparse.Namespace, locations: Locations) -> int:
    required(args.document_id, "Indiquez le numéro de la pièce : coopdesk documents get 12 -o copie.pdf.")
    document_id = whole_number(args.document_id, "numéro de pièce")
    args.output = required(args.output, "Indiquez le fichier à écrire : -o copie.pdf.")
    target = output_path(args.output, locations)
    registry = open_registry(locations, must_exist=True)
    try:
        found = registry.documents.content(document_id)
        row = registry.documents.get(document_id)
    except NotFound as error:
        raise UserError(f"Aucune pièce n° {document_id}.") from error
    finally:
        registry.close()
    write_file(target, found.content)
    replaced = f" {replaced_text(row)}" if row.replaced_by_id is not None else ""
    print(f"Copie de {found.filename} enregistrée dans {target}{replaced}.")
    return EXIT_OK
