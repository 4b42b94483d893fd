"""DeadlineTableModel: passes qtmodeltester, sorts on native values, French texts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt

from coopdesk.domain.enums import DeadlineKind
from coopdesk.domain.rows import DeadlineRow
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.deadline_table_model import Column, DeadlineTableModel

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 12, 30)
ROWS = [
    DeadlineRow(DeadlineKind.FOLLOW_UP, dt.date(2027, 1, 2), "Rappeler Mme Roux", "DDETS", "interaction", 4),
    DeadlineRow(
        DeadlineKind.DOCUMENT_EXPIRY, dt.date(2026, 12, 1), "Attestation d'assurance", "", "document", 9
    ),
    DeadlineRow(
        DeadlineKind.LETTER_OF_INTENT, dt.date(2026, 12, 31), "Fonds européens", "FSE+", "application", 2
    ),
]


def test_passes_qtmodeltester(qtmodeltester):
    model = DeadlineTableModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS, TODAY)
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Column.DUE_ON)
    qtmodeltester.check(proxy)


def test_texts_and_native_sort_values():
    model = DeadlineTableModel()
    model.set_rows(ROWS, TODAY)
    assert [model.index(row, Column.WHEN).data() for row in range(3)] == [
        "dans 3 jours",
        "en retard de 29 jours",
        "demain",
    ]
    assert model.index(1, Column.KIND).data() == "Pièce qui expire"
    assert model.index(2, Column.KIND).data() == "Lettre d’intention"
    assert model.index(0, Column.DUE_ON).data() == "02/01/2027"
    assert model.index(0, Column.DUE_ON).data(SORT_ROLE) == QDate(2027, 1, 2)
    assert model.overdue_count() == 1
    assert model.is_overdue(1)
    assert model.row_at(2).entity_id == 2

    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Column.DUE_ON, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(row, Column.DUE_ON).data() for row in range(3)] == [
        "01/12/2026",
        "31/12/2026",
        "02/01/2027",
    ]
