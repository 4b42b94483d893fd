"""`coopdesk backup [-o FICHIER] [--password | --password-file F]` and `coopdesk restore FICHIER`."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path
from typing import Final

from coopdesk.cli.common import EXIT_OK, UserError, open_registry, os_reason
from coopdesk.domain.backups import (
    BackupFailed,
    BackupFailureReason,
    RestoreRefusal,
    RestoreRefused,
    parse_backup_name,
)
from coopdesk.domain.dates import format_date
from coopdesk.paths import Locations
from coopdesk.services import server_connection
from coopdesk.services.backup_service import BackupService
from coopdesk.settings import SettingsStore
from coopdesk.storage.network_share import network_share_kind

MIN_PASSWORD_LENGTH = 8

POSTGRESQL_BACKUP = (
    "la base est sur un serveur PostgreSQL : sa sauvegarde se fait sur le serveur, avec pg_dump "
    "(voir le guide, « Plusieurs postes dans le bureau »)."
)


def describe_backup_failure(error: BackupFailed) -> str:
    reasons = {
        BackupFailureReason.DISK_FULL: "plus de place sur le disque",
        BackupFailureReason.NOT_WRITABLE: "écriture refusée (dossier en lecture seule ou accès refusé)",
        BackupFailureReason.FOLDER_MISSING: "le dossier n'existe pas (clé USB retirée ?)",
        BackupFailureReason.SOURCE_MISSING: "la base de données est introuvable",
    }
    if error.reason is BackupFailureReason.NOT_SQLITE:
        return f"Pas de sauvegarde par CoopDesk : {POSTGRESQL_BACKUP}"
    reason = reasons.get(error.reason, error.detail or "erreur inattendue")
    return f"Sauvegarde impossible vers {error.target} : {reason}. La base de données n'a pas été modifiée."


def describe_restore_refusal(error: RestoreRefused) -> str:
    reasons = {
        RestoreRefusal.MISSING: "ce fichier n'existe pas",
        RestoreRefusal.NOT_A_DATABASE: "ce n'est pas une sauvegarde de CoopDesk",
        RestoreRefusal.DAMAGED: "la sauvegarde est abîmée ou incomplète (copie interrompue ?)",
        RestoreRefusal.TOO_NEW: (
            f"elle vient d'une version plus récente de CoopDesk (schéma {error.detail}) : "
            "installez la dernière version"
        ),
        RestoreRefusal.IN_USE: (
            "la base est ouverte par un autre programme : fermez CoopDesk puis recommencez"
        ),
        RestoreRefusal.SAME_FILE: "c'est la base de données elle-même",
        RestoreRefusal.NOT_SQLITE: POSTGRESQL_BACKUP.replace("sa sauvegarde", "sa restauration").replace(
            "pg_dump", "pg_restore"
        ),
        RestoreRefusal.WRITE_FAILED: f"écriture impossible ({error.detail})",
        RestoreRefusal.ZIP_ARCHIVE: (
            "c'est une archive ZIP (sauvegarde protégée par mot de passe ?) : ouvrez-la avec 7-Zip "
            "puis restaurez le fichier .sqlite3 qu'elle contient"
        ),
    }
    return (
        f"Restauration de {error.path} refusée : {reasons.get(error.reason, error.reason.value)}. "
        "Rien n'a été remplacé."
    )


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")
    return f"{max(1, size // 1024)} Ko"


def _service(locations: Locations) -> BackupService:
    # Open once to refuse what is not a CoopDesk database; never migrate here.
    open_registry(locations, must_exist=True, migrate=False).close()
    return BackupService(locations, SettingsStore(locations.settings_file))


def _read_password(args: argparse.Namespace) -> str:
    if args.password_file:
        path = Path(args.password_file)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            reason = os_reason(error) if isinstance(error, OSError) else "pas du texte UTF-8"
            raise UserError(f"Impossible de lire le mot de passe dans {path} : {reason}.") from error
        password = lines[0] if lines else ""
    else:
        if not sys.stdin.isatty():
            raise UserError(
                "Pas de clavier pour taper le mot de passe : indiquez-le avec --password-file FICHIER."
            )
        try:
            password = getpass.getpass("Mot de passe de l'archive : ")
            again = getpass.getpass("Encore une fois : ")
        except EOFError as error:
            raise UserError("Mot de passe non saisi : rien n'a été écrit.") from error
        if again != password:
            raise UserError("Les deux mots de passe diffèrent : rien n'a été écrit.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"Mot de passe trop court : au moins {MIN_PASSWORD_LENGTH} caractères.")
    return password


def _target(args: argparse.Namespace, locations: Locations) -> Path | None:
    if not args.output:
        return None
    path = Path(args.output).expanduser()
    if path.is_dir():
        raise UserError(f"{path} est un dossier : indiquez un nom de fichier.")
    if not path.parent.is_dir():
        raise UserError(f"Le dossier {path.parent} n'existe pas : impossible d'y écrire {path.name}.")
    database = locations.sqlite_path
    if database is not None and path.resolve() in {
        database.resolve().with_name(database.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")
    }:
        raise UserError(f"{path} est la base de données de CoopDesk : choisissez un autre nom de fichier.")
    return path


def _cmd_backup(args: argparse.Namespace, locations: Locations) -> int:
    protected = bool(args.password or args.password_file)
    if protected and not args.output:
        raise UserError("Une sauvegarde protégée par mot de passe demande -o FICHIER.zip.")
    target = _target(args, locations)
    suffix = target.suffix.lower() if target is not None else ""
    if protected and suffix != ".zip":
        stem = target.stem if target is not None else "sauvegarde"
        raise UserError(f"Une sauvegarde protégée est une archive ZIP : nommez-la {stem}.zip.")
    if not protected and suffix == ".zip":
        raise UserError(
            "Un fichier .zip serait une sauvegarde non chiffrée : ajoutez --password (ou --password-file) "
            "pour une archive protégée, ou choisissez un nom en .sqlite3."
        )
    if locations.sqlite_path is None:
        raise UserError(f"Pas de sauvegarde par CoopDesk : {POSTGRESQL_BACKUP}")
    password = _read_password(args) if protected else ""
    service = _service(locations)
    try:
        if protected and target is not None:
            written = service.export_protected(target, password)
            size = _size(written.stat().st_size)
            print(
                f"Sauvegarde protégée par mot de passe écrite dans {written} ({size}). "
                "Elle s'ouvre avec 7-Zip ou un logiciel d'archives compatible AES, avec le mot de passe."
            )
            return EXIT_OK
        state = service.folder_state()
        if target is None and state.fell_back:
            print(
                f"Attention : le dossier de sauvegarde choisi {state.chosen} est introuvable (clé USB "
                f"retirée ?) ; sauvegarde dans le dossier par défaut {state.folder}."
            )
        entry = service.back_up(target)
    except BackupFailed as error:
        raise UserError(describe_backup_failure(error)) from error
    print(f"Sauvegarde écrite dans {entry.path} ({_size(entry.size_bytes)}).")
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace, locations: Locations) -> int:
    service = BackupService(locations, SettingsStore(locations.settings_file))
    if not service.supported:
        print(f"Pas de sauvegarde par CoopDesk : {POSTGRESQL_BACKUP}")
        return EXIT_OK
    state = service.folder_state()
    if state.fell_back:
        print(
            f"Attention : le dossier de sauvegarde choisi {state.chosen} est introuvable (clé USB "
            f"retirée ?) ; voici celles du dossier par défaut."
        )
    folder = Path(state.folder)
    entries = service.list_backups(folder)
    if not entries:
        print(f"Aucune sauvegarde dans {folder}.")
        return EXIT_OK
    print(f"Sauvegardes dans {folder} :")
    for entry in entries:
        print(f"  {entry.taken_at:%d/%m/%Y %H:%M}  {_size(entry.size_bytes):>9}  {entry.path}")
    return EXIT_OK


def _taken_on(backup: Path) -> str:
    """ "28/11/2026 à 14:05": from the name CoopDesk gives its backups, else the file's date."""
    parsed = parse_backup_name(backup.name)
    if parsed is not None:
        moment = parsed[1]
    else:
        moment = dt.datetime.fromtimestamp(backup.stat().st_mtime, tz=dt.UTC).astimezone()  # local time
    return f"{format_date(moment.date())} à {moment:%H:%M}"


