"""The base of every dialog that creates or changes one record: one save model, nothing typed lost.

A dialog subclasses `EntityDialog`, builds its widgets and declares:

- `FIELDS`: the names of its fields, in the order of the form (each gets an error label,
  `self.error_labels[name]`, shown under the field by `self.cell(widget, name)`);
- `value()`: what the user typed, as the service's *Input dataclass;
- `save(data)`: create or update in **one service call** (one transaction) and return the saved row;
- `load(row)`: fill the widgets from a saved row (used at start and after a reload);
- optionally `fetch()` (the row as saved now, for a stale edit), `focus_widget(name)`, `names()`.

The base gives:

- `accept()` (Enregistrer, Ctrl+S, Ctrl+Entrée from anywhere, even inside a multi-line field): saves;
  FieldErrors are shown under their fields (the first one focused, its tab shown); StaleEdit opens the
  conflict dialog (reload the saved record, or go back to the editor with what was typed); NotFound and
  other expected errors are said in the dialog, which stays open with everything typed;
- `reject()` (Annuler, Échap, the window's close button): with unsaved changes, asks « Enregistrer /
  Abandonner / Continuer la saisie » (the default never discards); without changes, closes at once;
- `edit(parent, *args)`: the typed entry point, the saved row or None.

Unsaved changes are what `value()` returns now against what it returned when the dialog was filled
(`mark_clean()`); a dialog with sub-tables saved apart overrides `is_dirty()`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from coopdesk.domain.errors import CoopDeskError, FieldErrors, NotFound, StaleEdit
from coopdesk.ui.dialogs import conflict_dialog, message_box
from coopdesk.ui.error_messages import error_message, field_messages
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel, with_error_label

RowT = TypeVar("RowT")
InputT = TypeVar("InputT")
SAVE_SHORTCUTS: tuple[str, ...] = ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter")


class EntityDialog(QDialog, Generic[RowT, InputT]):
    FIELDS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, row: RowT | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = row
        self.saved: RowT | None = None
        self.error_labels: dict[str, FieldErrorLabel] = {name: FieldErrorLabel() for name in self.FIELDS}
        self.form_error = FieldErrorLabel()
        self.form_error.setObjectName("formError")
        self._initial: object = None
        self._closing = False
        for sequence in SAVE_SHORTCUTS:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.accept)

    # -- to provide ----------------------------------------------------------------------------------

    def value(self) -> InputT:
        raise NotImplementedError

    def save(self, data: InputT) -> RowT:
        raise NotImplementedError

    def load(self, row: RowT) -> None:
        """Fill the widgets from a saved row (after a reload: the editor shows what is saved)."""
        raise NotImplementedError

    def fetch(self) -> RowT | None:
        """The record as saved now (None: the dialog offers no reload, the stale edit is only said)."""
        return None

    def focus_widget(self, name: str) -> QWidget | None:
        """The widget of field `name`, focused when it is refused (None: nothing focused)."""
        return None

    def check_typed(self) -> dict[str, str]:
        """What cannot even be read (an amount that is not one…): field -> sentence; nothing is sent
        to the service while any is left."""
        return {}

    def snapshot(self) -> object:
        """What counts for unsaved changes: `value()`, or more when some typed text cannot be part
        of it (an amount not understood yet is still text that must not be lost)."""
        return self.value()

    def messages_for(self, errors: FieldErrors) -> dict[str, str]:
        """The sentence of each refused field (a dialog may say some in its own words)."""
        return field_messages(errors)

    def names(self) -> Mapping[str, Callable[[object], str]]:
        """How the conflict dialog names linked records (a funder's name for funder_id…)."""
        return {}

    # -- provided ------------------------------------------------------------------------------------

    @property
    def row(self) -> RowT | None:
        return self._row

    def cell(self, widget: QWidget, name: str) -> QWidget:
        """The field with its error label under it, hidden again as soon as it is edited."""
        return with_error_label(widget, self.error_labels[name])

    def mark_clean(self) -> None:
        """What the dialog shows now counts as saved (call it once the widgets are filled)."""
        self._initial = self.snapshot()

    def is_dirty(self) -> bool:
        return bool(self.snapshot() != self._initial)

    def clear_errors(self) -> None:
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()

    def show_field_errors(self, messages: Mapping[str, str]) -> None:
        """Each message under its field (others under the form), the first field focused and its tab
        shown."""
        for name, message in messages.items():
            self.error_labels.get(name, self.form_error).show_error(message)
        first = next((name for name in (*self.FIELDS, *messages) if name in messages), None)
        widget = self.focus_widget(first) if first is not None else None
        if widget is not None:
            _show_tab_of(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._make_room()

    def _make_room(self) -> None:
        """Taller when the messages need it (never smaller than the user made it)."""
        hint = self.sizeHint()
        if hint.height() > self.height():
            self.resize(self.width(), hint.height())

    def accept(self) -> None:
        """Save in one service call; the dialog stays open, with everything typed, when refused."""
        self.clear_errors()
        typed = self.check_typed()
        if typed:
            self.show_field_errors(typed)
            return
        try:
            data = self.value()
            self.saved = self.save(data)
        except FieldErrors as errors:
            self.show_field_errors(self.messages_for(errors))
            return
        except StaleEdit:
            self._stale_edit()
            return
        except (NotFound, CoopDeskError) as error:
            self.form_error.show_error(error_message(error))
            self._make_room()
            return
        self._initial = self.snapshot()
        super().accept()

    def _stale_edit(self) -> None:
        """Someone else saved this record: nothing was overwritten. Reload, or keep editing."""
        try:
            fresh = self.fetch()
        except NotFound as error:
            self.form_error.show_error(error_message(error))
            return
        if fresh is None:
            self.form_error.show_error(error_message(StaleEdit("record", 0)))
            self._make_room()
            return
        found = conflict_dialog.differences(self.value(), fresh, self.names())
        if conflict_dialog.resolve_conflict(self, found):
            self._row = fresh
            self.load(fresh)
            self.mark_clean()

    def reject(self) -> None:
        """Annuler, Échap: with unsaved changes, ask first (the default button saves)."""
        if self.is_dirty():
            choice = message_box.save_discard_cancel(
                self,
                QCoreApplication.translate("EntityDialog", "Unsaved changes"),
                QCoreApplication.translate(
                    "EntityDialog", "Save your changes before closing? Otherwise what you typed is lost."
                ),
            )
            if choice is message_box.SaveChoice.SAVE:
                self.accept()
                return
            if choice is message_box.SaveChoice.CANCEL:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button goes through `reject` (and its question)."""
        if self.result() == QDialog.DialogCode.Accepted or not self.isVisible():
            event.accept()
            return
        event.ignore()
        self.reject()

    @classmethod
    def run(cls, dialog: EntityDialog[Any, Any]) -> Any:
        """Show `dialog` modally; the saved row, or None when closed without saving."""
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved
            return None
        finally:
            dialog.deleteLater()


def _show_tab_of(widget: QWidget) -> None:
    """Make the tab holding `widget` current, in every tab widget it is nested in."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QTabWidget):
            for index in range(ancestor.count()):
                page = ancestor.widget(index)
                if page is not None and (page is widget or page.isAncestorOf(widget)):
                    ancestor.setCurrentIndex(index)
                    break
        ancestor = ancestor.parentWidget()
