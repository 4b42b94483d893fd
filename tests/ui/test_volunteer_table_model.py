"""VolunteerTableModel: passes qtmodeltester, French headers, inactive volunteers said and greyed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from coopdesk.domain.rows import VolunteerRow
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.volunteer_table_model import Column, VolunteerTableModel

pytestmark = pytest.mark.usefixtures("french")

ROWS = [
    VolunteerRow(1, "Marie Dupont", "Trésorière", "marie@exemple.fr", "06 12 34 56 78", True, 1),
    VolunteerRow(2, "anne Petit", "", "", "", False, 3),
]


def test_passes_qtmodeltester(qtmodeltester):
    model = VolunteerTableModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Column.NAME)
    qtmodeltester.check(proxy)
    assert [proxy.index(row, Column.NAME).data() for row in range(2)] == ["anne Petit", "Marie Dupont"]


def test_headers_and_cells_in_french():
    model = VolunteerTableModel()
    model.set_rows(ROWS)
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in Column]
    assert headers == ["Nom", "Rôle", "Courriel", "Téléphone", "Statut"]
    assert model.index(0, Column.ACTIVE).data() == "Actif·ve"
    assert model.index(1, Column.ACTIVE).data() == "Inactif·ve"
    assert model.index(1, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.row_of(2) == 1
    assert model.row_of(99) is None
