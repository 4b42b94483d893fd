"""Frozen rows: what services return and widgets display. Never ORM objects.

Money is integer cents, dates are `datetime.date`, instants are aware UTC datetimes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coopdesk.domain.enums import ApplicationStatus, DeadlineKind


@dataclass(frozen=True)
class AssociationProfile:
    """The association's identity, as printed on every application pack."""

    name: str
    acronym: str = ""
    purpose: str = ""
    siret: str = ""
    rna: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    legal_representative: str = ""
    legal_representative_role: str = ""
    treasurer: str = ""
    iban: str = ""
    bic: str = ""
    fiscal_year_end_month: int = 12
    fiscal_year_end_day: int = 31
    volunteers_count: int = 0
    employees_count: int = 0
    employees_fte: str = ""
    accreditations: str = ""
    version: int = 0  # 0: never saved


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    active: bool = True
    version: int = 0


@dataclass(frozen=True)
class VolunteerInput:
    """What the volunteer editor sends: no id for a new volunteer."""

    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    active: bool = True


@dataclass(frozen=True)
class DeadlineRow:
    """Something due on a date: a submission, a report, a call closing, a follow-up, a piece expiring."""

    kind: DeadlineKind
    due_on: dt.date
    title: str
    funder_name: str
    entity: str  # "application", "call", "interaction", "document"
    entity_id: int
    year: int | None = None  # the year of a multi-year grant whose compte rendu this is


@dataclass(frozen=True)
class StatusCount:
    status: ApplicationStatus
    count: int
    requested_cents: int


@dataclass(frozen=True)
class DashboardSummary:
    association_name: str
    year: int
    requested_cents: int  # applications submitted this year
    granted_cents: int  # decided this year
    paid_cents: int  # payments received this year
    decided_count: int
    refused_count: int
    deadlines: tuple[DeadlineRow, ...]
    status_counts: tuple[StatusCount, ...] = field(default_factory=tuple)

    @property
    def refusal_rate_percent(self) -> int | None:
        if not self.decided_count:
            return None
        return round(100 * self.refused_count / self.decided_count)


@dataclass(frozen=True)
class DatabaseInfo:
    """Where the data lives, for the Paramètres page and `coopdesk check`."""

    location: str
    dialect: str  # "sqlite" or "postgresql"
    schema_revision: str | None
    data_dir: str
    backup_dir: str


@dataclass(frozen=True)
class DemoSummary:
    """What `coopdesk demo` wrote."""

    funders: int
    contacts: int
    interactions: int
    calls: int
    projects: int
    applications: int
    text_blocks: int
    documents: int
    time_entries: int
