"""ProjectTableModel and ProjectFunderTableModel: pass qtmodeltester, periods and money the French way."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from coopdesk.domain.applications import ProjectFunderLine, ProjectRow
from coopdesk.domain.enums import ApplicationStatus
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.project_funder_table_model import Column as FunderColumn
from coopdesk.ui.table_models.project_funder_table_model import ProjectFunderTableModel
from coopdesk.ui.table_models.project_table_model import Column, ProjectTableModel

pytestmark = pytest.mark.usefixtures("french")

NNBSP, NBSP = "\u202f", "\u00a0"

PROJECTS = [
    ProjectRow(1, "Épicerie solidaire 2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31), "", 1, "Camille", 1),
    ProjectRow(2, "camion", None, None, "", None, "", 1),
    ProjectRow(3, "Ateliers", dt.date(2026, 3, 1), None, "", None, "", 2),
]
LINES = [
    ProjectFunderLine(
        8,
        "Commune de Saint-Aubin",
        123_400,
        123_400,
        50_050,
        (ApplicationStatus.GRANTED, ApplicationStatus.PAID),
    ),
    ProjectFunderLine(None, "", 2_000_000, 0, 0, (ApplicationStatus.DRAFTING,)),
]


def _proxy(model: ProjectTableModel | ProjectFunderTableModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def test_project_model_passes_qtmodeltester(qtmodeltester):
    model = ProjectTableModel()
    qtmodeltester.check(model)
    model.set_rows(PROJECTS)
    qtmodeltester.check(model)
    proxy = _proxy(model)
    for column in Column:
        proxy.sort(column)
        qtmodeltester.check(proxy)
    proxy.sort(Column.TITLE)
    assert [proxy.index(row, Column.TITLE).data() for row in range(3)] == [
        "Ateliers",
        "camion",
        "Épicerie solidaire 2027",
    ]


def test_project_cells():
    model = ProjectTableModel()
    model.set_rows(PROJECTS)
    assert model.index(0, Column.PERIOD).data() == "01/01/2027 \u2013 31/12/2027"
    assert model.index(0, Column.OWNER).data() == "Camille"
    assert model.index(1, Column.PERIOD).data() == "—"
    assert "01/03/2026" in model.index(2, Column.PERIOD).data()
    assert model.headerData(len(Column), Qt.Orientation.Horizontal) is None


def test_funder_model_passes_qtmodeltester(qtmodeltester):
    model = ProjectFunderTableModel()
    qtmodeltester.check(model)
    model.set_rows(LINES)
    qtmodeltester.check(model)
    proxy = _proxy(model)
    for column in FunderColumn:
        proxy.sort(column)
        qtmodeltester.check(proxy)
    proxy.sort(FunderColumn.REQUESTED, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, FunderColumn.REQUESTED).data() == f"20{NNBSP}000{NBSP}€"


def test_funder_cells_in_french_money():
    model = ProjectFunderTableModel()
    model.set_rows(LINES)
    assert model.index(0, FunderColumn.FUNDER).data() == "Commune de Saint-Aubin"
    assert model.index(0, FunderColumn.STATUSES).data() == "Accordé, Versé"
    assert model.index(0, FunderColumn.REQUESTED).data() == f"1{NNBSP}234{NBSP}€"
    assert model.index(0, FunderColumn.GRANTED).data() == f"1{NNBSP}234{NBSP}€"
    assert model.index(0, FunderColumn.PAID).data() == f"500,50{NBSP}€"
    assert model.index(1, FunderColumn.FUNDER).data()  # "(no funder)", said in words
    alignment = model.index(0, FunderColumn.PAID).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    assert model.index(0, FunderColumn.PAID).data(SORT_ROLE) == 50_050
