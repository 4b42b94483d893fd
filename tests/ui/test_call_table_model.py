"""CallTableModel: passes qtmodeltester, countdown and amounts as read, closing within 7 days stands out."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt

from coopdesk.domain.calls import CallRow
from coopdesk.domain.enums import FundingType, Recurrence
from coopdesk.ui.formatting import relative_days
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.call_table_model import (
    SOON_BACKGROUND,
    CallTableModel,
    Column,
    amounts_text,
    countdown_text,
)

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 11, 28)
NNBSP, NBSP = "\u202f", "\u00a0"


def _call(call_id: int, title: str, deadline: dt.date | None, **changes: object) -> CallRow:
    row = CallRow(
        id=call_id,
        title=title,
        funder_id=None,
        funder_name="Région",
        reference="",
        url="",
        opens_on=None,
        predeposit_on=None,
        deadline=deadline,
        amount_min_cents=None,
        amount_max_cents=None,
        rate_min_percent=None,
        rate_max_percent=None,
        funding_type=FundingType.OPERATING,
        multi_year=False,
        eligibility="",
        description="",
        recurrence=Recurrence.ONEOFF,
        archived=False,
        source_id=None,
        source_slug=None,
        version=1,
        days_left=None if deadline is None else (deadline - TODAY).days,
        next_deadline=deadline if deadline is not None and deadline >= TODAY else None,
    )
    return dataclasses.replace(row, **changes)  # type: ignore[arg-type]


ROWS = [
    _call(1, "Soon", TODAY + dt.timedelta(days=5), amount_min_cents=500_000, amount_max_cents=2_000_000),
    _call(2, "today", TODAY, rate_max_percent=80),
    _call(3, "Later", TODAY + dt.timedelta(days=12), amount_max_cents=123_456),
    _call(4, "Gone", TODAY - dt.timedelta(days=3)),
    _call(
        5,
        "Yearly",
        dt.date(2026, 3, 1),
        recurrence=Recurrence.RECURRING,
        next_deadline=dt.date(2027, 3, 1),
    ),
    _call(6, "Always", None, recurrence=Recurrence.ONGOING),
]


def _model() -> CallTableModel:
    model = CallTableModel()
    model.set_rows(ROWS, TODAY)
    return model


def test_passes_qtmodeltester(qtmodeltester):
    model = CallTableModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS, TODAY)
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    for column in Column:
        proxy.sort(column)
        qtmodeltester.check(proxy)
    proxy.sort(Column.COUNTDOWN)
    titles = [proxy.index(row, Column.TITLE).data() for row in range(proxy.rowCount())]
    assert titles == ["today", "Soon", "Later", "Yearly", "Always", "Gone"]


def test_deadline_and_countdown_cells():
    model = _model()
    cells = [model.index(row, Column.DEADLINE).data() for row in range(len(ROWS))]
    assert cells[:2] == ["03/12/2026", "28/11/2026"]
    assert cells[5] == "—"
    assert model.index(0, Column.COUNTDOWN).data() == relative_days(ROWS[0].deadline, TODAY)  # type: ignore[arg-type]
    assert model.index(2, Column.COUNTDOWN).data() == "dans 12 jours"
    assert model.index(1, Column.COUNTDOWN).data() == "aujourd’hui"
    # A passed one-off call is closed; a passed recurring call shows its next deadline.
    assert countdown_text(ROWS[3], TODAY) != countdown_text(ROWS[5], TODAY)
    assert "01/03/2027" in model.index(4, Column.COUNTDOWN).data()
    assert model.index(3, Column.DEADLINE).data(SORT_ROLE) == QDate(2026, 11, 25)


def test_amounts_in_french_money_and_rates():
    assert amounts_text(ROWS[0]) == f"5{NNBSP}000{NBSP}€ – 20{NNBSP}000{NBSP}€"
    assert f"80{NNBSP}%" in amounts_text(ROWS[1])
    assert f"1{NNBSP}234,56{NBSP}€" in amounts_text(ROWS[2])
    assert amounts_text(ROWS[3]) == "—"
    model = _model()
    assert model.index(0, Column.AMOUNTS).data(SORT_ROLE) == 2_000_000


def test_deadlines_within_seven_days_are_highlighted():
    model = _model()
    background = Qt.ItemDataRole.BackgroundRole
    assert [model.is_soon(row) for row in range(len(ROWS))] == [True, True, False, False, False, False]
    assert model.index(0, Column.TITLE).data(background).color() == SOON_BACKGROUND
    assert model.index(2, Column.TITLE).data(background) is None
