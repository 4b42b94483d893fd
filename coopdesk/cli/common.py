"""What every command of the command line shares: the parser, user errors, the user's files."""

from __future__ import annotations

import argparse
import contextvars
import errno
import functools
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final, NoReturn, ParamSpec, TypeVar

from coopdesk.paths import Locations, write_atomically
from coopdesk.services.service_registry import ServiceRegistry

EXIT_OK, EXIT_ERROR = 0, 1


class UserError(Exception):
    """A problem the user can fix; its text is printed as is."""


# -- argparse in French ---------------------------------------------------------------------------------
# argparse looks every text it shows up through its module-level `_` and `ngettext` (gettext). They are
# replaced once, here, by functions that answer in French while a Parser is at work (building itself,
# parsing, formatting its help) and leave any other use of argparse in the process untouched.

_ARGPARSE_FRENCH: Final[dict[str, str]] = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "optional arguments": "options",
    "subcommands": "commandes",
    "show this help message and exit": "affiche cette aide et quitte",
    "show program's version number and exit": "affiche le numéro de version et quitte",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "indiquez l'un des arguments %s",
    "not allowed with argument %s": "impossible avec l'argument %s",
    "ignored explicit argument %r": "valeur inattendue : %s",
    "expected one argument": "une valeur attendue",
    "expected at most one argument": "une valeur au plus attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner "
    "%(matches)s",
    "unexpected option string: %s": "option inattendue : %s",
    "invalid %(type)s value: %(value)r": "valeur invalide « %(value)s »",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide « %(value)s » "
    "(choix possibles : %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "commande inconnue « %(parser_name)s » "
    "(commandes : %(choices)s)",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
}
_ARGPARSE_FRENCH_PLURALS: Final[dict[str, tuple[str, str]]] = {
    "expected %s argument": ("%s valeur attendue", "%s valeurs attendues"),
}

_french_argparse: contextvars.ContextVar[bool] = contextvars.ContextVar("french_argparse", default=False)
_english_gettext: Callable[[str], str] = argparse._  # type: ignore[attr-defined]
_english_ngettext: Callable[[str, str, int], str] = argparse.ngettext  # type: ignore[attr-defined]


def _argparse_gettext(message: str) -> str:
    if _french_argparse.get():
        return _ARGPARSE_FRENCH.get(message, message)
    return _english_gettext(message)


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    french = _ARGPARSE_FRENCH_PLURALS.get(singular)
    if french is not None and _french_argparse.get():
        return french[0] if count < 2 else french[1]
    return _english_ngettext(singular, plural, count)


argparse._ = _argparse_gettext  # type: ignore[attr-defined]
argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _in_french(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """The method, with argparse speaking French while it runs."""

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        token = _french_argparse.set(True)
        try:
            return method(*args, **kwargs)
        finally:
            _french_argparse.reset(token)

    return wrapper


class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with the French space before the colon of section titles ("options :")."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(f"{heading} " if heading else heading)


class Parser(argparse.ArgumentParser):
    """An argparse parser whose every text is French; a usage error prints the usage line and one French
    line, and exits with code 1."""

    @_in_french
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    @_in_french
    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        if kwargs.get("action") == "version":  # its default help is not looked up through gettext
            kwargs.setdefault("help", "affiche le numéro de version et quitte")
        return super().add_argument(*args, **kwargs)

    @_in_french
    def add_subparsers(self, **kwargs: Any) -> argparse._SubParsersAction:  # type: ignore[type-arg]
        return super().add_subparsers(**kwargs)

    @_in_french
    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        return super().parse_known_args(args, namespace)

    @_in_french
    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        return super().parse_args(args, namespace)

    @_in_french
    def format_usage(self) -> str:
        return super().format_usage()

    @_in_french
    def format_help(self) -> str:
        return super().format_help()

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        """An unknown choice between French quotation marks, the choices listed without Python quotes."""
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(str(choice) for choice in action.choices)
            raise argparse.ArgumentError(action, f"choix invalide « {value} » (choix possibles : {choices})")

    @_in_french
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


# -- French typography of the messages (not of the tab-separated lists, which are for scripts) --------
# U+00A0 (no-break space) and not U+202F: it is also in the code pages of a Windows console (cp850,
# cp1252), where output redirected to a file is encoded.

NO_BREAK_SPACE: Final = "\u00a0"


def integer(value: int) -> str:
    """ "1 162": thousands grouped by a no-break space."""
    return f"{value:,}".replace(",", NO_BREAK_SPACE)


def number_sign(value: int) -> str:
    """ "n° 11", never cut at the end of a line."""
    return f"n°{NO_BREAK_SPACE}{value}"


def quoted(text: str) -> str:
    """ "« text »", with no-break spaces inside the guillemets."""
    return f"«{NO_BREAK_SPACE}{text}{NO_BREAK_SPACE}»"


def plural(count: int, singular: str, plural: str) -> str:
    return f"{integer(count)} {singular if count < 2 else plural}"
