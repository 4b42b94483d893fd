"""Paramètres: the association's profile, its volunteers, where the data lives, the language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.association import missing_identity_fields
from coopdesk.domain.errors import FieldErrors, InUse, NotFound, StaleEdit
from coopdesk.domain.rows import AssociationProfile, DatabaseInfo, VolunteerInput, VolunteerRow
from coopdesk.services.association_service import AssociationService
from coopdesk.services.database_service import DatabaseService
from coopdesk.services.volunteer_service import VolunteerService
from coopdesk.settings import LANGUAGE, SettingsStore
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.volunteer_dialog import VolunteerDialog
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import NO_VALUE
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.volunteer_table_model import Column, VolunteerTableModel
from coopdesk.ui.widgets.association_form import AssociationForm
from coopdesk.ui.widgets.backup_settings import DataSafetySettings

# Languages are named in their own language: someone who cannot read the current one finds theirs.
LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))


class SettingsPage(QWidget):
    status_message = Signal(str)  # a short confirmation for the status bar
    profile_saved = Signal(object)  # the AssociationProfile just saved

    TAB_KEYS = ("association", "volunteers", "data", "language")

    def __init__(
        self,
        association: AssociationService,
        volunteers: VolunteerService,
        database: DatabaseService,
        settings_store: SettingsStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._association = association
        self._volunteers = volunteers
        self._database = database
        self._settings = settings_store
        self._pristine: AssociationProfile = AssociationProfile(name="")

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_association_tab(), self.tr("Association"))
        self.tabs.addTab(self._build_volunteers_tab(), self.tr("Volunteers"))
        self.tabs.addTab(self._build_data_tab(), self.tr("Data"))
        self.tabs.addTab(self._build_language_tab(), self.tr("Language"))
        title = QLabel(self.tr("Settings"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.reload_profile()
        self.refresh()

    # -- building -------------------------------------------------------------------------------

    def _build_association_tab(self) -> QWidget:
        self.form = AssociationForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Save the association's profile (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_profile)
        bottom = QHBoxLayout()
        bottom.addWidget(self.missing_label, 1)
        bottom.addWidget(self.save_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        return tab

    def _build_volunteers_tab(self) -> QWidget:
        self.volunteer_model = VolunteerTableModel(self)
        self.volunteer_proxy = QSortFilterProxyModel(self)
        self.volunteer_proxy.setSourceModel(self.volunteer_model)
        self.volunteer_proxy.setSortRole(SORT_ROLE)
        self.volunteer_table = QTableView()
        self.volunteer_table.setModel(self.volunteer_proxy)
        self.volunteer_table.setSortingEnabled(True)
        self.volunteer_table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.volunteer_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.volunteer_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.volunteer_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.volunteer_table.setAlternatingRowColors(True)
        self.volunteer_table.verticalHeader().hide()
        header = self.volunteer_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.ROLE, QHeaderView.ResizeMode.Stretch)
        self.volunteer_table.doubleClicked.connect(lambda _index: self.edit_volunteer())
        self.volunteer_table.selectionModel().selectionChanged.connect(self._volunteer_selection_changed)

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_volunteer)
        self.edit_button.clicked.connect(self.edit_volunteer)
        self.delete_button.clicked.connect(self.delete_volunteer)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        intro = QLabel(
            self.tr("The people of the association who write applications and spend time on them.")
        )
        intro.setWordWrap(True)
        tab = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.volunteer_table, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        self._volunteer_selection_changed()
        return tab

    def _build_data_tab(self) -> QWidget:
        self.location_label = QLabel()
        self.dialect_label = QLabel()
        self.revision_label = QLabel()
        self.data_dir_label = QLabel()
        self.backup_dir_label = QLabel()
        for label in (self.location_label, self.data_dir_label, self.backup_dir_label, self.revision_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.open_data_button = QPushButton(self.tr("Open the folder"))
        self.open_backup_button = QPushButton(self.tr("Open the backups folder"))
        self.open_data_button.clicked.connect(lambda: self._open_folder(self.data_dir_label.text()))
        self.open_backup_button.clicked.connect(lambda: self._open_folder(self.backup_dir_label.text()))
        form = QFormLayout()
        form.addRow(self.tr("Database"), self.location_label)
        form.addRow(self.tr("Kind"), self.dialect_label)
        form.addRow(self.tr("Schema revision"), self.revision_label)
        form.addRow(self.tr("Data folder"), self.data_dir_label)
        form.addRow(self.tr("Backups folder"), self.backup_dir_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_data_button)
        buttons.addWidget(self.open_backup_button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(DataSafetySettings(self._database, self._settings), 1)
        return tab

    def _build_language_tab(self) -> QWidget:
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        current = self.language_combo.findData(self._settings.get(LANGUAGE))
        self.language_combo.setCurrentIndex(max(current, 0))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        note = QLabel(self.tr("Takes effect at the next start."))
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form = QFormLayout()
        form.addRow(self.tr("Language of the window"), self.language_combo)
        form.addRow("", note)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addStretch(1)
        return tab

    # -- whole page -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the services; the profile only if nothing is being typed in it."""
        if not self.is_modified():
            self.reload_profile()
        self.reload_volunteers()
        self._show_database_info(self._database.info())

    def select_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.TAB_KEYS.index(key))

    def current_tab(self) -> str:
        return self.TAB_KEYS[self.tabs.currentIndex()]

    def focus_name(self) -> None:
        """For a first start: the Association tab, the cursor in the name field."""
        self.select_tab("association")
        self.form.focus_name()

    # -- association ----------------------------------------------------------------------------

    def is_modified(self) -> bool:
        return self.form.profile() != self._pristine

    def reload_profile(self) -> None:
        profile = self._association.profile()
        self.form.set_profile(profile)
        self._pristine = self.form.profile()
        self._show_missing(profile)

    def save_profile(self) -> bool:
        """Save the form through the service; refused fields show their message, nothing is saved."""
        try:
            saved = self._association.save_profile(self.form.profile())
        except FieldErrors as errors:
            elsewhere = self.form.show_errors(errors)
            count = len(errors.errors)
            self.status_message.emit(
                " ".join([self.tr("Not saved: %n field(s) to correct.", "", count), *elsewhere])
            )
            return False
        except StaleEdit:
            reload = message_box.ask(
                self,
                self.tr("Profile changed elsewhere"),
                self.tr(
                    "Someone else saved the association's profile after you opened it. "
                    "Nothing was overwritten.\n\nReload the saved version? What you typed here will be lost."
                ),
                self.tr("Reload"),
                self.tr("Cancel"),
            )
            if reload:
                self.reload_profile()
                self.status_message.emit(self.tr("Profile reloaded."))
            return False
        self.form.set_profile(saved)
        self._pristine = self.form.profile()
        self._show_missing(saved)
        self.status_message.emit(self.tr("The association's profile was saved."))
        self.profile_saved.emit(saved)
        return True

    def _show_missing(self, profile: AssociationProfile | None) -> None:
        missing = missing_identity_fields(profile or AssociationProfile(name=""))
        labels = [self.form.labels.get(field, field) for field in missing]
        self.missing_label.setText(
            self.tr("Still missing for your applications: %1").replace("%1", ", ".join(labels))
            if labels
            else ""
        )

    # -- volunteers -----------------------------------------------------------------------------

    def reload_volunteers(self, select_id: int | None = None) -> None:
        self.volunteer_model.set_rows(self._volunteers.list())
        if select_id is not None:
            row = self.volunteer_model.row_of(select_id)
            if row is not None:
                index = self.volunteer_proxy.mapFromSource(self.volunteer_model.index(row, 0))
                self.volunteer_table.selectRow(index.row())
        self._volunteer_selection_changed()

    def selected_volunteer(self) -> VolunteerRow | None:
        rows = self.volunteer_table.selectionModel().selectedRows()
        if not rows:
            return None
        source: QModelIndex = self.volunteer_proxy.mapToSource(rows[0])
        return self.volunteer_model.row_at(source.row())

    def _volunteer_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        chosen = self.selected_volunteer() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def add_volunteer(self) -> None:
        saved = VolunteerDialog.edit(self, self._volunteers, None)
        if saved is not None:
            self.reload_volunteers(select_id=saved.id)
            self.status_message.emit(self.tr("%1 was added.").replace("%1", saved.name))

    def edit_volunteer(self) -> None:
        volunteer = self.selected_volunteer()
        if volunteer is None:
            return
        saved = VolunteerDialog.edit(self, self._volunteers, volunteer)
        if saved is not None:
            self.reload_volunteers(select_id=saved.id)
            self.status_message.emit(self.tr("%1 was saved.").replace("%1", saved.name))

    def delete_volunteer(self) -> None:
        """Delete after confirmation; someone still referred to can be marked inactive instead."""
        volunteer = self.selected_volunteer()
        if volunteer is None:
            return
        confirmed = message_box.ask(
            self,
            self.tr("Delete a volunteer"),
            self.tr("Delete %1 from the volunteers?").replace("%1", volunteer.name),
            self.tr("Delete"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return
        try:
            self._volunteers.delete(volunteer.id)
        except InUse:
            self._offer_deactivation(volunteer)
            return
        except NotFound as error:
            message_box.warn(self, self.tr("Delete a volunteer"), error_message(error))
            self.reload_volunteers()
            return
        self.reload_volunteers()
        self.status_message.emit(self.tr("%1 was deleted.").replace("%1", volunteer.name))

    def _offer_deactivation(self, volunteer: VolunteerRow) -> None:
        if not volunteer.active:
            message_box.warn(
                self,
                self.tr("Delete a volunteer"),
                self.tr(
                    "%1 cannot be deleted: time entries, applications or projects refer to them. "
                    "They are already inactive."
                ).replace("%1", volunteer.name),
            )
            return
        deactivate = message_box.ask(
            self,
            self.tr("Delete a volunteer"),
            self.tr(
                "%1 cannot be deleted: time entries, applications or projects refer to them.\n\n"
                "Mark them as inactive instead? Their history is kept; they are no longer offered in lists."
            ).replace("%1", volunteer.name),
            self.tr("Mark as inactive"),
            self.tr("Cancel"),
        )
        if not deactivate:
            return
        data = VolunteerInput(
            name=volunteer.name,
            role=volunteer.role,
            email=volunteer.email,
            phone=volunteer.phone,
            active=False,
        )
        try:
            saved = self._volunteers.update(volunteer.id, volunteer.version, data)
        except (StaleEdit, NotFound, FieldErrors) as error:
            message_box.warn(self, self.tr("Delete a volunteer"), error_message(error))
            self.reload_volunteers()
            return
        self.reload_volunteers(select_id=saved.id)
        self.status_message.emit(self.tr("%1 is now inactive.").replace("%1", saved.name))

    # -- data and language ----------------------------------------------------------------------

    def _show_database_info(self, info: DatabaseInfo) -> None:
        self.location_label.setText(info.location)
        dialects = {
            "sqlite": self.tr("SQLite (one file on this computer)"),
            "postgresql": self.tr("PostgreSQL (a server shared by several computers)"),
        }
        self.dialect_label.setText(dialects.get(info.dialect, info.dialect))
        self.revision_label.setText(info.schema_revision or NO_VALUE)
        self.data_dir_label.setText(info.data_dir)
        self.backup_dir_label.setText(info.backup_dir)
        for button, folder in (
            (self.open_data_button, info.data_dir),
            (self.open_backup_button, info.backup_dir),
        ):
            exists = Path(folder).is_dir()
            button.setEnabled(exists)
            button.setToolTip("" if exists else self.tr("This folder does not exist yet."))

    @staticmethod
    def _open_folder(path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _language_chosen(self, _index: int) -> None:
        code = str(self.language_combo.currentData())
        self._settings.set(LANGUAGE, code)
        try:
            self._settings.save()
        except OSError as error:
            message_box.warn(self, self.tr("Language"), error_message(error))
            return
        self.status_message.emit(self.tr("Language saved: it takes effect at the next start."))
