"""Import a contacts spreadsheet in three steps: choose the file, match its columns, preview, import.

Nothing is written before the Import button: the preview marks every row New / Duplicate / Rejected
(with the reason), and the report says what was written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.formats.contacts_csv import missing_required
from coopdesk.formats.errors import FormatError
from coopdesk.services.contacts_import_service import (
    ContactsImportReport,
    ContactsImportService,
    ContactsPreview,
    ContactsSheet,
)
from coopdesk.ui.background import run_in_background
from coopdesk.ui.error_messages import error_message, format_error_message
from coopdesk.ui.funder_labels import contact_field_labels
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.contact_preview_table_model import Column, ContactPreviewTableModel
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel

SAMPLE_ROWS = 2


class ContactsImportDialog(QDialog):
    imported = Signal(object)  # ContactsImportReport, once written

    def __init__(self, service: ContactsImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.sheet: ContactsSheet | None = None
        self.preview: ContactsPreview | None = None
        self.report: ContactsImportReport | None = None
        self.mapping_combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(860, 560)

        # Step 1: the file.
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.error_label = FieldErrorLabel()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        # Step 2: the columns.
        self.mapping_form = QFormLayout()
        mapping_widget = QWidget()
        mapping_widget.setLayout(self.mapping_form)
        mapping_scroll = QScrollArea()
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setWidget(mapping_widget)
        self.default_funder = QLineEdit()
        self.default_funder.setPlaceholderText(self.tr("Funder of every row without one (optional)"))
        self.default_funder.textChanged.connect(self._mapping_changed)
        self.mapping_hint = QLabel()
        self.mapping_hint.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.show_preview)
        mapping_page = QWidget()
        mapping_layout = QVBoxLayout(mapping_page)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("What does each column of the file hold?"))
        mapping_layout.addWidget(intro)
        mapping_layout.addWidget(mapping_scroll, 1)
        default_row = QFormLayout()
        default_row.addRow(self.tr("Default funder"), self.default_funder)
        mapping_layout.addLayout(default_row)
        mapping_layout.addWidget(self.mapping_hint)
        mapping_buttons = QHBoxLayout()
        mapping_buttons.addStretch(1)
        mapping_buttons.addWidget(self.preview_button)
        mapping_layout.addLayout(mapping_buttons)

        # Step 3: the preview, then the report.
        self.preview_model = ContactPreviewTableModel(self)
        self.preview_proxy = QSortFilterProxyModel(self)
        self.preview_proxy.setSourceModel(self.preview_model)
        self.preview_proxy.setSortRole(SORT_ROLE)
        self.preview_table = QTableView()
        self.preview_table.setModel(self.preview_proxy)
        self.preview_table.setSortingEnabled(True)
        self.preview_table.sortByColumn(Column.LINE, Qt.SortOrder.AscendingOrder)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.verticalHeader().hide()
        self.preview_table.setWordWrap(False)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.REASON, QHeaderView.ResizeMode.Stretch)
        header.moveSection(header.visualIndex(Column.REASON), Column.STATUS + 1)  # why, next to the status
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back to the columns"))
        self.back_button.clicked.connect(self._back_to_mapping)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.apply)
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_table, 1)
        preview_layout.addWidget(self.summary_label)
        preview_buttons = QHBoxLayout()
        preview_buttons.addWidget(self.back_button)
        preview_buttons.addStretch(1)
        preview_buttons.addWidget(self.import_button)
        preview_layout.addLayout(preview_buttons)

        self.steps = QStackedWidget()
        self.steps.addWidget(mapping_page)
        self.steps.addWidget(preview_page)
        self.steps.setEnabled(False)

        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.steps, 1)
        layout.addLayout(bottom)

    @classmethod
    def run(cls, parent: QWidget | None, service: ContactsImportService) -> ContactsImportReport | None:
        """Show the dialog; the report of what was imported, or None if nothing was."""
        dialog = cls(service, parent)
        try:
            dialog.exec()
            return dialog.report
        finally:
            dialog.deleteLater()

    def _back_to_mapping(self) -> None:
        self.steps.setCurrentIndex(0)

    # -- step 1 ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("Spreadsheets saved as CSV (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Read the file and propose a mapping; a refused file is said in one sentence, nothing kept."""
        self.error_label.hide_error()
        try:
            data = path.read_bytes()
        except OSError as error:
            self._refuse(
                self.tr("The file %1 cannot be read: %2")
                .replace("%1", path.name)
                .replace("%2", error.strerror or str(error))
            )
            return False
        try:
            sheet = self._service.read(data, path.name)
        except FormatError as error:
            self._refuse(format_error_message(error))
            return False
        self.file_label.setText(
            self.tr("%1 — %2 row(s)").replace("%1", path.name).replace("%2", str(len(sheet.table.rows)))
        )
        self.show_sheet(sheet)
        return True

    def _refuse(self, message: str) -> None:
        self.sheet = None
        self.preview = None
        self.error_label.show_error(message)
        self.steps.setEnabled(False)
        self.steps.setCurrentIndex(0)

    # -- step 2 ---------------------------------------------------------------------------------

    def show_sheet(self, sheet: ContactsSheet) -> None:
        self.sheet = sheet
        self.preview = None
        self.report = None
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos = []
        labels = contact_field_labels()
        for index, title in enumerate(sheet.table.header):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), None)
            for field, label in labels.items():
                combo.addItem(label, field)
            combo.setCurrentIndex(max(0, combo.findData(sheet.mapping.get(index))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            samples = [row.cells[index] for row in sheet.table.rows[:SAMPLE_ROWS] if index < len(row.cells)]
            sample_text = ", ".join(" ".join(sample.split()) for sample in samples if sample.strip())
            title_label = QLabel(title or self.tr("(column %1)").replace("%1", str(index + 1)))
            if sample_text:
                title_label.setToolTip(self.tr("e.g. %1").replace("%1", sample_text))
            self.mapping_form.addRow(title_label, combo)
            self.mapping_combos.append(combo)
        self.steps.setEnabled(True)
        self.steps.setCurrentIndex(0)
        self._mapping_changed()

    def mapping(self) -> dict[int, str | None]:
        return {index: combo.currentData() for index, combo in enumerate(self.mapping_combos)}

    def _mapping_changed(self) -> None:
        missing = missing_required(self.mapping(), default_funder=bool(self.default_funder.text().strip()))
        labels = contact_field_labels()
        if missing:
            self.mapping_hint.setText(
                self.tr("Choose the column of: %1.").replace(
                    "%1", ", ".join(labels[name] for name in missing)
                )
            )
        else:
            self.mapping_hint.setText("")
        self.preview_button.setEnabled(not missing and self.sheet is not None)

    # -- step 3 ---------------------------------------------------------------------------------

    def show_preview(self) -> None:
        if self.sheet is None:
            return
        self.error_label.hide_error()
        try:
            preview = self._service.preview(
                self.sheet, self.mapping(), default_funder=self.default_funder.text().strip()
            )
        except FormatError as error:
            self.error_label.show_error(format_error_message(error))
            return
        self.preview = preview
        self.preview_model.set_rows(preview.rows)
        text = self.tr("%1 new, %2 duplicate(s), %3 rejected.").replace("%1", str(preview.new))
        text = text.replace("%2", str(preview.duplicates)).replace("%3", str(preview.rejected))
        if preview.funders_to_create:
            names = ", ".join(funder.name for funder in preview.funders_to_create)
            text += " " + self.tr("Funders created: %1.").replace("%1", names)
        self.summary_label.setText(text)
        self.import_button.setEnabled(preview.new > 0)
        self.back_button.setEnabled(True)
        self.steps.setCurrentIndex(1)

    def apply(self) -> None:
        """Write the new rows (in the background); the report replaces the summary."""
        preview = self.preview
        if preview is None or self.report is not None:
            return
        self.import_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.summary_label.setText(self.tr("Importing…"))
        run_in_background(self, lambda: self._service.apply(preview), self._applied, self._failed)

    def _applied(self, report: ContactsImportReport) -> None:
        self.report = report
        self.choose_button.setEnabled(True)
        text = self.tr("%1 contact(s) imported, %2 duplicate(s) left out, %3 row(s) rejected.")
        text = text.replace("%1", str(report.created)).replace("%2", str(report.duplicates))
        text = text.replace("%3", str(report.rejected))
        if report.funders_created:
            text += " " + self.tr("Funders created: %1.").replace("%1", ", ".join(report.funders_created))
        self.summary_label.setText(text)
        self.close_button.setText(self.tr("Close"))
        self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.back_button.setEnabled(True)
        self.import_button.setEnabled(True)
        self.summary_label.setText("")
        self.error_label.show_error(error_message(error))
