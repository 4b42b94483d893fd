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
    RequestObject,
    SubmissionPlatform,
)
from coopdesk.domain.history import ChangeEventRow, HistoryAction, HistoryEntity, ValueKind
from coopdesk.ui.formatting import NO_VALUE, date_text, money, status_label


def field_labels() -> dict[str, str]:
    """French names of the fields recorded (and of the editors' fields, for the conflict dialog)."""
    return {
        "title": QCoreApplication.translate("HistoryView", "Title"),
        "status": QCoreApplication.translate("HistoryView", "Status"),
        "project": QCoreApplication.translate("HistoryView", "Project"),
        "funder": QCoreApplication.translate("HistoryView", "Funder"),
        "call": QCoreApplication.translate("HistoryView", "Call for projects"),
        "owner": QCoreApplication.translate("HistoryView", "Owner"),
        "funding_type": QCoreApplication.translate("HistoryView", "Funding type"),
        "request_object": QCoreApplication.translate("HistoryView", "Purpose of the request"),
        "in_kind": QCoreApplication.translate("HistoryView", "Aid in kind"),
        "multi_year": QCoreApplication.translate("HistoryView", "Multi-year funding"),
        "year_amounts": QCoreApplication.translate("HistoryView", "Amounts per year"),
        "year_reports_filed": QCoreApplication.translate("HistoryView", "Yearly reports filed"),
        "amount_requested_cents": QCoreApplication.translate("HistoryView", "Amount requested"),
        "amount_granted_cents": QCoreApplication.translate("HistoryView", "Amount granted"),
        "period_start": QCoreApplication.translate("HistoryView", "Funded period from"),
        "period_end": QCoreApplication.translate("HistoryView", "Funded period to"),
        "letter_of_intent_on": QCoreApplication.translate("HistoryView", "Letter of intent"),
        "deadline": QCoreApplication.translate("HistoryView", "Deadline"),
        "submitted_on": QCoreApplication.translate("HistoryView", "Submitted on"),
        "decision_on": QCoreApplication.translate("HistoryView", "Decision on"),
        "report_due_on": QCoreApplication.translate("HistoryView", "Report due on"),
        "report_filed_on": QCoreApplication.translate("HistoryView", "Report filed on"),
        "refusal_reason": QCoreApplication.translate("HistoryView", "Refusal reason"),
        "platform": QCoreApplication.translate("HistoryView", "Submitted through"),
        "notes": QCoreApplication.translate("HistoryView", "Notes"),
        "received_on": QCoreApplication.translate("HistoryView", "Received on"),
        "amount_cents": QCoreApplication.translate("HistoryView", "Amount"),
        "reference": QCoreApplication.translate("HistoryView", "Reference"),
        "name": QCoreApplication.translate("HistoryView", "Name"),
        "kind": QCoreApplication.translate("HistoryView", "Kind"),
        "level": QCoreApplication.translate("HistoryView", "Level"),
        "service": QCoreApplication.translate("HistoryView", "Department"),
        "street": QCoreApplication.translate("HistoryView", "Street"),
        "postal_code": QCoreApplication.translate("HistoryView", "Postal code"),
        "city": QCoreApplication.translate("HistoryView", "City"),
        "website": QCoreApplication.translate("HistoryView", "Website"),
        "archived": QCoreApplication.translate("HistoryView", "Archived"),
        "url": QCoreApplication.translate("HistoryView", "Web page"),
        "opens_on": QCoreApplication.translate("HistoryView", "Opens on"),
        "predeposit_on": QCoreApplication.translate("HistoryView", "Pre-filing by"),
        "amount_min_cents": QCoreApplication.translate("HistoryView", "Minimum amount"),
        "amount_max_cents": QCoreApplication.translate("HistoryView", "Maximum amount"),
        "rate_min_percent": QCoreApplication.translate("HistoryView", "Minimum rate"),
        "rate_max_percent": QCoreApplication.translate("HistoryView", "Maximum rate"),
        "eligibility": QCoreApplication.translate("HistoryView", "Eligibility"),
        "description": QCoreApplication.translate("HistoryView", "Description"),
        "recurrence": QCoreApplication.translate("HistoryView", "Recurrence"),
    }


def field_label(field: str) -> str:
    """The French name of a field; links are named as what they point to ("funder_id": Funder)."""
    name = field.removesuffix("_id") if field.endswith("_id") else field
    return field_labels().get(name, field)


def _enum_label(field: str, value: str) -> str:
    # Imported here: these label helpers import widgets that import this module.
    from coopdesk.ui.formatting import request_object_label
    from coopdesk.ui.funder_labels import kind_label, level_label, platform_label
    from coopdesk.ui.table_models.call_table_model import funding_type_label, recurrence_label

    try:
        if field == "funding_type":
            return funding_type_label(FundingType(value))
        if field == "recurrence":
            return recurrence_label(Recurrence(value))
        if field == "request_object":
            return request_object_label(RequestObject(value))
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
            return (
                QCoreApplication.translate("HistoryView", "Yes")
                if value == "true"
                else QCoreApplication.translate("HistoryView", "No")
            )
        if kind is ValueKind.PERCENT:
            return f"{value}\u202f%"
    except ValueError:
        return value
    if kind is ValueKind.ENUM and field is not None:
        return _enum_label(field, value)
    return value.replace("\n", " ⏎ ")


