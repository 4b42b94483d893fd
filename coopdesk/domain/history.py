"""The history of changes: who changed what and when, kept when a record is deleted.

Values travel as text so that one table holds every kind: money as cents ("150000"), dates as ISO
("2026-03-31"), enums as their value ("granted"), booleans as "true"/"false", None for "no value".
`ValueKind` says how the window and the command line show each field.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from enum import StrEnum


class HistoryEntity(StrEnum):
    APPLICATION = "application"
    PAYMENT = "payment"
    FUNDER = "funder"
    CALL = "call"


class HistoryAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    TRANSITION = "transition"  # a change of status
    DELETED = "deleted"


class ValueKind(StrEnum):
    TEXT = "text"
    MONEY = "money"  # cents
    DATE = "date"  # ISO
    STATUS = "status"  # ApplicationStatus value
    BOOL = "bool"
    ENUM = "enum"  # another enum's value, shown as is (or labelled by the window)
    PERCENT = "percent"


# Which fields are recorded, per entity, and how their values read. Names are the table columns,
# except links ("funder", "project"…) which record the name of what is linked at the time.
TRACKED_FIELDS: dict[HistoryEntity, dict[str, ValueKind]] = {
    HistoryEntity.APPLICATION: {
        "title": ValueKind.TEXT,
        "status": ValueKind.STATUS,
        "project": ValueKind.TEXT,
        "funder": ValueKind.TEXT,
        "call": ValueKind.TEXT,
        "owner": ValueKind.TEXT,
        "funding_type": ValueKind.ENUM,
        "request_object": ValueKind.ENUM,
        "in_kind": ValueKind.BOOL,
        "multi_year": ValueKind.BOOL,
        "amount_requested_cents": ValueKind.MONEY,
        "amount_granted_cents": ValueKind.MONEY,
        "period_start": ValueKind.DATE,
        "period_end": ValueKind.DATE,
        "letter_of_intent_on": ValueKind.DATE,
        "deadline": ValueKind.DATE,
        "submitted_on": ValueKind.DATE,
        "decision_on": ValueKind.DATE,
        "report_due_on": ValueKind.DATE,
        "report_filed_on": ValueKind.DATE,
        "refusal_reason": ValueKind.TEXT,
        "platform": ValueKind.ENUM,
        "notes": ValueKind.TEXT,
    },
    HistoryEntity.PAYMENT: {
        "received_on": ValueKind.DATE,
        "amount_cents": ValueKind.MONEY,
        "reference": ValueKind.TEXT,
    },
    HistoryEntity.FUNDER: {
        "name": ValueKind.TEXT,
        "kind": ValueKind.ENUM,
        "level": ValueKind.ENUM,
        "service": ValueKind.TEXT,
        "street": ValueKind.TEXT,
        "postal_code": ValueKind.TEXT,
        "city": ValueKind.TEXT,
        "website": ValueKind.TEXT,
        "platform": ValueKind.ENUM,
        "notes": ValueKind.TEXT,
        "archived": ValueKind.BOOL,
    },
    HistoryEntity.CALL: {
        "title": ValueKind.TEXT,
        "funder": ValueKind.TEXT,
        "reference": ValueKind.TEXT,
        "url": ValueKind.TEXT,
        "opens_on": ValueKind.DATE,
        "predeposit_on": ValueKind.DATE,
        "deadline": ValueKind.DATE,
        "amount_min_cents": ValueKind.MONEY,
        "amount_max_cents": ValueKind.MONEY,
        "rate_min_percent": ValueKind.PERCENT,
        "rate_max_percent": ValueKind.PERCENT,
        "funding_type": ValueKind.ENUM,
        "multi_year": ValueKind.BOOL,
        "eligibility": ValueKind.TEXT,
        "description": ValueKind.TEXT,
        "recurrence": ValueKind.ENUM,
        "archived": ValueKind.BOOL,
    },
}

# What a deletion keeps besides the label: enough to know what was lost.
KEPT_ON_DELETE: dict[HistoryEntity, tuple[str, ...]] = {
    HistoryEntity.APPLICATION: (
        "status",
        "funder",
        "project",
        "amount_requested_cents",
        "amount_granted_cents",
        "deadline",
        "submitted_on",
        "decision_on",
    ),
    HistoryEntity.PAYMENT: ("received_on", "amount_cents", "reference"),
    HistoryEntity.FUNDER: ("kind", "city"),
    HistoryEntity.CALL: ("funder", "deadline"),
}

# What a creation records besides the label. A record may be written already decided (demonstration
# data, a copy from another tool): its decision, amount and dates are part of its first line.
KEPT_ON_CREATE: dict[HistoryEntity, tuple[str, ...]] = {
    HistoryEntity.APPLICATION: (
        "status",
        "funder",
        "amount_requested_cents",
        "deadline",
        "submitted_on",
        "decision_on",
        "amount_granted_cents",
        "refusal_reason",
        "report_filed_on",
    ),
    HistoryEntity.PAYMENT: ("received_on", "amount_cents", "reference"),
    HistoryEntity.FUNDER: ("kind",),
    HistoryEntity.CALL: ("funder", "deadline"),
}


def value_kind(entity: HistoryEntity, field: str | None) -> ValueKind:
    if field is None:
        return ValueKind.TEXT
    return TRACKED_FIELDS.get(entity, {}).get(field, ValueKind.TEXT)


def to_text(value: object) -> str | None:
    """The stored text of a value: None stays None; cents, dates, enums, booleans as described above."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def default_actor() -> str:
    """Who is working: the login name of the computer's user (each PC of an office has its own)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (some services, containers)
        return ""


@dataclass(frozen=True)
class ChangeEventRow:
    id: int
    occurred_at: dt.datetime  # UTC, aware
    actor: str
    entity: HistoryEntity
    entity_id: int
    entity_label: str
    action: HistoryAction
    field: str | None
    old_value: str | None
    new_value: str | None
    parent_entity: HistoryEntity | None = None
    parent_id: int | None = None

    @property
    def kind(self) -> ValueKind:
        return value_kind(self.entity, self.field)


@dataclass(frozen=True)
class DeletedRecordRow:
    """A deleted record: its label, when and by whom it went. `deletion_event_id` finds its events."""

    deletion_event_id: int
    entity: HistoryEntity
    entity_id: int
    entity_label: str
    deleted_at: dt.datetime
    deleted_by: str


@dataclass(frozen=True)
class PastChange:
    """A change that happened before it was written (demonstration data written in its final state):
    written as given, with its own instant and author. Values as for `to_text`."""

    occurred_at: dt.datetime  # aware
    actor: str
    entity: HistoryEntity
    entity_id: int
    entity_label: str
    action: HistoryAction
    field: str | None = None
    old_value: object = None
    new_value: object = None
    parent_entity: HistoryEntity | None = None
    parent_id: int | None = None