_YES: Final = frozenset({"o", "oui", "y", "yes"})


def _confirm_restore(source: Path, service: BackupService) -> None:
    """Ask on the terminal before the database is replaced; without a terminal, --oui is required.
    A file that cannot be restored is refused first, with its reason, without asking."""
    database = service.database_file
    if database is None:
        raise UserError(describe_restore_refusal(RestoreRefused(str(source), RestoreRefusal.NOT_SQLITE)))
    if source.exists() and database.exists() and source.resolve() == database.resolve():
        raise UserError(describe_restore_refusal(RestoreRefused(str(source), RestoreRefusal.SAME_FILE)))
    try:
        service.verify(source)
    except RestoreRefused as error:
        raise UserError(describe_restore_refusal(error)) from error
    if not sys.stdin.isatty():
        raise UserError(
            f"La restauration remplace toute la base {database} : hors d'un terminal (script, tâche "
            "planifiée), confirmez-la en ajoutant --oui (ou --yes). Rien n'a été remplacé."
        )
    print(
        f"Remplacer la base {database} par la sauvegarde du {_taken_on(source)} ({source.name}) ? "
        "La base actuelle sera d'abord gardée dans le dossier des sauvegardes. [o/N] ",
        end="",
        file=sys.stderr,
        flush=True,
    )
    try:
        answer = sys.stdin.readline()
    except (EOFError, KeyboardInterrupt):
        answer = ""
    if answer.strip().casefold() not in _YES:
        raise UserError("Restauration annulée : rien n'a été remplacé.")


