"""Who changed what and when: a read-only table of change events, newest first.

Used by the application editor (tab History) and by the dialog of deleted applications. The labels of
fields and the values (money, dates, statuses, yes/no) are shown the French way; a value nobody
recorded reads as a dash.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import (
    ApplicationStatus,
    FunderKind,
    FunderLevel,
    FundingType,
    Recurrence,
    SubmissionPlatform,
)
from coopdesk.domain.history import ChangeEventRow, HistoryAction, HistoryEntity, ValueKind
from coopdesk.ui.formatting import NO_VALUE, date_text, money, status_label

COLUMNS = ("When", "Who", "Change", "Before", "After")


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryView", text)


def field_labels() -> dict[str, str]:
    """French names of the fields recorded (and of the editors' fields, for the conflict dialog)."""
    return {
        "title": _tr("Title"),
        "status": _tr("Status"),
        "project": _tr("Project"),
        "funder": _tr("Funder"),
        "call": _tr("Call for projects"),
        "owner": _tr("Owner"),
        "funding_type": _tr("Funding type"),
        "multi_year": _tr("Multi-year funding"),
        "year_amounts": _tr("Amounts per year"),
        "amount_requested_cents": _tr("Amount requested"),
        "amount_granted_cents": _tr("Amount granted"),
        "period_start": _tr("Funded period from"),
        "period_end": _tr("Funded period to"),
        "letter_of_intent_on": _tr("Letter of intent"),
        "deadline": _tr("Deadline"),
        "submitted_on": _tr("Submitted on"),
        "decision_on": _tr("Decision on"),
        "report_due_on": _tr("Report due on"),
        "report_filed_on": _tr("Report filed on"),
        "refusal_reason": _tr("Refusal reason"),
        "platform": _tr("Submitted through"),
        "notes": _tr("Notes"),
        "received_on": _tr("Received on"),
        "amount_cents": _tr("Amount"),
        "reference": _tr("Reference"),
        "name": _tr("Name"),
        "kind": _tr("Kind"),
        "level": _tr("Level"),
        "service": _tr("Department"),
        "street": _tr("Street"),
        "postal_code": _tr("Postal code"),
        "city": _tr("City"),
        "website": _tr("Website"),
        "archived": _tr("Archived"),
        "url": _tr("Web page"),
        "opens_on": _tr("Opens on"),
        "predeposit_on": _tr("Pre-filing by"),
        "amount_min_cents": _tr("Minimum amount"),
        "amount_max_cents": _tr("Maximum amount"),
        "rate_min_percent": _tr("Minimum rate"),
        "rate_max_percent": _tr("Maximum rate"),
        "eligibility": _tr("Eligibility"),
        "description": _tr("Description"),
        "recurrence": _tr("Recurrence"),
    }


def field_label(field: str) -> str:
    """The French name of a field; links are named as what they point to ("funder_id": Funder)."""
    name = field.removesuffix("_id") if field.endswith("_id") else field
    return field_labels().get(name, field)


def _enum_label(field: str, value: str) -> str:
    # Imported here: these label helpers import widgets that import this module.
    from coopdesk.ui.funder_labels import kind_label, level_label, platform_label
    from coopdesk.ui.table_models.call_table_model import funding_type_label, recurrence_label

    try:
        if field == "funding_type":
            return funding_type_label(FundingType(value))
        if field == "recurrence":
            return recurrence_label(Recurrence(value))
        if field == "platform":
            return platform_label(SubmissionPlatform(value))
        if field == "kind":
            return kind_label(FunderKind(value))
        if field == "level":
            return level_label(FunderLevel(value))
    except ValueError:  # a value of an older version of the program
        return value
    return value


def value_text(kind: ValueKind, field: str | None, value: str | None) -> str:
    """A recorded value the way the window shows it; NO_VALUE for none."""
    if value is None or value == "":
        return NO_VALUE
    try:
        if kind is ValueKind.MONEY:
            return money(int(value))
        if kind is ValueKind.DATE:
            return date_text(dt.date.fromisoformat(value))
        if kind is ValueKind.STATUS:
            return status_label(ApplicationStatus(value))
        if kind is ValueKind.BOOL:
            return _tr("Yes") if value == "true" else _tr("No")
        if kind is ValueKind.PERCENT:
            return f"{value}\u202f%"
    except ValueError:
        return value
    if kind is ValueKind.ENUM and field is not None:
        return _enum_label(field, value)
    return value.replace("\n", " ⏎ ")


def when_text(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{date_text(local.date())} {local:%H:%M}"


def change_text(event: ChangeEventRow) -> str:
    """What happened, in a few words: "Amount requested", "Payment: amount", "Deleted"…"""
    is_payment = event.entity is HistoryEntity.PAYMENT
    if event.field is None:
        texts = {
            HistoryAction.CREATED: _tr("Payment recorded") if is_payment else _tr("Created"),
            HistoryAction.DELETED: _tr("Payment deleted") if is_payment else _tr("Deleted"),
            HistoryAction.UPDATED: _tr("Changed"),
            HistoryAction.TRANSITION: _tr("Status"),
        }
        return texts[event.action]
    label = field_label(event.field)
    if is_payment:
        return _tr("Payment: %1").replace("%1", label.lower())
    return label


class HistoryView(QWidget):
    """The events given, newest first; an empty state says why there is nothing yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([_tr(title) for title in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            _tr("No change recorded yet: every save of this record will be listed here, with who made it.")
        )
        self.empty.setObjectName("historyEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._events: list[ChangeEventRow] = []
        self.set_events([])

    def set_events(self, events: Sequence[ChangeEventRow]) -> None:
        self._events = sorted(events, key=lambda event: (event.occurred_at, event.id), reverse=True)
        self.table.setRowCount(len(self._events))
        for number, event in enumerate(self._events):
            before = value_text(event.kind, event.field, event.old_value)
            after = value_text(event.kind, event.field, event.new_value)
            if event.field is None:
                before = after = ""
            for column, text in enumerate(
                (when_text(event.occurred_at), event.actor or NO_VALUE, change_text(event), before, after)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(number, column, item)
        self.table.setVisible(bool(self._events))
        self.empty.setVisible(not self._events)

    def events(self) -> list[ChangeEventRow]:
        return list(self._events)

    def row_texts(self) -> list[tuple[str, ...]]:
        """The cells as shown, row by row (for tests and copying)."""
        return [
            tuple(
                item.text() if (item := self.table.item(row, column)) is not None else ""
                for column in range(self.table.columnCount())
            )
            for row in range(self.table.rowCount())
        ]


def history_tab(statuses: QWidget, changes: HistoryView) -> QWidget:
    """The History tab of an editor: the statuses it went through above, every change below."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    for title, widget in ((_tr("Statuses"), statuses), (_tr("Every change"), changes)):
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        layout.addWidget(widget, 1)
        splitter.addWidget(box)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    return splitter
