"""Command line of CoopDesk. Without a sub-command it opens the window; sub-commands work headless.

Every message for the user is in French. A user error exits with code 1 and one line, never a
traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from coopdesk import __version__
from coopdesk.domain.errors import (
    CoopDeskError,
    DatabaseMissing,
    DatabaseNotEmpty,
    DatabaseTooNew,
    DatabaseUnreachable,
    DataDirUnusable,
    NotADatabase,
)
from coopdesk.paths import Locations, resolve
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import LANGUAGES

EXIT_OK, EXIT_ERROR = 0, 1


class UserError(Exception):
    """A problem the user can fix; its text is printed as is."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog} : erreur : {message}\n")


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
        return f"Impossible de se connecter à {error.location} : {error.detail}"
    if isinstance(error, DatabaseMissing):
        return f"Aucune base de données à {error.location}."
    if isinstance(error, DatabaseNotEmpty):
        return (
            f"La base {error.location} contient déjà des données : les données de démonstration "
            "ne vont que dans une base vide (choisissez-en une autre avec --db)."
        )
    return f"Erreur : {error}"


def _open(locations: Locations, *, must_exist: bool = False, migrate: bool = True) -> ServiceRegistry:
    return ServiceRegistry.open(locations, must_exist=must_exist, migrate=migrate)


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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace, Locations], int] | None = getattr(args, "handler", None)
    try:
        locations = resolve(db=args.db, data_dir=args.data_dir)
        if handler is None:
            from coopdesk import app

            return app.run_window(locations, args.lang)
        return handler(args, locations)
    except CoopDeskError as error:
        print(f"coopdesk : {describe_error(error)}", file=sys.stderr)
        return EXIT_ERROR
    except UserError as error:
        print(f"coopdesk : {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
