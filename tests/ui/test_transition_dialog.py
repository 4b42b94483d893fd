"""Changing the status: only the moves the workflow allows, the fields they record, errors at the field."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coopdesk.domain import workflow
from coopdesk.domain.applications import ApplicationInput, TransitionInput
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.ui.dialogs.transition_dialog import TransitionDialog

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 3, 16)


def _submitted(registry, amount: int = 1_000_000):
    service = registry.applications
    row = service.create(ApplicationInput(title="Épicerie 2027", amount_requested_cents=amount))
    row = service.transition(row.id, row.version, TransitionInput(target=S.DRAFTING))
    return service.transition(
        row.id, row.version, TransitionInput(target=S.SUBMITTED, submitted_on=dt.date(2026, 2, 1))
    )


def _dialog(qtbot, registry, row):
    dialog = TransitionDialog(
        row,
        apply=lambda data: registry.applications.transition(row.id, row.version, data),
        today=lambda: TODAY,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_only_allowed_targets_and_required_fields(qtbot, registry):
    row = _submitted(registry)
    dialog = _dialog(qtbot, registry, row)
    offered = {S(dialog.target.itemData(index)) for index in range(dialog.target.count())}
    assert offered == set(workflow.ALLOWED_TRANSITIONS[S.SUBMITTED])
    assert dialog.choose(S.GRANTED)
    assert dialog.shown_fields() == {"decision_on", "amount_granted_cents"}
    assert dialog.choose(S.REFUSED)
    assert dialog.shown_fields() == {"decision_on", "refusal_reason"}
    assert dialog.choose(S.UNDER_REVIEW)
    assert dialog.shown_fields() == set()


def test_granting_sets_the_report_due_date(qtbot, registry):
    row = _submitted(registry)
    dialog = _dialog(qtbot, registry, row)
    dialog.choose(S.GRANTED)
    dialog.amount_granted.setText("8 000 €")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = registry.applications.get(row.id)
    assert saved.status == S.GRANTED
    assert saved.amount_granted_cents == 800_000
    assert saved.decision_on == TODAY
    assert saved.report_due_on == dt.date(2027, 6, 30)


def test_a_bad_amount_is_refused_at_the_field(qtbot, registry):
    row = _submitted(registry)
    dialog = _dialog(qtbot, registry, row)
    dialog.choose(S.PARTIALLY_GRANTED)
    dialog.amount_granted.setText("12,345")
    dialog.accept()
    assert dialog.error_labels["amount_granted_cents"].has_error()
    assert registry.applications.get(row.id) == row


def test_an_ill_specified_partial_grant_changes_nothing(qtbot, registry):
    row = _submitted(registry, amount=500_000)
    changes = len(registry.applications.history(row.id))
    dialog = _dialog(qtbot, registry, row)
    dialog.choose(S.PARTIALLY_GRANTED)
    dialog.amount_granted.setText("6 000 €")  # more than requested: not a partial grant
    dialog.accept()
    assert dialog.error_labels["amount_granted_cents"].has_error()
    assert dialog.result_input is None
    assert registry.applications.get(row.id) == row
    assert len(registry.applications.history(row.id)) == changes


def test_a_forbidden_transition_is_shown_at_the_status(qtbot, registry):
    row = registry.applications.create(ApplicationInput(title="Idée"))
    # The dialog believes the application is being drafted; the service knows it is still an idea.
    believed = dataclasses.replace(row, status=S.DRAFTING)
    dialog = _dialog(qtbot, registry, believed)
    dialog.choose(S.SUBMITTED)
    dialog.accept()
    assert dialog.error_labels["target"].has_error()
    assert dialog.result_input is None
    assert registry.applications.get(row.id) == row
    assert len(registry.applications.history(row.id)) == 1


def test_refusal_without_reason_records_none_given(qtbot, registry):
    row = _submitted(registry)
    dialog = _dialog(qtbot, registry, row)
    dialog.choose(S.REFUSED)
    assert dialog.no_reason.isChecked()
    dialog.accept()
    saved = registry.applications.get(row.id)
    assert saved.status == S.REFUSED
    assert saved.refusal_reason == ""


def test_closing_a_grant_without_report_shows_the_report_field(qtbot, registry):
    row = _submitted(registry)
    service = registry.applications
    row = service.transition(
        row.id,
        row.version,
        TransitionInput(target=S.GRANTED, decision_on=TODAY, amount_granted_cents=100_000),
    )
    row = service.transition(row.id, row.version, TransitionInput(target=S.REPORT_DUE))
    dialog = _dialog(qtbot, registry, row)
    assert dialog.choose(S.REPORT_FILED)
    assert dialog.shown_fields() == {"report_filed_on"}
    dialog.report_filed_on.setDate(dialog.report_filed_on.date().addDays(-400))  # before the decision
    dialog.accept()
    assert dialog.error_labels["report_filed_on"].has_error()
    assert service.get(row.id) == row


def test_look(qtbot, registry):
    row = _submitted(registry)
    dialog = _dialog(qtbot, registry, row)
    dialog.choose(S.REFUSED)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/ap/transition_refused.png")
    dialog.choose(S.PARTIALLY_GRANTED)
    dialog.amount_granted.setText("12,345")
    dialog.accept()
    dialog.grab().save("/tmp/ap/transition_error.png")
