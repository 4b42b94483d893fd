"""The applications table model: Qt's model checks, French money and dates, native sort values."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from coopdesk.domain.applications import ApplicationFilter, ApplicationListRow
from coopdesk.domain.enums import ApplicationStatus, FundingType
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.application_table_model import ApplicationTableModel, Column

TODAY = dt.date(2026, 3, 16)


def _row(**changes: object) -> ApplicationListRow:
    values: dict[str, object] = {
        "id": 1,
        "title": "Épicerie solidaire 2027",
        "status": ApplicationStatus.GRANTED,
        "funder_name": "DREETS Occitanie",
        "project_title": "Épicerie",
        "owner_name": "Marie",
        "funding_type": FundingType.OPERATING,
        "year": 2026,
        "amount_requested_cents": 123_400,
        "amount_granted_cents": 100_000,
        "paid_cents": 50_050,
        "deadline": dt.date(2026, 12, 31),
        "submitted_on": dt.date(2026, 1, 5),
        "decision_on": None,
        "report_due_on": dt.date(2027, 6, 30),
        "version": 1,
    }
    values.update(changes)
    return ApplicationListRow(**values)  # type: ignore[arg-type]


def test_qt_model_checks_on_demo_rows(qtmodeltester, registry):
    registry.demo.fill(TODAY)
    model = ApplicationTableModel()
    model.set_rows(registry.applications.list(ApplicationFilter()))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_qt_model_checks_when_empty(qtmodeltester):
    qtmodeltester.check(ApplicationTableModel())


def test_money_and_dates_in_french():
    model = ApplicationTableModel()
    model.set_rows([_row()])

    def shown(column: Column) -> str:
        return model.index(0, column).data()

    assert shown(Column.REQUESTED) == "1\u202f234\u00a0€"
    assert shown(Column.GRANTED) == "1\u202f000\u00a0€"
    assert shown(Column.PAID) == "500,50\u00a0€"
    assert shown(Column.DEADLINE) == "31/12/2026"
    assert shown(Column.DECISION) == "—"
    assert shown(Column.YEAR) == "2026"
    assert model.index(0, Column.DEADLINE).data(SORT_ROLE) == QDate(2026, 12, 31)
    assert model.index(0, Column.REQUESTED).data(SORT_ROLE) == 123_400
    alignment = model.index(0, Column.REQUESTED).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_no_grant_is_a_dash_and_sorts_first():
    model = ApplicationTableModel()
    model.set_rows([_row(amount_granted_cents=None, year=None)])
    assert model.index(0, Column.GRANTED).data() == "—"
    assert model.index(0, Column.GRANTED).data(SORT_ROLE) == -1
    assert model.index(0, Column.YEAR).data() == ""


@pytest.mark.parametrize("column", list(Column))
def test_every_column_has_a_header_and_a_sort_value(column):
    model = ApplicationTableModel()
    model.set_rows([_row()])
    assert model.headerData(column, Qt.Orientation.Horizontal)
    assert model.index(0, column).data(SORT_ROLE) is not None
