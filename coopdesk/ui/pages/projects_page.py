"""Projets: the list of projects and, beside it, the selected project's summary: its applications per
funder, what was requested, granted and paid, and the share of the planned budget still uncovered."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.applications import ProjectRow, ProjectSummary
from coopdesk.domain.errors import InUse, NotFound
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.project_dialog import ProjectDialog
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import NO_VALUE, percent
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.project_funder_table_model import Column as FunderColumn
from coopdesk.ui.table_models.project_funder_table_model import ProjectFunderTableModel, euros
from coopdesk.ui.table_models.project_table_model import Column, ProjectTableModel, period_text

LIST_MIN_WIDTH = 220  # a readable title column; the page shrinks to fit a 1024-pixel screen
LIST_SHARE = (4, 5)  # list : summary, when the page first shows
FUNDER_COLUMN_WIDTH = 180
CELL_PADDING = 8  # per column of the funder table, beyond Qt's size hint
SUMMARY_MARGINS = 72  # around the funder table: page margin, group box, vertical scroll bar
FUNDER_ROWS_SHOWN = 5


class ProjectsPage(QWidget):
    def __init__(self, registry: ServiceRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._projects = registry.projects
        self._volunteers = registry.volunteers
        self._budgets = registry.budgets
        self._documents = registry.documents
        self.summary: ProjectSummary | None = None
        self.set_aside_cents = 0  # asked by the refused or withdrawn applications of the shown project
        self.summary_width = 0  # what the summary needs to show its funder table whole

        self.title = QLabel(self.tr("Projects"))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.title.setFont(title_font)

        # -- actions
        self.new_action = QAction(self.tr("&New project…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_project)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_current)
        self.budget_action = QAction(self.tr("&Budget…"), self)
        self.budget_action.setShortcut(QKeySequence("Ctrl+B"))
        self.budget_action.triggered.connect(self.edit_budget)
        self.investment_action = QAction(self.tr("&Financing plan…"), self)
        self.investment_action.setToolTip(
            self.tr("The investment expenses of the project, with their quotes, and what finances them")
        )
        self.investment_action.triggered.connect(self.edit_investment)
        self.association_budget_action = QAction(self.tr("Budget of the &association…"), self)
        self.association_budget_action.triggered.connect(self.edit_association_budget)
        for action in (self.new_action, self.delete_action, self.budget_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        buttons = QHBoxLayout()
        for action in (
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.budget_action,
            self.investment_action,
        ):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        # Association-wide, not about the selected project: beside the page's title.
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self._button(self.association_budget_action))

        # -- the list
        self.model = ProjectTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.PERIOD, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setMinimumWidth(LIST_MIN_WIDTH)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._selection_changed())
        self.edit_on_enter = QAction(self.table)
        self.edit_on_enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_on_enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_on_enter.triggered.connect(self.edit_current)
        self.table.addAction(self.edit_on_enter)
        self.count_label = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        # -- the summary
        self.summary_title = QLabel()
        summary_font = self.summary_title.font()
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.4)
        summary_font.setBold(True)
        self.summary_title.setFont(summary_font)
        self.summary_title.setWordWrap(True)
        self.period_label = QLabel()
        self.period_label.setWordWrap(True)
        self.owner_label = QLabel()
        self.owner_label.setWordWrap(True)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.funder_model = ProjectFunderTableModel(self)
        self.funder_proxy = QSortFilterProxyModel(self)
        self.funder_proxy.setSourceModel(self.funder_model)
        self.funder_proxy.setSortRole(SORT_ROLE)
        self.funder_table = QTableView()
        self.funder_table.setModel(self.funder_proxy)
        self.funder_table.setSortingEnabled(True)
        self.funder_table.sortByColumn(FunderColumn.FUNDER, Qt.SortOrder.AscendingOrder)
        self.funder_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.funder_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.funder_table.setAlternatingRowColors(True)
        self.funder_table.setWordWrap(False)
        self.funder_table.verticalHeader().hide()
        funder_header = self.funder_table.horizontalHeader()
        funder_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        funder_header.setSectionResizeMode(FunderColumn.FUNDER, QHeaderView.ResizeMode.Stretch)
        row_height = self.funder_table.verticalHeader().defaultSectionSize()
        self.funder_table.setMinimumHeight(
            row_height * FUNDER_ROWS_SHOWN + funder_header.sizeHint().height() + 4
        )
        self.no_application = QLabel(self.tr("No application for this project yet."))
        self.no_application.setWordWrap(True)
        self.no_application.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.funder_stack = QStackedWidget()
        self.funder_stack.addWidget(self.funder_table)
        self.funder_stack.addWidget(self.no_application)
        funders_box = QGroupBox(self.tr("Applications per funder"))
        funders_layout = QVBoxLayout(funders_box)
        funders_layout.addWidget(self.funder_stack)

        self.requested_value = self._figure_label()
        self.granted_value = self._figure_label()
        self.paid_value = self._figure_label()
        self.planned_value = self._figure_label()
        self.uncovered_value = self._figure_label()
        self.set_aside_value = self._figure_label()
        self.set_aside_value.setObjectName("setAsideRequested")
        self.set_aside_value.setToolTip(
            self.tr(
                "Asked in applications that were refused or withdrawn: not counted in the amount requested."
            )
        )
        totals = QFormLayout()
        totals.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        totals.addRow(self.tr("Requested"), self.requested_value)
        totals.addRow(self.tr("Refused or withdrawn (not counted)"), self.set_aside_value)
        totals.addRow(self.tr("Granted"), self.granted_value)
        totals.addRow(self.tr("Paid"), self.paid_value)
        totals.addRow(self.tr("Planned cost (charges, investment)"), self.planned_value)
        totals.addRow(self.tr("Uncovered share"), self.uncovered_value)
        self.totals_form = totals
        self.requested_value.setToolTip(
            self.tr("Asked in the applications still alive: refused and withdrawn ones are not counted.")
        )
        totals_box = QGroupBox(self.tr("Totals"))
        totals_box.setLayout(totals)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(12, 0, 0, 0)
        details_layout.setSpacing(8)
        details_layout.addWidget(self.summary_title)
        details_layout.addWidget(self.period_label)
        details_layout.addWidget(self.owner_label)
        details_layout.addWidget(self.description_label)
        details_layout.addWidget(funders_box)
        details_layout.addWidget(totals_box)
        details_layout.addStretch(1)
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.details_scroll.setWidget(details)

        self.empty_label = QLabel(self.tr("Choose a project in the list to see its summary."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.empty_label)
        self.detail_stack.addWidget(self.details_scroll)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([LIST_SHARE[0] * LIST_MIN_WIDTH, LIST_SHARE[1] * LIST_MIN_WIDTH])

        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)
        self._selection_changed()

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text().replace("&", ""))
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        if not action.shortcut().isEmpty():
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        return button

    @staticmethod
    def _figure_label() -> QLabel:
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the projects (keeps the selected project selected when still there)."""
        selected = self.current_project()
        rows = self._projects.list()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n project(s)", "", len(rows)))
        if selected is not None and self.select_project(selected.id):
            return
        if self.proxy.rowCount():  # show a summary at once rather than an empty panel
            self.table.selectRow(0)
        self._selection_changed()

    def select_project(self, project_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).id == project_id:
                self.table.selectRow(row)
                self._selection_changed()
                return True
        return False

    def current_project(self) -> ProjectRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def shown_titles(self) -> list[str]:
        """The titles as listed, top to bottom."""
        return [self.proxy.index(row, Column.TITLE).data() for row in range(self.proxy.rowCount())]

    def _selection_changed(self) -> None:
        project = self.current_project()
        for action in (self.edit_action, self.delete_action, self.edit_on_enter, self.budget_action):
            action.setEnabled(project is not None)
        if project is None:
            self.show_summary(None)
            return
        try:
            self.show_summary(
                self._projects.summary(project.id), self._projects.set_aside_requested(project.id)
            )
        except NotFound as error:
            self.show_summary(None)
            self.status_label.setText(error_message(error))

    def show_summary(self, summary: ProjectSummary | None, set_aside_cents: int = 0) -> None:
        """The summary of a project; `set_aside_cents`, asked by its refused or withdrawn applications,
        is shown apart from what it requests (and only when there is some)."""
        self.summary = summary
        self.set_aside_cents = set_aside_cents
        if summary is None:
            self.funder_model.set_rows([])
            self.detail_stack.setCurrentWidget(self.empty_label)
            return
        project = summary.project
        self.summary_title.setText(project.title)
        self.period_label.setText(
            self.tr("Period: %1").replace("%1", period_text(project.starts_on, project.ends_on))
        )
        self.owner_label.setText(self.tr("In charge: %1").replace("%1", project.owner_name or NO_VALUE))
        self.description_label.setText(project.description)
        self.description_label.setVisible(bool(project.description))
        self.funder_model.set_rows(summary.funders)
        self._fit_funder_table()
        self.funder_stack.setCurrentWidget(self.funder_table if summary.funders else self.no_application)
        asked = sum(line.requested_cents for line in summary.funders)
        self.requested_value.setText(euros(asked - set_aside_cents))  # live requests only
        self.set_aside_value.setText(euros(set_aside_cents))
        self.totals_form.setRowVisible(self.set_aside_value, set_aside_cents > 0)
        self.granted_value.setText(euros(sum(line.granted_cents for line in summary.funders)))
        self.paid_value.setText(euros(sum(line.paid_cents for line in summary.funders)))
        planned = summary.planned_charges_cents
        self.planned_value.setText(euros(planned) if planned > 0 else NO_VALUE)
        uncovered = summary.uncovered_percent
        self.uncovered_value.setText(NO_VALUE if uncovered is None else percent(uncovered))
        self.detail_stack.setCurrentWidget(self.details_scroll)

    def _fit_funder_table(self) -> None:
        """The summary wants the width of every status and amount and a readable funder name: the
        splitter gives it that width when the window has room (the list gets narrower, down to
        LIST_MIN_WIDTH). A preference, never a minimum: on a small screen the funder table scrolls."""
        header = self.funder_table.horizontalHeader()
        others = sum(
            max(header.sectionSizeHint(column), self.funder_table.sizeHintForColumn(column)) + CELL_PADDING
            for column in FunderColumn
            if column != FunderColumn.FUNDER
        )
        frame = 2 * self.funder_table.frameWidth() + self.funder_table.verticalScrollBar().sizeHint().width()
        self.summary_width = FUNDER_COLUMN_WIDTH + others + frame + SUMMARY_MARGINS
        self._give_summary_room()

    def _give_summary_room(self) -> None:
        list_width, summary_width = self.splitter.sizes()
        total = list_width + summary_width
        if total <= 0 or summary_width >= self.summary_width:
            return
        summary = min(self.summary_width, max(total - LIST_MIN_WIDTH, summary_width))
        self.splitter.setSizes([total - summary, summary])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._give_summary_room()

    def funder_texts(self) -> list[list[str]]:
        """The funder table as shown, row by row."""
        proxy = self.funder_proxy
        return [
            [proxy.index(row, column).data() for column in FunderColumn] for row in range(proxy.rowCount())
        ]

    # -- actions --------------------------------------------------------------------------------

    def new_project(self) -> None:
        saved = ProjectDialog.edit(self, self._projects, self._volunteers.list(), None)
        if saved is not None:
            self._after_save(saved)

    def edit_current(self) -> None:
        project = self.current_project()
        if project is None:
            return
        saved = ProjectDialog.edit(self, self._projects, self._volunteers.list(), project)
        if saved is not None:
            self._after_save(saved)

    def edit_budget(self) -> None:
        """The CERFA budget of the selected project."""
        from coopdesk.ui.dialogs.budget_dialog import BudgetDialog

        project = self.current_project()
        if project is None:
            return
        if BudgetDialog.edit_project(self, self._budgets, project.id) is not None:
            self._selection_changed()  # the planned charges of the summary

    def edit_investment(self) -> None:
        """The plan de financement of the selected project (an investment: a cold room, a van)."""
        from coopdesk.ui.dialogs.investment_dialog import InvestmentDialog

        project = self.current_project()
        if project is None:
            return
        if InvestmentDialog.edit(self, self._budgets, self._documents, project.id) is not None:
            self._selection_changed()

    def edit_association_budget(self) -> None:
        """The association's budget for a fiscal year (the current one proposed)."""
        from PySide6.QtWidgets import QInputDialog

        from coopdesk.ui.dialogs.budget_dialog import BudgetDialog
        from coopdesk.ui.formatting import local_today

        year, chosen = QInputDialog.getInt(
            self,
            self.tr("Budget of the association"),
            self.tr("Fiscal year:"),
            local_today().year,
            1900,
            2200,
        )
        if chosen:
            BudgetDialog.edit_association(self, self._budgets, year)

    def _after_save(self, saved: ProjectRow) -> None:
        self.status_label.clear()
        self.refresh()
        self.select_project(saved.id)

    def delete_current(self) -> bool:
        """Delete after confirmation; a project that still has applications is kept, and says why."""
        project = self.current_project()
        if project is None:
            return False
        confirmed = message_box.ask(
            self,
            self.tr("Delete the project"),
            self.tr("Delete “%1” and its budget? This cannot be undone.").replace("%1", project.title),
            self.tr("Delete"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return False
        try:
            self._projects.delete(project.id)
        except InUse:
            message_box.warn(
                self,
                self.tr("Project not deleted"),
                self.tr(
                    "“%1” still has applications. Delete them or attach them to another project first."
                ).replace("%1", project.title),
            )
            return False
        except NotFound:
            pass  # already gone: the list below says so
        self.refresh()
        return True