def _cmd_restore(args: argparse.Namespace, locations: Locations) -> int:
    source = Path(args.file).expanduser()
    if source.is_dir():
        raise UserError(f"{source} est un dossier : indiquez le fichier de la sauvegarde (.sqlite3).")
    service = BackupService(locations, SettingsStore(locations.settings_file))
    if not args.yes:
        _confirm_restore(source, service)
    try:
        outcome = service.restore(source)
    except RestoreRefused as error:
        raise UserError(describe_restore_refusal(error)) from error
    print(f"Base de données restaurée depuis {outcome.restored_from}.")
    if outcome.safety_backup:
        print(f"La base d'avant la restauration est gardée dans {outcome.safety_backup}.")
    return EXIT_OK


def network_share_line(locations: Locations) -> str | None:
    """A line for `coopdesk check` when the SQLite file is on a network share; None otherwise."""
    path = locations.sqlite_path
    kind = network_share_kind(path) if path is not None else None
    if kind is None:
        return None
    return (
        f"Attention : la base {path} est sur un partage réseau ({kind}). SQLite n'y est pas fiable si "
        "plusieurs postes l'ouvrent : utilisez un serveur PostgreSQL "
        "(voir « Plusieurs postes dans le bureau »)."
    )


def _ask_server_password(server: server_connection.ServerSettings) -> str | None:
    if not sys.stdin.isatty():  # a script or a scheduled task: nobody to type it, and no echo warnings
        return None
    print(
        f"Pas de trousseau de mots de passe sur ce poste : mot de passe du serveur {server.label} ?",
        file=sys.stderr,
    )
    try:
        return getpass.getpass("Mot de passe : ")
    except EOFError:
        return None


def with_chosen_server(locations: Locations) -> Locations:
    """The office server chosen in Paramètres (password from the keyring, or typed), unless --db or
    COOPDESK_DB named a database."""
    if locations.explicit_database or not locations.settings_file.exists():
        return locations
    settings = SettingsStore(locations.settings_file)
    return server_connection.with_chosen_server(locations, settings, _ask_server_password)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser(
        "backup",
        help="sauvegarde la base (dans le dossier des sauvegardes, ou -o FICHIER) ; "
        "--password : archive ZIP chiffrée (AES-256) à envoyer",
    )
    backup.add_argument("-o", "--output", metavar="FICHIER", help="fichier de la sauvegarde")
    backup.add_argument(
        "--password",
        action="store_true",
        help="protège la sauvegarde par un mot de passe (demandé deux fois) : archive ZIP chiffrée AES-256",
    )
    backup.add_argument(
        "--password-file", metavar="FICHIER", help="lit le mot de passe dans la première ligne de FICHIER"
    )
    backup.set_defaults(handler=_cmd_backup)

    backups = commands.add_parser("backups", help="liste les sauvegardes du dossier des sauvegardes")
    backups.set_defaults(handler=_cmd_backups)

    restore = commands.add_parser(
        "restore",
        help="remplace la base par une sauvegarde vérifiée (la base actuelle est d'abord sauvegardée)",
        description="Remplace toute la base par une sauvegarde, après l'avoir vérifiée ; la base actuelle "
        "est d'abord gardée dans le dossier des sauvegardes (avant-restauration-…). Dans un terminal, "
        "CoopDesk demande confirmation ; dans un script, ajoutez --oui.",
    )
    restore.add_argument("file", metavar="FICHIER", help="la sauvegarde (.sqlite3) à remettre en place")
    restore.add_argument(
        "--oui",
        "--yes",
        dest="yes",
        action="store_true",
        help="remplace sans demander confirmation (obligatoire hors d'un terminal)",
    )
    restore.set_defaults(handler=_cmd_restore)
