"""FunderTableModel and the other models of the Financeurs page: qtmodeltester, data, native sort values."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from coopdesk.domain.enums import FunderKind, FunderLevel, InteractionKind
from coopdesk.domain.funders import ContactRow, FunderListRow, InteractionRow, TopicContacts
from coopdesk.formats.contacts_csv import ContactFields, RowProblem, RowProblemCode
from coopdesk.services.contacts_import_service import ContactPreviewRow, ContactRowStatus
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.contact_preview_table_model import ContactPreviewTableModel
from coopdesk.ui.table_models.contact_table_model import ContactTableModel
from coopdesk.ui.table_models.funder_table_model import Column, FunderTableModel
from coopdesk.ui.table_models.interaction_table_model import InteractionTableModel
from coopdesk.ui.table_models.who_does_what_table_model import WhoDoesWhatTableModel

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 11, 28)

FUNDERS = [
    FunderListRow(1, "CAF du Lez", FunderKind.CAF, FunderLevel.DEPARTMENTAL, "Action sociale", "Montpellier",
                  False, 2, dt.date(2026, 10, 12)),
    FunderListRow(2, "Ville de Lunel", FunderKind.MUNICIPALITY, FunderLevel.LOCAL, "", "Lunel",
                  True, 0, None),
]  # fmt: skip
CONTACT = ContactRow(5, 1, "CAF du Lez", "Élise Dupré", "Conseillère", "", "04 67 12 34 56", "e@caf.fr",
                     ("aide alimentaire",))  # fmt: skip
FORMER = ContactRow(6, 1, "CAF du Lez", "Jean Morel", active=False, left_on=dt.date(2025, 6, 30))
INTERACTION = InteractionRow(9, 1, "CAF du Lez", dt.date(2026, 11, 2), InteractionKind.CALL, 5, "Élise Dupré",
                             summary="Point sur le dossier", follow_up_on=dt.date(2026, 11, 20))  # fmt: skip


def test_funder_model_passes_qtmodeltester(qtmodeltester):
    model = FunderTableModel()
    model.set_rows(FUNDERS)
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_funder_model_shows_dates_in_french_and_sorts_on_native_values():
    model = FunderTableModel()
    model.set_rows(FUNDERS)
    assert model.data(model.index(0, Column.LAST_EXCHANGE)) == "12/10/2026"
    assert model.data(model.index(1, Column.LAST_EXCHANGE)) == ""
    assert model.data(model.index(0, Column.ACTIVE_CONTACTS), SORT_ROLE) == 2
    assert model.data(model.index(0, Column.LAST_EXCHANGE), SORT_ROLE) == QDate(2026, 10, 12)
    assert model.data(model.index(1, Column.NAME), Qt.ItemDataRole.ForegroundRole) is not None  # archived
    assert model.data(model.index(0, Column.NAME), Qt.ItemDataRole.ForegroundRole) is None
    assert model.row_of(2) == 1


def test_contact_model_passes_qtmodeltester(qtmodeltester):
    model = ContactTableModel()
    model.set_rows([CONTACT, FORMER])
    qtmodeltester.check(model)
    assert "30/06/2025" in model.data(model.index(1, 5))


def test_interaction_model_passes_qtmodeltester(qtmodeltester):
    model = InteractionTableModel()
    model.set_rows([INTERACTION], TODAY)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 5)).startswith("20/11/2026")
    assert model.data(model.index(0, 5), SORT_ROLE) == QDate(2026, 11, 20)
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ForegroundRole) is not None  # overdue


def test_who_does_what_model_passes_qtmodeltester(qtmodeltester):
    model = WhoDoesWhatTableModel()
    model.set_topics([TopicContacts("aide alimentaire", (CONTACT,)), TopicContacts("PAT", (CONTACT,))])
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.topic_count() == 2


def test_preview_model_passes_qtmodeltester(qtmodeltester):
    model = ContactPreviewTableModel()
    rejected = ContactPreviewRow(
        3,
        ContactRowStatus.REJECTED,
        ContactFields(funder="CAF", name="X"),
        ("CAF", "X", "x@"),
        problems=(RowProblem("email", RowProblemCode.BAD_EMAIL, "x@"),),
    )
    model.set_rows([ContactPreviewRow(2, ContactRowStatus.NEW, ContactFields("CAF", "Y"), ()), rejected])
    qtmodeltester.check(model)
    assert model.statuses() == [ContactRowStatus.NEW, ContactRowStatus.REJECTED]
    assert "x@" in model.reason(rejected)
