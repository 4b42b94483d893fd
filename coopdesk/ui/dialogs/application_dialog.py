"""Add or change an application (dossier):
`ApplicationDialog.edit(parent, registry, application_id) -> ApplicationRow | None`.

Tabs: Général, Montants et versements, Dates, Décision, Pièces, Notes, Historique. Save sends the
editor's fields (`update`, then the report due date through `set_report_due`); payments and changes of
status are saved at once through their own small dialogs, and the checklist of required pieces at each
change, so they need a saved application.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.applications import (
    ApplicationInput,
    ApplicationRow,
    PaymentRow,
    PieceState,
    RequiredPieceRow,
    StatusChangeRow,
)
from coopdesk.domain.budget import GRANTED_STATUSES
from coopdesk.domain.calls import CallFilter, CallWindow
from coopdesk.domain.dates import parse_date
from coopdesk.domain.enums import DocumentType, FundingType, RequestObject, SubmissionPlatform
from coopdesk.domain.errors import FieldErrors, InvalidValue, NotFound, StaleEdit
from coopdesk.domain.history import HistoryEntity
from coopdesk.domain.money import parse_money
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.ui.dialogs import conflict_dialog, message_box
from coopdesk.ui.dialogs.call_dialog import OptionalDateEdit
from coopdesk.ui.dialogs.payment_dialog import PaymentDialog
from coopdesk.ui.dialogs.transition_dialog import TransitionDialog
from coopdesk.ui.document_labels import document_type_label
from coopdesk.ui.error_messages import error_message, field_messages, invalid_value_message
from coopdesk.ui.formatting import NO_VALUE, date_text, local_today, request_object_label, status_label
from coopdesk.ui.table_models.application_table_model import euros
from coopdesk.ui.table_models.call_table_model import funding_type_label
from coopdesk.ui.widgets.application_sections import ApplicationSections
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel
from coopdesk.ui.widgets.history_view import HistoryView, history_tab

FIRST_YEAR, LAST_YEAR = 1900, 2200
MISSING_FOREGROUND = QColor("#9b1c1c")  # missing or expired pieces
SOON_FOREGROUND = QColor("#a65300")  # pieces expiring soon  # the years validate_application accepts
EDITABLE_DATES = ("letter_of_intent_on", "deadline", "period_start", "period_end", "report_due_on")
FIELD_ORDER = (
    "title",
    "project_id",
    "funder_id",
    "call_id",
    "owner_id",
    "period_start",
    "period_end",
    "amount_requested_cents",
    "year_amounts",
    "letter_of_intent_on",
    "deadline",
    "report_due_on",
)
TAB_OF_FIELD = {
    "amount_requested_cents": 1,
    "letter_of_intent_on": 2,
    "deadline": 2,
    "report_due_on": 2,
}


def platform_label(platform: SubmissionPlatform) -> str:
    labels = {
        SubmissionPlatform.COMPTE_ASSO: "Le Compte Asso",
        SubmissionPlatform.DAUPHIN: "Dauphin",
        SubmissionPlatform.DEMARCHES_SIMPLIFIEES: "Démarches simplifiées",
        SubmissionPlatform.OWN_PORTAL: QCoreApplication.translate("ApplicationLabels", "Funder's portal"),
        SubmissionPlatform.EMAIL: QCoreApplication.translate("ApplicationLabels", "E-mail"),
        SubmissionPlatform.PAPER: QCoreApplication.translate("ApplicationLabels", "Paper"),
    }
    return labels[platform]


def piece_state_label(state: PieceState) -> str:
    labels = {
        PieceState.PROVIDED: QCoreApplication.translate("ApplicationDialog", "Provided"),
        PieceState.EXPIRES_SOON: QCoreApplication.translate("ApplicationDialog", "Expires soon"),
        PieceState.EXPIRED: QCoreApplication.translate("ApplicationDialog", "Expired"),
        PieceState.MISSING: QCoreApplication.translate("ApplicationDialog", "Missing"),
    }
    return labels[state]


def _date(day: dt.date | None) -> str:
    return NO_VALUE if day is None else date_text(day)


def _read_only(line_edit: QLineEdit) -> QLineEdit:
    line_edit.setReadOnly(True)
    line_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return line_edit


DEFAULT_WIDTH, DEFAULT_HEIGHT = 1000, 600


class ApplicationDialog(QDialog):
    """Saves through the service on Save and stays open, with the message at the field, if refused."""

    def __init__(
        self,
        registry: ServiceRegistry,
        application_id: int | None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._service = registry.applications
        self._today = today
        self._row: ApplicationRow | None = (
            None if application_id is None else self._service.get(application_id)
        )
        self.saved: ApplicationRow | None = None
        self.changed_meanwhile = False  # payments or status saved through the small dialogs
        self.setWindowTitle(self.tr("New application") if application_id is None else self.tr("Application"))
        self.resize(DEFAULT_WIDTH, DEFAULT_HEIGHT)  # room for the tables of payments and pieces
        self.setMinimumWidth(760)
        self.error_labels: dict[str, FieldErrorLabel] = {name: FieldErrorLabel() for name in FIELD_ORDER}
        self.form_error = FieldErrorLabel()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._money_tab(), self.tr("Amounts and payments"))
        self.tabs.addTab(self._dates_tab(), self.tr("Dates"))
        self.tabs.addTab(self._decision_tab(), self.tr("Decision"))
        self.tabs.addTab(self._pieces_tab(), self.tr("Pieces"))
        self.sections = ApplicationSections(registry.texts, application_id)
        self.tabs.addTab(self.sections, self.sections.tab_title())
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.pack_button = buttons.addButton(
            self.tr("Prepare the pack…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pack_button.setObjectName("packButton")
        self.pack_button.setEnabled(application_id is not None)
        self.pack_button.clicked.connect(self.prepare_pack)
        self.timer_button = buttons.addButton(
            self.tr("Start the timer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.timer_button.setToolTip(self.tr("Time the work on this application (shown in the status bar)"))
        self.timer_button.setEnabled(application_id is not None)
        self.timer_button.clicked.connect(self.start_timer)
        self.report_button = buttons.addButton(
            self.tr("Financial report…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.report_button.setObjectName("compteRenduButton")
        self.report_button.setToolTip(
            self.tr("Forecast and actual amounts of the project's budget (CERFA 15059)")
        )
        self.report_button.clicked.connect(self.open_compte_rendu)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

        self.title.textEdited.connect(lambda _text: self.error_labels["title"].hide_error())
        self.amount_requested.textEdited.connect(
            lambda _text: self.error_labels["amount_requested_cents"].hide_error()
        )
        for name, date_widget in self.dates.items():
            date_widget.changed.connect(lambda field=name: self.error_labels[field].hide_error())
        self._fill(self._row)

    # -- building -------------------------------------------------------------------------------

    def _cell(self, widget: QWidget, name: str) -> QWidget:
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(widget)
        cell_layout.addWidget(self.error_labels[name])
        return cell

    def _general_tab(self) -> QWidget:
        self.title = QLineEdit()
        self.project = QComboBox()
        self.project.addItem(self.tr("(no project)"), None)
        for project in self._registry.projects.list():
            self.project.addItem(project.title, project.id)
        self.funder = QComboBox()
        self.funder.addItem(self.tr("(no funder)"), None)
        for funder in self._registry.funders.search("", limit=None):
            self.funder.addItem(funder.name, funder.id)
        self.call = QComboBox()
        self.call.addItem(self.tr("(no call for projects)"), None)
        for call in self._registry.calls.list(CallFilter(window=CallWindow.ALL), self._today()):
            self.call.addItem(call.title, call.id)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(nobody)"), None)
        for volunteer in self._registry.volunteers.list():
            self.owner.addItem(volunteer.name, volunteer.id)
        for combo in (self.project, self.funder, self.call, self.owner):
            combo.setMinimumContentsLength(30)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.funding_type = QComboBox()
        for funding_type in FundingType:
            self.funding_type.addItem(funding_type_label(funding_type), funding_type.value)
        self.multi_year = QCheckBox(self.tr("Multi-year funding"))
        # CERFA section 0: what is asked for decides which budget goes with the request
        self.request_object = QComboBox()
        self.request_object.setObjectName("requestObject")
        for value in RequestObject:
            self.request_object.addItem(request_object_label(value), value.value)
        self.request_object.activated.connect(self._request_object_chosen)
        self.project.currentIndexChanged.connect(self._project_changed)
        self.request_object.currentIndexChanged.connect(self._show_budget_hint)
        self._request_object_chosen_by_hand = False
        self.budget_hint = QLabel()
        self.budget_hint.setObjectName("budgetHint")
        self.budget_hint.setWordWrap(True)
        self.budget_hint.setStyleSheet("color: palette(placeholder-text);")
        self.in_kind = QCheckBox(self.tr("Aid in kind (goods or services, not money)"))
        self.platform = QComboBox()
        self.platform.addItem(self.tr("(not known)"), None)
        for platform in SubmissionPlatform:
            self.platform.addItem(platform_label(platform), platform.value)
        self.dates: dict[str, OptionalDateEdit] = {
            name: OptionalDateEdit(self._today) for name in EDITABLE_DATES
        }

        form = QFormLayout()
        form.addRow(self.tr("Title"), self._cell(self.title, "title"))
        form.addRow(self.tr("Request for"), self.request_object)
        form.addRow("", self.budget_hint)
        form.addRow(self.tr("Project"), self._cell(self.project, "project_id"))
        form.addRow(self.tr("Funder"), self._cell(self.funder, "funder_id"))
        form.addRow(self.tr("Call for projects"), self._cell(self.call, "call_id"))
        form.addRow(self.tr("Owner"), self._cell(self.owner, "owner_id"))
        form.addRow(self.tr("Funding type"), self.funding_type)
        form.addRow("", self.in_kind)
        form.addRow("", self.multi_year)
        form.addRow("", self._years_box())
        form.addRow(self.tr("Funded period from"), self._cell(self.dates["period_start"], "period_start"))
        form.addRow(self.tr("to"), self._cell(self.dates["period_end"], "period_end"))
        form.addRow(self.tr("Submitted through"), self.platform)
        tab = QWidget()
        tab.setLayout(form)
        return tab

    def _request_object_chosen(self, _index: int) -> None:
        self._request_object_chosen_by_hand = True

    def _project_changed(self, _index: int) -> None:
        """Until the user chooses, a request with a project is for that project, one without a project
        for the association's operation as a whole."""
        if self._request_object_chosen_by_hand:
            return
        has_project = isinstance(self.project.currentData(), int)
        value = RequestObject.PROJECT if has_project else RequestObject.OPERATION
        self.request_object.setCurrentIndex(self.request_object.findData(value.value))

    def _show_budget_hint(self, _index: int = 0) -> None:
        if self.request_object.currentData() == RequestObject.OPERATION.value:
            text = self.tr(
                "The pack will carry the association's budget of the funded year, this request in it."
            )
        else:
            text = self.tr(
                "The pack will carry the association's budget of the funded year, then the project's "
                "budget (and its financing plan for an investment)."
            )
        self.budget_hint.setText(text)

    def _years_box(self) -> QWidget:
        """The amount of each year of a multi-year application: shown only while "multi-year" is ticked."""
        self.years_table = QTableWidget(0, 4)
        self.years_table.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Amount"), self.tr("Report due"), self.tr("Report filed on")]
        )
        filed_header = self.years_table.horizontalHeaderItem(3)
        if filed_header is not None:
            filed_header.setToolTip(
                self.tr(
                    "The day this year's financial report was sent (e.g. 15/05/2028); empty: not sent yet."
                )
            )
        self.years_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.years_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.years_table.verticalHeader().hide()
        header = self.years_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.years_table.setMaximumHeight(160)
        self.years_table.itemChanged.connect(lambda _item: self._years_changed())
        self.add_year_button = QPushButton(self.tr("Add a year"))
        self.add_year_button.clicked.connect(self.add_year)
        self.remove_year_button = QPushButton(self.tr("Remove the year"))
        self.remove_year_button.clicked.connect(self.remove_year)
        self.years_total = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_year_button)
        buttons.addWidget(self.remove_year_button)
        buttons.addStretch(1)
        buttons.addWidget(self.years_total)
        self.years_box = QWidget()
        layout = QVBoxLayout(self.years_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.years_table)
        layout.addLayout(buttons)
        layout.addWidget(self.error_labels["year_amounts"])
        self.years_box.setVisible(False)
        self.multi_year.toggled.connect(self._multi_year_toggled)
        return self.years_box

    def _money_tab(self) -> QWidget:
        self.amount_requested = QLineEdit()
        self.amount_requested.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_requested.setPlaceholderText(self.tr("e.g. 5 000 €"))
        self.amount_granted = _read_only(QLineEdit())
        self.amount_granted.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.remaining = _read_only(QLineEdit())
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignRight)
        form = QFormLayout()
        form.addRow(self.tr("Amount requested"), self._cell(self.amount_requested, "amount_requested_cents"))
        form.addRow(self.tr("Amount granted"), self.amount_granted)
        form.addRow(self.tr("Still to be received"), self.remaining)
        self.refunded = _read_only(QLineEdit())
        self.refunded.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.refunded_label = QLabel(self.tr("Refunded to the funder"))
        form.addRow(self.refunded_label, self.refunded)

        self.payments_table = QTableWidget(0, 3)
        self.payments_table.setHorizontalHeaderLabels(
            [self.tr("Received on"), self.tr("Amount"), self.tr("Reference")]
        )
        self.payments_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payments_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.payments_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payments_table.verticalHeader().hide()
        header = self.payments_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.payments_table.doubleClicked.connect(lambda _index: self.edit_payment())
        self.add_payment_button = QPushButton(self.tr("Add…"))
        self.add_payment_button.clicked.connect(self.add_payment)
        self.edit_payment_button = QPushButton(self.tr("Edit…"))
        self.edit_payment_button.clicked.connect(self.edit_payment)
        self.delete_payment_button = QPushButton(self.tr("Delete…"))
        self.delete_payment_button.clicked.connect(self.delete_payment)
        self.payments_hint = QLabel(self.tr("Save the application first to record payments."))
        buttons = QHBoxLayout()
        for button in (self.add_payment_button, self.edit_payment_button, self.delete_payment_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.payments_hint)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Payments received")))
        layout.addWidget(self.payments_table, 1)
        layout.addLayout(buttons)
        self._payments: list[PaymentRow] = []
        return tab

    def _dates_tab(self) -> QWidget:
        self.submitted_on = _read_only(QLineEdit())
        self.decision_on = _read_only(QLineEdit())
        self.report_filed_on = _read_only(QLineEdit())
        form = QFormLayout()
        form.addRow(
            self.tr("Letter of intent"), self._cell(self.dates["letter_of_intent_on"], "letter_of_intent_on")
        )
        form.addRow(self.tr("Submission deadline"), self._cell(self.dates["deadline"], "deadline"))
        form.addRow(self.tr("Submitted on"), self.submitted_on)
        form.addRow(self.tr("Decision on"), self.decision_on)
        form.addRow(self.tr("Report due"), self._cell(self.dates["report_due_on"], "report_due_on"))
        form.addRow(self.tr("Report filed on"), self.report_filed_on)
        hint = QLabel(
            self.tr(
                "Tick a date to give it. Submission, decision and report filed are set by a change of status."
            )
        )
        hint.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        return tab

    def _decision_tab(self) -> QWidget:
        self.status = _read_only(QLineEdit())
        self.change_status_button = QPushButton(self.tr("Change status…"))
        self.change_status_button.clicked.connect(self.change_status)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.change_status_button)
        self.decision_granted = _read_only(QLineEdit())
        self.decision_granted.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.decision_date = _read_only(QLineEdit())
        self.refusal_reason = _read_only(QLineEdit())
        form = QFormLayout()
        form.addRow(self.tr("Status"), status_row)
        form.addRow(self.tr("Decision on"), self.decision_date)
        form.addRow(self.tr("Amount granted"), self.decision_granted)
        form.addRow(self.tr("Refusal reason"), self.refusal_reason)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addStretch(1)
        return tab

    def _pieces_tab(self) -> QWidget:
        """The checklist of required pieces: each change is saved at once (a saved application only)."""
        self.pieces_summary = QLabel()
        self.pieces_table = QTableWidget(0, 5)
        self.pieces_table.setHorizontalHeaderLabels(
            [self.tr("Type"), self.tr("Piece"), self.tr("Document"), self.tr("Valid until"), self.tr("State")]
        )
        self.pieces_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pieces_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pieces_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pieces_table.verticalHeader().hide()
        self.pieces_table.setWordWrap(False)
        header = self.pieces_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The piece's label is the longest text: it gives way, the state stays visible.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.pieces_table.itemSelectionChanged.connect(self._piece_selected)

        self.piece_type = QComboBox()
        self.piece_type.setPlaceholderText(self.tr("Add a piece…"))
        for document_type in DocumentType:
            self.piece_type.addItem(document_type_label(document_type), document_type.value)
        self.piece_type.setCurrentIndex(-1)
        self.piece_type.currentIndexChanged.connect(lambda _index: self._piece_buttons())
        self.add_piece_button = QPushButton(self.tr("Add"))
        self.add_piece_button.clicked.connect(lambda: self.add_piece())
        self.piece_document = QComboBox()
        self.piece_document.setPlaceholderText(self.tr("Choose the document…"))
        self.piece_document.setMinimumContentsLength(30)
        self.piece_document.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.piece_document.activated.connect(lambda _index: self._document_chosen())
        self.remove_piece_button = QPushButton(self.tr("Remove"))
        self.remove_piece_button.clicked.connect(lambda: self.remove_piece())
        self.pieces_hint = QLabel(self.tr("Save the application first to list its pieces."))
        self.pieces_error = FieldErrorLabel()

        adding = QHBoxLayout()
        adding.addWidget(self.piece_type, 1)
        adding.addWidget(self.add_piece_button)
        adding.addStretch(1)
        adding.addWidget(self.pieces_hint)
        choosing = QHBoxLayout()
        choosing.addWidget(self.piece_document, 1)
        choosing.addWidget(self.remove_piece_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.pieces_summary)
        layout.addWidget(self.pieces_table, 1)
        layout.addLayout(choosing)
        layout.addLayout(adding)
        layout.addWidget(self.pieces_error)
        self._pieces: list[RequiredPieceRow] = []
        return tab

    def _history_tab(self) -> QWidget:
        self.history_table = QTableWidget(0, 4)
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Change"), self.tr("Note")]
        )
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().hide()
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.change_history = HistoryView()
        return history_tab(self.history_table, self.change_history)

    @classmethod
    def edit(
        cls, parent: QWidget | None, registry: ServiceRegistry, application_id: int | None
    ) -> ApplicationRow | None:
        """Show the dialog (a new application when `application_id` is None); the saved row, or None if
        nothing was saved (payments or a change of status recorded before Cancel still count)."""
        dialog = cls(registry, application_id, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved
            return dialog.current() if dialog.changed_meanwhile else None
        finally:
            dialog.deleteLater()

    def start_timer(self) -> bool:
        """Start the main window's timer on this application; False outside a main window."""
        from coopdesk.ui.widgets.timer_widget import start_timer_from

        return self._row is not None and start_timer_from(self, self._row.id)

    def open_compte_rendu(self) -> None:
        """The compte rendu financier of this application (granted ones: the button is disabled otherwise)."""
        from coopdesk.ui.dialogs.compte_rendu_dialog import CompteRenduDialog

        if self._row is not None:
            CompteRenduDialog.edit(self, self._registry.budgets, self._row.id)

    def prepare_pack(self) -> None:
        """The printed pack of this application: pieces to choose and order, preview, save, print."""
        from coopdesk.ui.dialogs.pack_dialog import PackDialog

        if self._row is not None:
            PackDialog.prepare(self, self._registry, self._row.id)

    # -- showing --------------------------------------------------------------------------------

    def current(self) -> ApplicationRow | None:
        return self._row

    @staticmethod
    def _choose(combo: QComboBox, value: object, missing_text: str) -> None:
        index = combo.findData(value)
        if index < 0 and value is not None:  # archived since: kept, not lost
            combo.addItem(missing_text or str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    def _fill(self, row: ApplicationRow | None) -> None:
        """Every tab from the saved row (a blank application when None)."""
        self._row = row
        self.title.setText(row.title if row else "")
        self._choose(self.project, row.project_id if row else None, row.project_title if row else "")
        self._choose(self.funder, row.funder_id if row else None, row.funder_name if row else "")
        self._choose(self.call, row.call_id if row else None, row.call_title if row else "")
        self._choose(self.owner, row.owner_id if row else None, row.owner_name if row else "")
        funding_type = row.funding_type if row else FundingType.OPERATING
        self.funding_type.setCurrentIndex(self.funding_type.findData(funding_type.value))
        self.multi_year.setChecked(row.multi_year if row else False)
        self.in_kind.setChecked(row.in_kind if row else False)
        self._request_object_chosen_by_hand = False
        if row is not None:
            self.request_object.setCurrentIndex(self.request_object.findData(row.request_object.value))
            self._request_object_chosen_by_hand = True  # as saved: a project chosen later keeps it
        else:
            self._project_changed(0)
        self._show_budget_hint()
        self.years_box.setVisible(self.multi_year.isChecked())
        self._fill_years(row.year_amounts if row else (), row)
        self.platform.setCurrentIndex(
            max(0, self.platform.findData(row.platform.value if row and row.platform else None))
        )
        for name, date_widget in self.dates.items():
            date_widget.set_value(getattr(row, name) if row else None)
        self.amount_requested.setText(euros(row.amount_requested_cents) if row else "")
        self.notes.setPlainText(row.notes if row else "")
        self._fill_recorded(row)

    def _fill_years(
        self, year_amounts: tuple[tuple[int, int], ...], row: ApplicationRow | None = None
    ) -> None:
        self.years_table.setRowCount(0)
        filed = dict(row.year_reports_filed) if row else {}
        self._year_due = {report.year: report.due_on for report in row.year_reports} if row else {}
        for year, cents in sorted(year_amounts):
            self._append_year(year, euros(cents), filed.get(year))
        self._years_changed()

    def _append_year(self, year: int, amount: str, filed_on: dt.date | None = None) -> int:
        number = self.years_table.rowCount()
        self.years_table.insertRow(number)
        spin = QSpinBox()
        spin.setRange(FIRST_YEAR, LAST_YEAR)
        spin.setGroupSeparatorShown(False)
        spin.setValue(year)
        spin.valueChanged.connect(lambda _year: self._years_changed())
        self.years_table.setCellWidget(number, 0, spin)
        item = QTableWidgetItem(amount)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.years_table.setItem(number, 1, item)
        due = QTableWidgetItem()
        due.setFlags(due.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.years_table.setItem(number, 2, due)
        self.years_table.setItem(number, 3, QTableWidgetItem(date_text(filed_on) if filed_on else ""))
        self._show_year_due(number)
        return number

    def _show_year_due(self, number: int) -> None:
        """The day this year's report is due, as saved (a year added or changed: known once saved)."""
        item = self.years_table.item(number, 2)
        if item is None:
            return
        due = getattr(self, "_year_due", {}).get(self.year_cell(number).value())
        item.setText(date_text(due) if due else self.tr("once saved"))

    def year_cell(self, number: int) -> QSpinBox:
        spin = self.years_table.cellWidget(number, 0)
        assert isinstance(spin, QSpinBox)
        return spin

    def _year_rows(self) -> list[tuple[int, str]]:
        """(year, amount as typed) of each line of the table, in its order."""
        rows = []
        for number in range(self.years_table.rowCount()):
            item = self.years_table.item(number, 1)
            rows.append((self.year_cell(number).value(), item.text() if item is not None else ""))
        return rows

    def _years_changed(self) -> None:
        self.error_labels["year_amounts"].hide_error()
        total = 0
        for _year, text in self._year_rows():
            with contextlib.suppress(InvalidValue):  # refused on Save, at the table
                total += parse_money(text)
        self.years_total.setText(self.tr("Total over the years: %1").replace("%1", euros(total)))
        for number in range(self.years_table.rowCount()):
            self._show_year_due(number)
        self.remove_year_button.setEnabled(self.years_table.rowCount() > 0)

    def _multi_year_toggled(self, checked: bool) -> None:
        self.years_box.setVisible(checked)
        self.error_labels["year_amounts"].hide_error()

    def add_year(self) -> int:
        """A new line: the year after the last one (or the funded period's first year); its number."""
        years = [year for year, _text in self._year_rows()]
        start = self.dates["period_start"].value()
        year = max(years) + 1 if years else (start or self._today()).year
        number = self._append_year(min(max(year, FIRST_YEAR), LAST_YEAR), "")
        self.years_table.setCurrentCell(number, 1)
        self._years_changed()
        return number

    def remove_year(self) -> None:
        """Remove the selected line (the last one when none is selected)."""
        count = self.years_table.rowCount()
        if count == 0:
            return
        rows = self.years_table.selectionModel().selectedRows()
        self.years_table.removeRow(rows[0].row() if rows else count - 1)
        self._years_changed()

    def _fill_recorded(self, row: ApplicationRow | None) -> None:
        """What the small dialogs change: decision, recorded dates, payments, history."""
        granted = row.amount_granted_cents if row else None
        self.amount_granted.setText(NO_VALUE if granted is None else euros(granted))
        self.decision_granted.setText(self.amount_granted.text())
        remaining = row.remaining_cents if row else None
        self.remaining.setText(NO_VALUE if remaining is None else euros(remaining))
        refunded = row.refunded_cents if row else 0
        self.refunded.setText(euros(refunded))
        self.refunded.setVisible(refunded > 0)
        self.refunded_label.setVisible(refunded > 0)
        self.submitted_on.setText(_date(row.submitted_on if row else None))
        self.decision_on.setText(_date(row.decision_on if row else None))
        self.decision_date.setText(self.decision_on.text())
        self.report_filed_on.setText(_date(row.report_filed_on if row else None))
        self.status.setText(status_label(row.status) if row else self.tr("Idea (once saved)"))
        reason = row.refusal_reason if row else None
        if reason is None:
            self.refusal_reason.setText(NO_VALUE)
        else:
            self.refusal_reason.setText(reason or self.tr("no reason given"))
        saved = row is not None
        self.report_button.setEnabled(saved and row is not None and row.status in GRANTED_STATUSES)
        for widget in (self.add_payment_button, self.change_status_button):
            widget.setEnabled(saved)
        self.payments_hint.setVisible(not saved)
        self._fill_payments()
        self._fill_pieces()
        self._fill_history()

    def _fill_payments(self) -> None:
        self._payments = [] if self._row is None else self._service.payments(self._row.id)
        self.payments_table.setRowCount(len(self._payments))
        for number, payment in enumerate(self._payments):
            amount = QTableWidgetItem(euros(payment.amount_cents))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.payments_table.setItem(number, 0, QTableWidgetItem(date_text(payment.received_on)))
            self.payments_table.setItem(number, 1, amount)
            reference = payment.reference
            if payment.amount_cents < 0:  # money paid back: said in words, not only by the sign
                reference = self.tr("Refund") + (f" — {reference}" if reference else "")
            self.payments_table.setItem(number, 2, QTableWidgetItem(reference))
        has_payments = bool(self._payments)
        self.edit_payment_button.setEnabled(has_payments)
        self.delete_payment_button.setEnabled(has_payments)

    def _fill_history(self) -> None:
        changes: list[StatusChangeRow] = [] if self._row is None else self._service.history(self._row.id)
        self.history_table.setRowCount(len(changes))
        for number, change in enumerate(changes):
            local = change.changed_at.astimezone()
            when = f"{date_text(local.date())} {local:%H:%M}"
            if change.from_status is None:
                what = self.tr("Created: %1").replace("%1", status_label(change.to_status))
            else:
                what = f"{status_label(change.from_status)} → {status_label(change.to_status)}"
            for column, text in enumerate((when, change.changed_by or NO_VALUE, what, change.note)):
                self.history_table.setItem(number, column, QTableWidgetItem(text))
        row_id = None if self._row is None else self._row.id
        events = [] if row_id is None else self._registry.history.events(HistoryEntity.APPLICATION, row_id)
        self.change_history.set_events(events)

    def payments(self) -> list[PaymentRow]:
        return list(self._payments)

    # -- required pieces ------------------------------------------------------------------------

    def _fill_pieces(self, select_id: int | None = None) -> None:
        """The checklist as saved, its summary, and the selection kept (or moved to `select_id`)."""
        if select_id is None:
            current = self.selected_piece()
            select_id = current.id if current else None
        self._pieces = [] if self._row is None else self._service.pieces(self._row.id, self._today())
        self.pieces_table.blockSignals(True)
        self.pieces_table.clearSelection()
        self.pieces_table.setRowCount(len(self._pieces))
        for number, piece in enumerate(self._pieces):
            state = QTableWidgetItem(piece_state_label(piece.state))
            if piece.state in (PieceState.MISSING, PieceState.EXPIRED):
                state.setForeground(QBrush(MISSING_FOREGROUND))
            elif piece.state is PieceState.EXPIRES_SOON:
                state.setForeground(QBrush(SOON_FOREGROUND))
            texts = (
                document_type_label(piece.document_type),
                piece.label,
                piece.document_title or NO_VALUE,
                _date(piece.valid_until),
            )
            for column, text in enumerate(texts):
                self.pieces_table.setItem(number, column, QTableWidgetItem(text))
            self.pieces_table.setItem(number, 4, state)
            if piece.id == select_id:
                self.pieces_table.selectRow(number)
        self.pieces_table.blockSignals(False)
        self.pieces_summary.setText(self._pieces_summary())
        saved = self._row is not None
        self.pieces_hint.setVisible(not saved)
        self.piece_type.setEnabled(saved)
        self._piece_selected()

    def _pieces_summary(self) -> str:
        if self._row is None:
            return ""
        if not self._pieces:
            return self.tr("No piece required yet.")
        counts = {state: sum(piece.state is state for piece in self._pieces) for state in PieceState}
        parts = [
            text.replace("%1", str(counts[state]))
            for state, text in (
                (PieceState.MISSING, self.tr("%1 missing")),
                (PieceState.EXPIRED, self.tr("%1 expired")),
                (PieceState.EXPIRES_SOON, self.tr("%1 expiring soon")),
            )
            if counts[state]
        ]
        return ", ".join(parts) if parts else self.tr("Every piece is provided.")

    def pieces(self) -> list[RequiredPieceRow]:
        return list(self._pieces)

    def piece_texts(self) -> list[tuple[str, str, str, str, str]]:
        """What the checklist table shows: (type, label, document, valid until, state) of each line."""
        rows = []
        for number in range(self.pieces_table.rowCount()):
            cells = [self.pieces_table.item(number, column) for column in range(5)]
            texts = [cell.text() if cell is not None else "" for cell in cells]
            rows.append((texts[0], texts[1], texts[2], texts[3], texts[4]))
        return rows

    def selected_piece(self) -> RequiredPieceRow | None:
        rows = self.pieces_table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._pieces):
            return self._pieces[rows[0].row()]
        return None

    def select_piece(self, number: int) -> None:
        self.pieces_table.selectRow(number)

    def _piece_buttons(self) -> None:
        saved = self._row is not None
        piece = self.selected_piece()
        self.add_piece_button.setEnabled(saved and self.piece_type.currentIndex() >= 0)
        self.remove_piece_button.setEnabled(saved and piece is not None)
        self.piece_document.setEnabled(saved and piece is not None)

    def _piece_selected(self) -> None:
        """Offer the documents of the selected piece's type, its own one chosen."""
        piece = self.selected_piece()
        self.piece_document.clear()
        if piece is not None:
            self.piece_document.addItem(self.tr("(no document)"), None)
            for choice in self._service.documents_of_type(piece.document_type):
                text = choice.title
                if choice.valid_until is not None:
                    valid = self.tr("Valid until %1").replace("%1", date_text(choice.valid_until))
                    text = f"{text} – {valid}"
                self.piece_document.addItem(text, choice.id)
            index = self.piece_document.findData(piece.document_id)
            if index < 0 and piece.document_id is not None:  # not offered any more: kept, not lost
                self.piece_document.addItem(piece.document_title, piece.document_id)
                index = self.piece_document.count() - 1
            self.piece_document.setCurrentIndex(index)
        else:
            self.piece_document.setCurrentIndex(-1)
        self._piece_buttons()

    def _piece_failed(self, error: FieldErrors | StaleEdit | NotFound) -> None:
        if isinstance(error, FieldErrors):
            self.pieces_error.show_error(" ".join(field_messages(error).values()))
        else:
            self.pieces_error.show_error(error_message(error))
        self._fill_pieces()

    def add_piece(self, document_type: DocumentType | None = None) -> RequiredPieceRow | None:
        """Add a piece of `document_type` (the type chosen in the tab when None) at the end of the
        checklist; the current document of that type is chosen when there is only one."""
        self.pieces_error.hide_error()
        if document_type is None:
            value = self.piece_type.currentData()
            document_type = DocumentType(value) if isinstance(value, str) else None
        if self._row is None or document_type is None:
            return None
        try:
            added = self._service.add_piece(self._row.id, document_type, today=self._today())
        except (FieldErrors, NotFound) as error:
            self._piece_failed(error)
            return None
        self.piece_type.setCurrentIndex(-1)
        self._fill_pieces(select_id=added.id)
        return added

    def _document_chosen(self) -> None:
        value = self.piece_document.currentData()
        self.choose_piece_document(value if isinstance(value, int) else None)

    def choose_piece_document(self, document_id: int | None) -> RequiredPieceRow | None:
        """Point the selected piece to `document_id` (None: no document yet), saved at once."""
        self.pieces_error.hide_error()
        piece = self.selected_piece()
        if piece is None or piece.document_id == document_id:
            return None
        try:
            linked = self._service.link_piece(piece.id, piece.version, document_id, today=self._today())
        except (FieldErrors, StaleEdit, NotFound) as error:
            self._piece_failed(error)
            return None
        self._fill_pieces(select_id=linked.id)
        return linked

    def remove_piece(self) -> bool:
        """Take the selected piece off the checklist (the document itself stays in the file)."""
        self.pieces_error.hide_error()
        piece = self.selected_piece()
        if piece is None:
            return False
        with contextlib.suppress(NotFound):  # already gone: the list below says so
            self._service.remove_piece(piece.id)
        self._fill_pieces()
        return True

    def history_texts(self) -> list[str]:
        items = (self.history_table.item(row, 2) for row in range(self.history_table.rowCount()))
        return [item.text() for item in items if item is not None]

    # -- small dialogs --------------------------------------------------------------------------

    def _reload_recorded(self) -> None:
        """After a payment or a change of status: the new version, keeping what the user typed."""
        if self._row is None:
            return
        try:
            self._row = self._service.get(self._row.id)
        except NotFound as error:
            self.form_error.show_error(error_message(error))
            return
        self.changed_meanwhile = True
        self._fill_recorded(self._row)

    def _selected_payment(self) -> PaymentRow | None:
        rows = self.payments_table.selectionModel().selectedRows()
        if rows:
            return self._payments[rows[0].row()]
        return self._payments[0] if len(self._payments) == 1 else None

    def add_payment(self) -> None:
        if self._row is None:
            return
        if PaymentDialog.edit(self, self._service, self._row.id, None) is not None:
            self._reload_recorded()

    def edit_payment(self) -> None:
        payment = self._selected_payment()
        if self._row is None or payment is None:
            return
        if PaymentDialog.edit(self, self._service, self._row.id, payment) is not None:
            self._reload_recorded()

    def delete_payment(self) -> bool:
        payment = self._selected_payment()
        if payment is None:
            return False
        confirmed = message_box.ask(
            self,
            self.tr("Delete the payment"),
            self.tr("Delete the payment of %1 received on %2?")
            .replace("%1", euros(payment.amount_cents))
            .replace("%2", date_text(payment.received_on)),
            self.tr("Delete"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return False
        with contextlib.suppress(NotFound):  # already gone: the list below says so
            self._service.delete_payment(payment.id)
        self._reload_recorded()
        return True

    def change_status(self) -> None:
        row = self._row
        if row is None:
            return
        applied = TransitionDialog.ask(
            self, row, lambda data: self._service.transition(row.id, row.version, data)
        )
        if applied is not None:
            self._reload_recorded()

    # -- saving ---------------------------------------------------------------------------------

    def _year_amounts(self, errors: dict[str, str]) -> tuple[tuple[int, int], ...]:
        """The table's (year, cents), sorted by year; none when the application is not multi-year."""
        if not self.multi_year.isChecked():
            return ()
        amounts: list[tuple[int, int]] = []
        for year, text in self._year_rows():
            try:
                cents = parse_money(text)
            except InvalidValue as error:
                errors.setdefault(
                    "year_amounts",
                    self.tr("Year %1: %2")
                    .replace("%1", str(year))
                    .replace("%2", invalid_value_message(error)),
                )
                cents = 0
            amounts.append((year, cents))
        if len({year for year, _cents in amounts}) != len(amounts):
            errors.setdefault("year_amounts", self.tr("Each year can be given only once."))
        return tuple(sorted(amounts))

    def _year_reports_filed(self, errors: dict[str, str]) -> tuple[tuple[int, dt.date], ...]:
        """The day each year's report was filed, as typed in the table (empty: not filed)."""
        if not self.multi_year.isChecked():
            return ()
        filed: list[tuple[int, dt.date]] = []
        for number in range(self.years_table.rowCount()):
            item = self.years_table.item(number, 3)
            text = item.text().strip() if item is not None else ""
            if not text:
                continue
            year = self.year_cell(number).value()
            try:
                filed.append((year, parse_date(text)))
            except InvalidValue as error:
                errors.setdefault(
                    "year_amounts",
                    self.tr("Year %1, report filed on: %2")
                    .replace("%1", str(year))
                    .replace("%2", invalid_value_message(error)),
                )
        return tuple(sorted(set(filed)))

    def _input(self, errors: dict[str, str]) -> ApplicationInput:
        amount = 0
        if self.amount_requested.text().strip():
            try:
                amount = parse_money(self.amount_requested.text())
            except InvalidValue as error:
                errors["amount_requested_cents"] = invalid_value_message(error)
        platform = self.platform.currentData()

        def chosen(combo: QComboBox) -> int | None:
            value = combo.currentData()
            return value if isinstance(value, int) else None

        return ApplicationInput(
            title=self.title.text(),
            project_id=chosen(self.project),
            funder_id=chosen(self.funder),
            call_id=chosen(self.call),
            owner_id=chosen(self.owner),
            funding_type=FundingType(self.funding_type.currentData()),
            request_object=RequestObject(self.request_object.currentData()),
            in_kind=self.in_kind.isChecked(),
            multi_year=self.multi_year.isChecked(),
            year_amounts=self._year_amounts(errors),
            year_reports_filed=self._year_reports_filed(errors),
            amount_requested_cents=amount,
            period_start=self.dates["period_start"].value(),
            period_end=self.dates["period_end"].value(),
            letter_of_intent_on=self.dates["letter_of_intent_on"].value(),
            deadline=self.dates["deadline"].value(),
            platform=SubmissionPlatform(platform) if isinstance(platform, str) else None,
            notes=self.notes.toPlainText(),
        )

    def value(self) -> ApplicationInput:
        """The application as typed (an amount that cannot be read counts as 0: `accept` refuses it)."""
        return self._input({})

    def _show_errors(self, messages: dict[str, str]) -> None:
        for name, message in messages.items():
            self.error_labels.get(name, self.form_error).show_error(message)
        first = next((name for name in (*FIELD_ORDER, *messages) if name in messages), None)
        if first is not None:
            self.tabs.setCurrentIndex(TAB_OF_FIELD.get(first, 0))
        if first == "amount_requested_cents":
            self.amount_requested.setFocus(Qt.FocusReason.OtherFocusReason)
        elif first == "title":
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        elif first == "year_amounts":
            self.years_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self, data: ApplicationInput, due: dt.date | None) -> ApplicationRow:
        """Create or update, and record the report due date, in the order each rule allows."""
        service = self._service
        row = self._row
        if row is None:
            created = service.create(data)
            if due is None:
                return created
            return service.set_report_due(created.id, created.version, due)
        if due == row.report_due_on:
            return service.update(row.id, row.version, data)
        # A later due date first (checked against the recorded period), an earlier one after the period.
        if due is None or (row.report_due_on is not None and due > row.report_due_on):
            moved = service.set_report_due(row.id, row.version, due)
            return service.update(row.id, moved.version, data)
        updated = service.update(row.id, row.version, data)
        return service.set_report_due(row.id, updated.version, due)

    def accept(self) -> None:
        """Save; on refusal show each message under its field and keep the dialog open."""
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        typed: dict[str, str] = {}
        data = self._input(typed)
        if typed:  # an amount that is not an amount, a year twice: nothing sent to the service
            self._show_errors(typed)
            return
        try:
            self.saved = self._save(data, self.dates["report_due_on"].value())
        except FieldErrors as errors:
            self._show_errors(field_messages(errors))
            self._refresh_version()
            return
        except StaleEdit as error:
            self.form_error.show_error(error_message(error))
            self._offer_reload()
            return
        except NotFound as error:
            self.form_error.show_error(error_message(error))
            return
        super().accept()

    def _refresh_version(self) -> None:
        """A half-done save (the due date moved, the rest refused) must not make the next one stale."""
        if self._row is not None:
            with contextlib.suppress(NotFound):
                self._row = self._service.get(self._row.id)

    def _offer_reload(self) -> None:
        """Someone else saved the application meanwhile: show their version if the user wants it."""
        if self._row is None:
            return
        try:
            fresh = self._service.get(self._row.id)
        except NotFound as error:
            self.form_error.show_error(error_message(error))
            return
        links = {
            "project_id": self.project,
            "funder_id": self.funder,
            "call_id": self.call,
            "owner_id": self.owner,
        }
        found = conflict_dialog.differences(
            self.value(), fresh, {name: conflict_dialog.combo_names(combo) for name, combo in links.items()}
        )
        last = self._registry.history.last_change(HistoryEntity.APPLICATION, fresh.id)
        if not conflict_dialog.resolve_conflict(self, found, last):
            return
        self._fill(fresh)
        self.form_error.hide_error()