def distinct_parts(before: str, after: str, *, keep: int = 12) -> tuple[str, str]:
    """Two long texts that start alike, shown from a little before where they differ ("…par
    téléphone."), so that a change at the end of a long note can be seen in a narrow column."""
    common = next(
        (index for index, (one, other) in enumerate(zip(before, after, strict=False)) if one != other),
        min(len(before), len(after)),
    )
    if common <= keep + 8 or min(len(before), len(after)) < 40:
        return before, after
    cut = before.rfind(" ", 0, common - keep) + 1 or common - keep
    return "…" + before[cut:], "…" + after[cut:]


def when_text(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{date_text(local.date())} {local:%H:%M}"


def change_text(event: ChangeEventRow) -> str:
    """What happened, in a few words: "Amount requested", "Payment: amount", "Deleted"…"""
    is_payment = event.entity is HistoryEntity.PAYMENT
    if event.field is None:
        texts = {
            HistoryAction.CREATED: QCoreApplication.translate("HistoryView", "Payment recorded")
            if is_payment
            else QCoreApplication.translate("HistoryView", "Created"),
            HistoryAction.DELETED: QCoreApplication.translate("HistoryView", "Payment deleted")
            if is_payment
            else QCoreApplication.translate("HistoryView", "Deleted"),
            HistoryAction.UPDATED: QCoreApplication.translate("HistoryView", "Changed"),
            HistoryAction.TRANSITION: QCoreApplication.translate("HistoryView", "Status"),
        }
        return texts[event.action]
    label = field_label(event.field)
    if is_payment:
        return QCoreApplication.translate("HistoryView", "Payment: %1").replace("%1", label.lower())
    return label


def _lines(events: Sequence[ChangeEventRow]) -> list[tuple[ChangeEventRow, str, str]]:
    """(event, before, after) per line: the field values of a creation or a deletion are joined on
    the line of the creation or deletion itself."""
    heads: dict[tuple[HistoryEntity, int, HistoryAction], ChangeEventRow] = {
        (event.entity, event.entity_id, event.action): event
        for event in events
        if event.field is None and event.action in (HistoryAction.CREATED, HistoryAction.DELETED)
    }
    kept: dict[int, list[str]] = {}
    lines: list[tuple[ChangeEventRow, str, str]] = []
    for event in events:
        head = heads.get((event.entity, event.entity_id, event.action))
        if event.field is not None and head is not None and head.occurred_at == event.occurred_at:
            value = event.new_value if event.action is HistoryAction.CREATED else event.old_value
            kept.setdefault(head.id, []).append(
                f"{field_label(event.field)}\u00a0: {value_text(event.kind, event.field, value)}"
            )
            continue
        before = value_text(event.kind, event.field, event.old_value) if event.field else ""
        after = value_text(event.kind, event.field, event.new_value) if event.field else ""
        lines.append((event, *distinct_parts(before, after)))
    result = []
    for event, before, after in lines:
        if event.id in kept:
            values = " ; ".join(reversed(kept[event.id]))  # events are newest first
            before, after = ("", values) if event.action is HistoryAction.CREATED else (values, "")
        result.append((event, before, after))
    return result


class HistoryView(QWidget):
    """The events given, newest first; an empty state says why there is nothing yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles = [
            QCoreApplication.translate("HistoryView", "When"),
            QCoreApplication.translate("HistoryView", "Who"),
            QCoreApplication.translate("HistoryView", "Change"),
            QCoreApplication.translate("HistoryView", "Before"),
            QCoreApplication.translate("HistoryView", "After"),
        ]
        self.table = QTableWidget(0, len(titles))
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            QCoreApplication.translate(
                "HistoryView",
                "No change recorded yet: every save of this record will be listed here, with who made it.",
            )
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
        """Show the events, newest first; the values a creation or a deletion recorded go on its line
        ("Payment recorded", after: "Received on : 05/10/2026 ; Amount : 2 500,00 €")."""
        self._events = sorted(events, key=lambda event: (event.occurred_at, event.id), reverse=True)
        lines = _lines(self._events)
        self.table.setRowCount(len(lines))
        for number, (event, before, after) in enumerate(lines):
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
    for title, widget in (
        (QCoreApplication.translate("HistoryView", "Statuses"), statuses),
        (QCoreApplication.translate("HistoryView", "Every change"), changes),
    ):
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        layout.addWidget(widget, 1)
        splitter.addWidget(box)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes([120, 280])
    splitter.setChildrenCollapsible(False)
    return splitter
