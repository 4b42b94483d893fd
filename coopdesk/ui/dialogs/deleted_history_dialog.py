"""The applications deleted, and the whole history of each up to its deletion (who deleted it, when,
and what it held: status, amounts, funder, payments).

`DeletedHistoryDialog.show_for(parent, registry)`; `deleted_history_button(parent, registry)` is the
tool button of the Applications page that opens it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.history import DeletedRecordRow, HistoryAction, HistoryEntity
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.ui.formatting import NO_VALUE
from coopdesk.ui.widgets.history_view import HistoryView, field_label, value_text, when_text


class DeletedHistoryDialog(QDialog):
    def __init__(self, registry: ServiceRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deletedHistoryDialog")
        self._history = registry.history
        self.setWindowTitle(self.tr("Deleted applications"))
        self.resize(1000, 560)
        self._records: list[DeletedRecordRow] = self._history.deleted(HistoryEntity.APPLICATION)

        intro = QLabel(
            self.tr(
                "Applications deleted, latest first. Choose one to see what it held and every change "
                "made to it until its deletion."
            )
        )
        intro.setWordWrap(True)
        self.records = QListWidget()
        self.records.setObjectName("deletedList")
        self.records.setWordWrap(True)  # a long title and its "deleted on … by …" line stay readable
        self.records.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for record in self._records:
            when = self.tr("deleted on %1 by %2").replace("%1", when_text(record.deleted_at))
            when = when.replace("%2", record.deleted_by or NO_VALUE)
            item = QListWidgetItem(f"{record.entity_label or NO_VALUE}\n{when}")
            item.setToolTip(item.text())
            self.records.addItem(item)
        self.records.currentRowChanged.connect(self._chosen)
        self.view = HistoryView()
        self.summary = QLabel()
        self.summary.setObjectName("deletedSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("No application has been deleted."))
        self.empty.setObjectName("deletedEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.records)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 700])
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        splitter.setVisible(bool(self._records))
        self.empty.setVisible(not self._records)
        if self._records:
            self.records.setCurrentRow(0)

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self._records):
            self.view.set_events([])
            self.summary.clear()
            return
        record = self._records[row]
        events = self._history.deleted_events(record)
        self.view.set_events(events)
        kept = [
            f"{field_label(event.field)}\u00a0: {value_text(event.kind, event.field, event.old_value)}"
            for event in events
            if event.entity is HistoryEntity.APPLICATION
            and event.action is HistoryAction.DELETED
            and event.field is not None
            and event.occurred_at == record.deleted_at
        ]
        title = self.tr("What it held when it was deleted:")
        self.summary.setText("\n".join([title, *kept]))

    def deleted_records(self) -> list[DeletedRecordRow]:
        return list(self._records)

    @classmethod
    def show_for(cls, parent: QWidget | None, registry: ServiceRegistry) -> None:
        cls(registry, parent).exec()


def deleted_history_button(parent: QWidget, registry: ServiceRegistry) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName("deletedHistoryButton")
    button.setText(QCoreApplication.translate("DeletedHistoryDialog", "Deleted…"))
    button.setToolTip(
        QCoreApplication.translate("DeletedHistoryDialog", "Applications deleted, with their history")
    )
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.clicked.connect(lambda: DeletedHistoryDialog.show_for(parent, registry))
    return button
