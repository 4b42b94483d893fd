"""What every command of the command line shares: the parser, user errors, the user's files."""

from __future__ import annotations

import argparse
import errno
import sys
from pathlib import Path
from typing import NoReturn

from coopdesk.paths import Locations, write_atomically
from coopdesk.services.service_registry import ServiceRegistry

EXIT_OK, EXIT_ERROR = 0, 1


class UserError(Exception):
    """A problem the user can fix; its text is printed as is."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog} : erreur : {message}\n")


def open_registry(locations: Locations, *, must_exist: bool = False, migrate: bool = True) -> ServiceRegistry:
    return ServiceRegistry.open(locations, must_exist=must_exist, migrate=migrate)


# -- files of the user ---------------------------------------------------------------------------------


def os_reason(error: OSError) -> str:
    reasons = {
        errno.EACCES: "accès refusé",
        errno.EPERM: "accès refusé",
        errno.ENOSPC: "plus de place sur le disque",
        errno.EROFS: "support en lecture seule",
        errno.EISDIR: "c'est un dossier",
        errno.ENOENT: "introuvable",
        errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    }
    return reasons.get(error.errno or 0, error.strerror or str(error))


def read_input(path_text: str) -> bytes:
    """The bytes of a file given on the command line, or a one-line UserError."""
    path = Path(path_text)
    if path.is_dir():
        raise UserError(f"{path} est un dossier : indiquez un fichier.")
    if not path.exists():
        raise UserError(f"Le fichier {path} n'existe pas.")
    try:
        return path.read_bytes()
    except OSError as error:
        raise UserError(f"Impossible de lire {path} : {os_reason(error)}.") from error


def output_path(path_text: str, locations: Locations) -> Path:
    """Where an export goes, checked before any work: an existing folder, a file name, and never the
    database itself, its journal files or the backups folder."""
    path = Path(path_text)
    resolved = path.expanduser().resolve()
    database = locations.sqlite_path
    if database is not None:
        protected = {database.resolve()} | {
            database.resolve().with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")
        }
        if resolved in protected:
            raise UserError(
                f"{path} est la base de données de CoopDesk : choisissez un autre nom de fichier."
            )
    if locations.backup_dir.resolve() in resolved.parents:
        raise UserError(f"{path} est dans le dossier des sauvegardes : choisissez un autre dossier.")
    folder = path.parent
    if not folder.exists():
        raise UserError(f"Le dossier {folder} n'existe pas : impossible d'y écrire {path.name}.")
    if not folder.is_dir():
        raise UserError(f"{folder} n'est pas un dossier : impossible d'y écrire {path.name}.")
    if path.is_dir():
        raise UserError(f"{path} est un dossier : indiquez un nom de fichier.")
    return path


def write_file(path: Path, data: bytes, *, private: bool = False) -> None:
    """The whole file or nothing (coopdesk.paths.write_atomically), an OS failure as one French line."""
    try:
        write_atomically(path, data, private=private)
    except OSError as error:
        raise UserError(f"Impossible d'écrire {path} : {os_reason(error)}.") from error


def plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count < 2 else plural}"
