"""Typed errors of CoopDesk. They carry data, never user-facing sentences.

The window (ui/), the command line (cli.py) and the reports translate them where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Errors are not frozen dataclasses: Python assigns __traceback__ on an exception as it travels.


class CoopDeskError(Exception):
    """Base of every error CoopDesk expects and explains to the user."""


class InvalidValueCode(StrEnum):
    """Why a typed value was refused: each code has a French sentence in the ui and the cli."""

    REQUIRED = "required"
    BAD_LENGTH = "bad_length"
    NOT_DIGITS = "not_digits"
    BAD_CHECKSUM = "bad_checksum"
    BAD_FORMAT = "bad_format"
    BAD_COUNTRY = "bad_country"
    NEGATIVE = "negative"
    TOO_MANY_DECIMALS = "too_many_decimals"
    TOO_LARGE = "too_large"
    BAD_DATE = "bad_date"
    OUT_OF_RANGE = "out_of_range"
    TOO_LONG = "too_long"
    DOES_NOT_ADD_UP = "does_not_add_up"


@dataclass(unsafe_hash=True)
class InvalidValue(CoopDeskError):
    """A value typed by the user that a rule refuses. `kind` names the rule (siret, money, date…)."""

    kind: str
    value: str
    code: InvalidValueCode

    def __str__(self) -> str:
        return f"invalid {self.kind} {self.value!r}: {self.code.value}"


@dataclass(unsafe_hash=True)
class YearsDoNotAddUp(InvalidValue):
    """The amounts per year of a multi-year grant (`years_total_cents`) differ from the amount granted
    (`granted_cents`). `kind` is "year_amounts" when the years were typed, "amount_granted" when the
    decision was."""

    years_total_cents: int = 0
    granted_cents: int = 0


@dataclass(eq=False)
class FieldErrors(CoopDeskError):
    """Several fields of one form refused at once: field name -> error."""

    errors: dict[str, InvalidValue]

    def __str__(self) -> str:
        return "; ".join(f"{name}: {error}" for name, error in self.errors.items())


@dataclass(unsafe_hash=True)
class ForbiddenTransition(CoopDeskError):
    current: str
    target: str

    def __str__(self) -> str:
        return f"transition {self.current} -> {self.target} is not allowed"


@dataclass(unsafe_hash=True)
class StaleEdit(CoopDeskError):
    """Someone else saved the same record since it was read: nothing was overwritten."""

    entity: str
    entity_id: int

    def __str__(self) -> str:
        return f"{self.entity} {self.entity_id} was changed elsewhere"


@dataclass(unsafe_hash=True)
class NotFound(CoopDeskError):
    entity: str
    entity_id: int

    def __str__(self) -> str:
        return f"{self.entity} {self.entity_id} not found"


@dataclass(unsafe_hash=True)
class InUse(CoopDeskError):
    """A record others depend on cannot be deleted (e.g. a volunteer with time entries)."""

    entity: str
    entity_id: int
    used_by: str

    def __str__(self) -> str:
        return f"{self.entity} {self.entity_id} is used by {self.used_by}"


class DatabaseProblem(CoopDeskError):
    """Base of the problems met while opening a database."""


@dataclass(unsafe_hash=True)
class DataDirUnusable(DatabaseProblem):
    path: str
    reason: str  # "missing" | "not_a_directory" | "not_writable"

    def __str__(self) -> str:
        return f"data folder {self.path}: {self.reason}"


@dataclass(unsafe_hash=True)
class NotADatabase(DatabaseProblem):
    path: str

    def __str__(self) -> str:
        return f"{self.path} is not a CoopDesk database"


@dataclass(unsafe_hash=True)
class DatabaseTooNew(DatabaseProblem):
    """The database was written by a newer CoopDesk: refused, nothing migrated."""

    location: str
    revision: str

    def __str__(self) -> str:
        return f"{self.location} was written by a newer CoopDesk (schema {self.revision})"


@dataclass(unsafe_hash=True)
class DatabaseUnreachable(DatabaseProblem):
    location: str  # never contains a password
    detail: str

    def __str__(self) -> str:
        return f"cannot connect to {self.location}: {self.detail}"


# Detail of DatabaseUnreachable for a URL other than sqlite:///FILE or postgresql+psycopg://…
UNSUPPORTED_URL = "unsupported_url"


@dataclass(unsafe_hash=True)
class DatabaseMissing(DatabaseProblem):
    """A command that needs an existing database was given a path where none exists."""

    location: str

    def __str__(self) -> str:
        return f"no database at {self.location}"


@dataclass(unsafe_hash=True)
class DatabaseNotEmpty(CoopDeskError):
    """Demo data goes only into an empty database."""

    location: str

    def __str__(self) -> str:
        return f"{self.location} already holds data"
