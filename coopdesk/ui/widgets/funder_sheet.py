"""A funder's sheet: identity, contacts, calls, applications with totals per year, exchanges.

Shown beside the funders list; its actions (new contact, erase a person, new exchange…) go through the
services, then the sheet reloads and says `changed` so that the list can reload too.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError, NotFound, StaleEdit
from coopdesk.domain.funders import ContactRow, FunderSheet, InteractionRow
from coopdesk.services.contact_service import ContactService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.interaction_service import InteractionService
from coopdesk.ui import file_saving
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.contact_dialog import ContactDialog
from coopdesk.ui.dialogs.interaction_dialog import InteractionDialog
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import NO_VALUE, date_text, local_today, money, relative_days, status_label
from coopdesk.ui.funder_labels import cerfa_group_label, kind_label, level_label, platform_label
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.contact_table_model import Column as ContactColumn
from coopdesk.ui.table_models.contact_table_model import ContactTableModel
from coopdesk.ui.table_models.interaction_table_model import Column as InteractionColumn
from coopdesk.ui.table_models.interaction_table_model import InteractionTableModel
from coopdesk.ui.widgets.flow_layout import FlowLayout

TABLE_ROWS_SHOWN = 5


def _table(proxy: QSortFilterProxyModel) -> QTableView:
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    row_height = table.verticalHeader().defaultSectionSize()
    table.setMinimumHeight(row_height * TABLE_ROWS_SHOWN + table.horizontalHeader().sizeHint().height() + 4)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def _fill(grid: QGridLayout, header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> None:
    """A small read-only table of labels: a bold header, then the rows, amounts aligned right."""
    _clear(grid)
    for column, title in enumerate(header):
        label = QLabel(f"<b>{html.escape(title)}</b>")
        if column in right:
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(label, 0, column)
    for number, row in enumerate(rows, start=1):
        for column, text in enumerate(row):
            label = QLabel(text)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(column == 0 and column not in right)  # titles wrap, figures never
            if column in right:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, number, column)


def grid_texts(grid: QGridLayout) -> list[list[str]]:
    """The texts of a grid filled by `_fill`, row by row (the header first)."""
    rows: list[list[str]] = []
    for row in range(grid.rowCount()):
        cells: list[str] = []
        for column in range(grid.columnCount()):
            item = grid.itemAtPosition(row, column)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                cells.append(re.sub(r"<[^>]+>", "", widget.text()))
        if cells:
            rows.append(cells)
    return rows


if TYPE_CHECKING:  # built on first use
    from coopdesk.services.export_service import ExportService


class FunderSheetView(QScrollArea):
    changed = Signal()  # something was saved: the list may need reloading
    status_message = Signal(str)

    def __init__(
        self,
        funders: FunderService,
        contacts: ContactService,
        interactions: InteractionService,
        exports: Callable[[], ExportService],
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._funders = funders
        self._contacts = contacts
        self._interactions = interactions
        self._exports = exports
        self._today = today
        self.sheet: FunderSheet | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

        self.title = QLabel()
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.empty_label = QLabel(self.tr("Choose a funder in the list to see its sheet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        # Identity.
        self.identity: dict[str, QLabel] = {}
        identity_box = QGroupBox(self.tr("Identity"))
        identity_form = QFormLayout(identity_box)
        identity_labels = {
            "kind": self.tr("Kind"),
            "cerfa": self.tr("CERFA budget line (74)"),
            "level": self.tr("Level"),
            "service": self.tr("Service"),
            "address": self.tr("Address"),
            "website": self.tr("Website"),
            "platform": self.tr("Submission platform"),
            "notes": self.tr("Notes"),
        }
        for key, text in identity_labels.items():
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            self.identity[key] = label
            identity_form.addRow(text, label)
        self.identity["website"].setOpenExternalLinks(True)

        # Contacts.
        self.contact_model = ContactTableModel(self)
        self.contact_proxy = QSortFilterProxyModel(self)
        self.contact_proxy.setSourceModel(self.contact_model)
        self.contact_proxy.setSortRole(SORT_ROLE)
        self.contact_table = _table(self.contact_proxy)
        self.contact_table.horizontalHeader().setSectionResizeMode(
            ContactColumn.TOPICS, QHeaderView.ResizeMode.Stretch
        )
        self.contact_table.doubleClicked.connect(lambda _index: self.edit_contact())
        self.contact_table.selectionModel().selectionChanged.connect(self._contact_selection_changed)
        self.new_contact_button = QPushButton(self.tr("New contact…"))
        self.edit_contact_button = QPushButton(self.tr("Edit…"))
        self.left_button = QPushButton(self.tr("Mark as left"))
        self.erase_button = QPushButton(self.tr("Erase this person…"))
        self.export_person_button = QPushButton(self.tr("Export their data…"))
        self.erase_button.setToolTip(
            self.tr("GDPR: erase the person everywhere; their exchanges are kept, anonymised.")
        )
        self.new_contact_button.clicked.connect(self.new_contact)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.left_button.clicked.connect(self.mark_left)
        self.erase_button.clicked.connect(self.erase_contact)
        self.export_person_button.clicked.connect(self.export_person)
        contact_buttons = FlowLayout()  # as many lines as the sheet's width needs, none clipped
        for button in (
            self.new_contact_button,
            self.edit_contact_button,
            self.left_button,
            self.erase_button,
            self.export_person_button,
        ):
            contact_buttons.addWidget(button)
        contacts_box = QGroupBox(self.tr("Contacts"))
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.addWidget(self.contact_table)
        contacts_layout.addLayout(contact_buttons)

        # Calls, applications and totals.
        self.calls_grid = QGridLayout()
        self.calls_grid.setHorizontalSpacing(16)
        calls_box = QGroupBox(self.tr("Calls for projects"))
        QVBoxLayout(calls_box).addLayout(self.calls_grid)
        self.totals_grid = QGridLayout()
        self.totals_grid.setHorizontalSpacing(16)
        self.applications_grid = QGridLayout()
        self.applications_grid.setHorizontalSpacing(16)
        self.applications_grid.setColumnStretch(0, 1)
        applications_box = QGroupBox(self.tr("Applications"))
        applications_layout = QVBoxLayout(applications_box)
        applications_layout.addLayout(self.totals_grid)
        applications_layout.addSpacing(8)
        applications_layout.addLayout(self.applications_grid)

        # Exchanges.
        self.interaction_model = InteractionTableModel(self)
        self.interaction_proxy = QSortFilterProxyModel(self)
        self.interaction_proxy.setSourceModel(self.interaction_model)
        self.interaction_proxy.setSortRole(SORT_ROLE)
        self.interaction_table = _table(self.interaction_proxy)
        self.interaction_table.setColumnHidden(InteractionColumn.FUNDER, True)
        self.interaction_table.sortByColumn(InteractionColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.interaction_table.horizontalHeader().setSectionResizeMode(
            InteractionColumn.SUMMARY, QHeaderView.ResizeMode.Stretch
        )
        self.interaction_table.doubleClicked.connect(lambda _index: self.edit_interaction())
        self.new_interaction_button = QPushButton(self.tr("New exchange…"))
        self.new_interaction_button.clicked.connect(self.new_interaction)
        interaction_buttons = QHBoxLayout()
        self.delete_interaction_button = QPushButton(self.tr("Delete the exchange…"))
        self.delete_interaction_button.clicked.connect(self.delete_interaction)
        interaction_buttons.addWidget(self.new_interaction_button)
        interaction_buttons.addWidget(self.delete_interaction_button)
        interaction_buttons.addStretch(1)
        interactions_box = QGroupBox(self.tr("Exchanges"))
        interactions_layout = QVBoxLayout(interactions_box)
        interactions_layout.addWidget(self.interaction_table)
        interactions_layout.addLayout(interaction_buttons)

        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(8, 0, 8, 8)
        content_layout.addWidget(self.title)
        content_layout.addWidget(identity_box)
        content_layout.addWidget(contacts_box)
        content_layout.addWidget(applications_box)
        content_layout.addWidget(calls_box)
        content_layout.addWidget(interactions_box)
        content_layout.addStretch(1)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        holder_layout.addWidget(self.empty_label)
        holder_layout.addWidget(self.content)
        self.setWidget(holder)
        self.show_sheet(None)

    # -- showing --------------------------------------------------------------------------------

    def funder_id(self) -> int | None:
        return self.sheet.funder.id if self.sheet is not None else None

    def show_funder(self, funder_id: int | None) -> None:
        """Load and show the sheet of `funder_id` (None: nothing chosen)."""
        if funder_id is None:
            self.show_sheet(None)
            return
        try:
            sheet = self._funders.sheet(funder_id, self._today())
        except NotFound:
            self.show_sheet(None)
            return
        self.show_sheet(sheet)

    def reload(self) -> None:
        self.show_funder(self.funder_id())

    def show_sheet(self, sheet: FunderSheet | None) -> None:
        self.sheet = sheet
        self.content.setVisible(sheet is not None)
        self.empty_label.setVisible(sheet is None)
        if sheet is None:
            self.contact_model.set_rows([])
            self.interaction_model.set_rows([], self._today())
            self._contact_selection_changed()
            return
        funder = sheet.funder
        title = funder.name
        if funder.archived:
            title += " " + self.tr("(archived)")
        self.title.setText(title)
        self.identity["kind"].setText(kind_label(funder.kind))
        self.identity["cerfa"].setText(cerfa_group_label(funder.cerfa_group))
        self.identity["level"].setText(level_label(funder.level))
        self.identity["service"].setText(funder.service or NO_VALUE)
        address = ", ".join(
            part for part in (funder.street, f"{funder.postal_code} {funder.city}".strip()) if part
        )
        self.identity["address"].setText(address or NO_VALUE)
        if funder.website:
            url = funder.website if "://" in funder.website else f"https://{funder.website}"
            self.identity["website"].setText(
                f'<a href="{html.escape(url, quote=True)}">{html.escape(funder.website)}</a>'
            )
        else:
            self.identity["website"].setText(NO_VALUE)
        self.identity["platform"].setText(platform_label(funder.platform))
        self.identity["notes"].setText(funder.notes or NO_VALUE)
        self.identity["notes"].setTextFormat(Qt.TextFormat.PlainText)

        self.contact_model.set_rows(sheet.contacts)
        self._contact_selection_changed()
        self._show_applications(sheet)
        self._show_calls(sheet)
        self.interaction_model.set_rows(sheet.interactions, self._today())

    def _show_applications(self, sheet: FunderSheet) -> None:
        totals = [
            [
                str(year.year),
                str(year.applications),
                money(year.requested_cents, with_cents=False),
                money(year.granted_cents, with_cents=False),
                money(year.refused_cents, with_cents=False),
                money(year.pending_cents, with_cents=False),
            ]
            for year in sheet.totals
        ]
        if totals:
            header = [
                self.tr("Year"),
                self.tr("Applications"),
                self.tr("Requested"),
                self.tr("Granted"),
                self.tr("Refused"),
                self.tr("Pending"),
            ]
            _fill(self.totals_grid, header, totals, {1, 2, 3, 4, 5})
        else:
            _clear(self.totals_grid)
            self.totals_grid.addWidget(QLabel(self.tr("No application to this funder yet.")), 0, 0)
        applications = [
            [
                application.title,
                status_label(application.status),
                date_text(application.submitted_on) if application.submitted_on else NO_VALUE,
                money(application.amount_requested_cents, with_cents=False),
                money(application.amount_granted_cents, with_cents=False)
                if application.amount_granted_cents is not None
                else NO_VALUE,
            ]
            for application in sheet.applications
        ]
        if applications:
            header = [
                self.tr("Application"),
                self.tr("Status"),
                self.tr("Submitted"),
                self.tr("Requested"),
                self.tr("Granted"),
            ]
            _fill(self.applications_grid, header, applications, {3, 4})
        else:
            _clear(self.applications_grid)

    def _show_calls(self, sheet: FunderSheet) -> None:
        today = self._today()
        rows = []
        for call in sheet.calls:
            deadline = call.next_deadline or call.deadline
            when = NO_VALUE
            if deadline is not None:
                when = date_text(deadline)
                if deadline >= today:
                    when += f" ({relative_days(deadline, today)})"
            title = call.title + (" " + self.tr("(archived)") if call.archived else "")
            rows.append([title, when])
        if rows:
            _fill(self.calls_grid, [self.tr("Call"), self.tr("Deadline")], rows, set())
            self.calls_grid.setColumnStretch(0, 1)
        else:
            _clear(self.calls_grid)
            self.calls_grid.addWidget(QLabel(self.tr("No call for projects from this funder.")), 0, 0)

    def totals_texts(self) -> list[list[str]]:
        return grid_texts(self.totals_grid)

    # -- contacts -------------------------------------------------------------------------------

    def selected_contact(self) -> ContactRow | None:
        rows = self.contact_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.contact_model.row_at(self.contact_proxy.mapToSource(rows[0]).row())

    def select_contact(self, contact_id: int) -> None:
        row = self.contact_model.row_of(contact_id)
        if row is not None:
            self.contact_table.selectRow(
                self.contact_proxy.mapFromSource(self.contact_model.index(row, 0)).row()
            )

    def _contact_selection_changed(self, *_args: object) -> None:
        contact = self.selected_contact()
        self.new_contact_button.setEnabled(self.sheet is not None)
        for button in (self.edit_contact_button, self.erase_button, self.export_person_button):
            button.setEnabled(contact is not None)
        self.left_button.setEnabled(contact is not None and contact.active)

    def _saved(self, message: str, contact_id: int | None = None) -> None:
        self.reload()
        if contact_id is not None:
            self.select_contact(contact_id)
        self.changed.emit()
        self.status_message.emit(message)

    def _failed(self, title: str, error: CoopDeskError) -> None:
        message_box.warn(self, title, error_message(error))
        self.reload()
        self.changed.emit()

    def new_contact(self) -> None:
        funder_id = self.funder_id()
        if funder_id is None:
            return
        saved = ContactDialog.edit(self, self._contacts, funder_id, None, self._contacts.topics())
        if saved is not None:
            self._saved(self.tr("%1 was added.").replace("%1", saved.name), saved.id)

    def edit_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        saved = ContactDialog.edit(self, self._contacts, contact.funder_id, contact, self._contacts.topics())
        if saved is not None:
            self._saved(self.tr("%1 was saved.").replace("%1", saved.name), saved.id)

    def mark_left(self) -> None:
        """The person left the funder (today): kept as history, no longer offered for exchanges."""
        contact = self.selected_contact()
        if contact is None or not contact.active:
            return
        confirmed = message_box.ask(
            self,
            self.tr("Mark as left"),
            self.tr("%1 left %2? They stay in the history as a former contact.")
            .replace("%1", contact.name)
            .replace("%2", contact.funder_name),
            self.tr("Mark as left"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return
        try:
            saved = self._contacts.mark_left(contact.id, contact.version, self._today())
        except (StaleEdit, NotFound) as error:
            self._failed(self.tr("Mark as left"), error)
            return
        self._saved(self.tr("%1 is now a former contact.").replace("%1", saved.name), saved.id)

    def erase_contact(self) -> None:
        """GDPR erasure, after a confirmation that says what it does and that it cannot be undone."""
        contact = self.selected_contact()
        if contact is None:
            return
        confirmed = message_box.ask(
            self,
            self.tr("Erase a person"),
            self.tr(
                "Erase %1 everywhere in CoopDesk?\n\n"
                "Their contact record and topics are deleted. The exchanges with them are kept, "
                "anonymised: their name, e-mail and phone are replaced in every note and summary. "
                "This cannot be undone.\n\n"
                "To keep a copy for them first, use “Export their data”."
            ).replace("%1", contact.name),
            self.tr("Erase for good"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return
        try:
            changed = self._contacts.erase(contact.id)
        except NotFound as error:
            self._failed(self.tr("Erase a person"), error)
            return
        self._saved(
            self.tr("%1 was erased; %2 text(s) anonymised.")
            .replace("%1", contact.name)
            .replace("%2", str(changed))
        )

    def export_person(self) -> None:
        """Everything held about the selected person (right of access), in a file they can be given."""
        contact = self.selected_contact()
        if contact is None:
            return
        slug = re.sub(r"[^\w-]+", "-", contact.name, flags=re.UNICODE).strip("-") or "personne"
        path = file_saving.ask_save_path(
            self,
            self.tr("Export their data"),
            Path.home() / f"{slug}.txt",
            self.tr("All files (*)"),
        )
        if path is None:
            return
        try:
            data = self._exports().person_file(contact.id, today=self._today())
            file_saving.write_atomically(path, data, private=True)  # personal data: owner only
        except NotFound as error:
            self._failed(self.tr("Export their data"), error)
            return
        except OSError as error:
            message_box.warn(
                self,
                self.tr("Export their data"),
                self.tr("The file %1 cannot be written: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return
        self.status_message.emit(
            self.tr("The data of %1 was saved in %2.").replace("%1", contact.name).replace("%2", str(path))
        )

    # -- exchanges ------------------------------------------------------------------------------

    def selected_interaction(self) -> InteractionRow | None:
        rows = self.interaction_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.interaction_model.row_at(self.interaction_proxy.mapToSource(rows[0]).row())

    def new_interaction(self) -> None:
        if self.sheet is None:
            return
        saved = InteractionDialog.edit(
            self, self._interactions, self.sheet.funder.id, self.sheet.contacts, None
        )
        if saved is not None:
            self._saved(self.tr("The exchange was recorded."))

    def delete_interaction(self) -> None:
        """Delete the selected exchange after a confirmation naming its date."""
        interaction = self.selected_interaction()
        if interaction is None:
            return
        confirmed = message_box.ask(
            self,
            self.tr("Delete an exchange"),
            self.tr("Delete the exchange of %1? This cannot be undone.").replace(
                "%1", date_text(interaction.occurred_on)
            ),
            self.tr("Delete"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return
        try:
            self._interactions.delete(interaction.id)
        except CoopDeskError as error:
            self._failed(self.tr("Exchange not deleted"), error)
            return
        self._saved(self.tr("The exchange was deleted."))

    def edit_interaction(self) -> None:
        interaction = self.selected_interaction()
        if interaction is None or self.sheet is None:
            return
        saved = InteractionDialog.edit(
            self, self._interactions, interaction.funder_id, self.sheet.contacts, interaction
        )
        if saved is not None:
            self._saved(self.tr("The exchange was saved."))
