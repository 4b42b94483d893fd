"""Someone else saved the record while this editor was open: nothing was overwritten.

`resolve_conflict(parent, differences, last_change) -> bool` asks what to do: True to reload the saved
record (the editor's changes are abandoned), False to go back to the editor (to copy a text, say).
The user can first see, field by field, their value and the value now saved. Editors call it through
the module (`conflict_dialog.resolve_conflict`), so that tests can replace it.

`differences(mine, saved, …)` compares what the editor would send (an *Input dataclass) with the row
now saved (the *Row of the same record), on the fields both have.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.history import ChangeEventRow, ValueKind
from coopdesk.ui.formatting import NO_VALUE, date_text, money
from coopdesk.ui.widgets.history_view import distinct_parts, field_label, value_text, when_text

IGNORED_FIELDS = frozenset({"id", "version"})


@dataclass(frozen=True)
class FieldDifference:
    field: str
    label: str
    mine: str
    saved: str


def describe(field: str, value: object) -> str:
    """A value of an editor the way the window shows it."""
    if value is None or value == "":
        return NO_VALUE
    if isinstance(value, bool):
        return value_text(ValueKind.BOOL, field, "true" if value else "false")
    if isinstance(value, int) and field.endswith("_cents"):
        return money(value)
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, StrEnum):
        return value_text(ValueKind.ENUM, field, value.value)
    if field == "year_amounts" and isinstance(value, tuple):
        return "; ".join(f"{year}\u00a0: {money(cents)}" for year, cents in value) or NO_VALUE
    if field == "year_reports_filed" and isinstance(value, tuple):
        return "; ".join(f"{year}\u00a0: {date_text(day)}" for year, day in value) or NO_VALUE
    return str(value)


def differences(
    mine: object,
    saved: object,
    names: Mapping[str, Callable[[object], str]] | None = None,
) -> list[FieldDifference]:
    """The fields of `mine` (a dataclass) whose value differs from the attribute of that name of
    `saved`, in `mine`'s order. `names[field]` describes a value of that field (a linked record's
    name for an id); other values go through `describe`."""
    found = []
    for field in dataclasses.fields(mine):  # type: ignore[arg-type]
        name = field.name
        if name in IGNORED_FIELDS or not hasattr(saved, name):
            continue
        mine_value, saved_value = getattr(mine, name), getattr(saved, name)
        if _same(mine_value, saved_value):
            continue
        text = (names or {}).get(name)
        if text is None:
            mine_text, saved_text = describe(name, mine_value), describe(name, saved_value)
        else:
            mine_text, saved_text = text(mine_value), text(saved_value)
        found.append(FieldDifference(name, field_label(name), mine_text, saved_text))
    return found


def combo_names(combo: QComboBox) -> Callable[[object], str]:
    """Describe an id by the text its combo box shows for it (a funder's name…)."""

    def name(value: object) -> str:
        index = combo.findData(value)
        return NO_VALUE if value is None or index < 0 else combo.itemText(index)

    return name


def _same(mine: object, saved: object) -> bool:
    if isinstance(mine, str) and isinstance(saved, str):
        return mine.strip() == saved.strip()
    if mine in ("", None) and saved in ("", None):
        return True
    return mine == saved


class ConflictDialog(QDialog):
    """The message, who saved last, and the differences (shown on demand)."""

    def __init__(
        self,
        found: Sequence[FieldDifference],
        last_change: ChangeEventRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.reload_chosen = False
        self._found = list(found)

        message = QLabel(self.tr("Someone else changed this record while you were editing it."))
        message.setObjectName("conflictMessage")
        message.setWordWrap(True)
        font = message.font()
        font.setBold(True)
        message.setFont(font)
        details = QLabel(self._details_text(last_change))
        details.setObjectName("conflictDetails")
        details.setWordWrap(True)

        self.table = QTableWidget(len(self._found), 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your value"), self.tr("Value now saved")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for number, difference in enumerate(self._found):
            mine, saved = distinct_parts(difference.mine, difference.saved)
            full = (difference.label, difference.mine, difference.saved)
            for column, text in enumerate((difference.label, mine, saved)):
                item = QTableWidgetItem(text)
                item.setToolTip(full[column])
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(False)

        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(self.tr("Reload (discard my changes)"))
        self.reload_button.setObjectName("reloadButton")
        self.differences_button = QPushButton(self.tr("See the differences"))
        self.differences_button.setObjectName("differencesButton")
        self.differences_button.setCheckable(True)
        self.differences_button.setEnabled(bool(self._found))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.differences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button.clicked.connect(self._reload)
        self.differences_button.toggled.connect(self.show_differences)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(details)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _details_text(self, last_change: ChangeEventRow | None) -> str:
        if not self._found:
            summary = self.tr("Your values are the same as the saved ones; reload to go on editing.")
        else:
            summary = self.tr("Fields that differ: %1.").replace(
                "%1", ", ".join(difference.label for difference in self._found)
            )
        if last_change is None:
            return summary
        who = last_change.actor or NO_VALUE
        saved = (
            self.tr("Last saved by %1 on %2.")
            .replace("%1", who)
            .replace("%2", when_text(last_change.occurred_at))
        )
        return f"{saved}\n{summary}"

    def show_differences(self, shown: bool = True) -> None:
        self.table.setVisible(shown)
        self.differences_button.setText(
            self.tr("Hide the differences") if shown else self.tr("See the differences")
        )
        if shown:
            self.resize(max(self.width(), 720), max(self.height(), 200 + 30 * min(len(self._found), 10)))

    def _reload(self) -> None:
        self.reload_chosen = True
        self.accept()

    def differences(self) -> list[FieldDifference]:
        return list(self._found)


def resolve_conflict(
    parent: QWidget | None,
    found: Sequence[FieldDifference],
    last_change: ChangeEventRow | None = None,
) -> bool:
    """Show the dialog; True when the user chose to reload the saved record."""
    dialog = ConflictDialog(found, last_change, parent)
    dialog.exec()
    return dialog.reload_chosen
