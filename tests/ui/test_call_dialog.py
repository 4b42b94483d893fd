"""The call editor: amounts typed in French, each message under its field, never exec() here."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.calls import CallFilter, CallInput, CallWindow
from coopdesk.domain.enums import FunderKind, FundingType, Recurrence
from coopdesk.domain.funders import FunderInput
from coopdesk.ui.dialogs import conflict_dialog
from coopdesk.ui.dialogs.call_dialog import CallDialog

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 11, 28)
ALL = CallFilter(window=CallWindow.ALL, include_archived=True)


def _dialog(qtbot, registry, call=None) -> CallDialog:
    dialog = CallDialog(registry.calls, registry.funders.search("", limit=None), call, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_an_amount_with_three_decimals_is_refused_at_its_field(qtbot, registry):
    dialog = _dialog(qtbot, registry)
    dialog.line_edits["title"].setText("Aide alimentaire 2027")
    dialog.line_edits["amount_min_cents"].setText("12,345")

    dialog.accept()

    assert dialog.result() == 0
    assert dialog.saved is None
    assert dialog.error_labels["amount_min_cents"].has_error()
    assert not dialog.error_labels["amount_min_cents"].isHidden()
    assert dialog.error_labels["amount_max_cents"].isHidden()
    assert dialog.error_labels["title"].isHidden()
    assert registry.calls.list(ALL, TODAY) == []


def test_a_minimum_above_the_maximum_is_refused_at_the_maximum(qtbot, registry):
    dialog = _dialog(qtbot, registry)
    dialog.line_edits["title"].setText("Aide alimentaire 2027")
    dialog.line_edits["amount_min_cents"].setText("20 000 €")
    dialog.line_edits["amount_max_cents"].setText("5 000")

    dialog.accept()

    assert dialog.result() == 0
    assert dialog.error_labels["amount_max_cents"].has_error()
    assert dialog.error_labels["amount_min_cents"].isHidden()
    assert registry.calls.list(ALL, TODAY) == []


def test_a_missing_title_is_said_at_the_title(qtbot, registry):
    dialog = _dialog(qtbot, registry)
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error_labels["title"].has_error()


def test_a_valid_call_is_created(qtbot, registry):
    funder = registry.funders.create(FunderInput(name="Région Occitanie", kind=FunderKind.REGION))
    dialog = _dialog(qtbot, registry)
    dialog.funder.setCurrentIndex(dialog.funder.findData(funder.id))
    dialog.line_edits["title"].setText("  Aide   alimentaire 2027 ")
    dialog.line_edits["url"].setText("www.exemple.fr/aap")
    dialog.line_edits["amount_min_cents"].setText("5 000 €")
    dialog.line_edits["amount_max_cents"].setText("20\u202f000,50")
    dialog.rates["rate_max_percent"].setValue(80)
    dialog.dates["deadline"].set_value(dt.date(2027, 1, 15))
    dialog.funding_type.setCurrentIndex(dialog.funding_type.findData(FundingType.BOTH.value))
    dialog.multi_year.setChecked(True)
    dialog.eligibility.setPlainText("Associations d'aide alimentaire")

    dialog.accept()

    assert dialog.result() == 1
    saved = dialog.saved
    assert saved is not None
    assert (saved.title, saved.funder_id, saved.deadline) == (
        "Aide alimentaire 2027",
        funder.id,
        dt.date(2027, 1, 15),
    )
    assert (saved.amount_min_cents, saved.amount_max_cents) == (500_000, 2_000_050)
    assert (saved.rate_min_percent, saved.rate_max_percent) == (None, 80)
    assert saved.funding_type is FundingType.BOTH
    assert saved.multi_year
    assert saved.opens_on is None
    assert saved.predeposit_on is None
    assert [row.id for row in registry.calls.list(ALL, TODAY)] == [saved.id]


def test_editing_shows_the_call_and_a_recurring_call_its_next_deadline(qtbot, registry):
    call = registry.calls.create(
        CallInput(
            title="Fonds annuel",
            deadline=dt.date(2026, 3, 1),
            recurrence=Recurrence.RECURRING,
            amount_max_cents=1_000_000,
        ),
        TODAY,
    )
    assert call.next_deadline == dt.date(2027, 3, 1)
    dialog = _dialog(qtbot, registry, call)
    assert dialog.line_edits["title"].text() == "Fonds annuel"
    assert dialog.dates["deadline"].value() == dt.date(2026, 3, 1)
    assert dialog.dates["opens_on"].value() is None
    assert dialog.line_edits["amount_max_cents"].text() == "10\u202f000\u00a0€"
    assert not dialog.next_occurrence.isHidden()
    assert dialog.next_occurrence.text() == "01/03/2027"

    dialog.recurrence.setCurrentIndex(dialog.recurrence.findData(Recurrence.ONEOFF.value))
    assert dialog.next_occurrence.isHidden()

    dialog.recurrence.setCurrentIndex(dialog.recurrence.findData(Recurrence.RECURRING.value))
    dialog.line_edits["reference"].setText("FA-27")
    dialog.accept()
    assert dialog.result() == 1
    assert registry.calls.get(call.id, TODAY).reference == "FA-27"


def test_a_call_changed_meanwhile_is_not_overwritten_and_can_be_reloaded(qtbot, registry, monkeypatch):
    call = registry.calls.create(CallInput(title="Fonds annuel"), TODAY)
    dialog = _dialog(qtbot, registry, call)
    registry.calls.update(call.id, call.version, CallInput(title="Fonds annuel (modifié)"), TODAY)
    asked: list[list[conflict_dialog.FieldDifference]] = []

    def resolve(parent, found, last_change=None):
        asked.append(list(found))
        return True

    monkeypatch.setattr(conflict_dialog, "resolve_conflict", resolve)
    dialog.line_edits["title"].setText("Mon titre")
    dialog.accept()

    assert dialog.result() == 0
    assert len(asked) == 1
    assert [difference.field for difference in asked[0]] == ["title"]
    assert registry.calls.get(call.id, TODAY).title == "Fonds annuel (modifié)"
    assert dialog.line_edits["title"].text() == "Fonds annuel (modifié)"  # reloaded
    dialog.line_edits["title"].setText("Mon titre")
    dialog.accept()
    assert dialog.result() == 1
    assert registry.calls.get(call.id, TODAY).title == "Mon titre"
