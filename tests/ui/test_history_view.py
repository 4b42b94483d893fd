"""The History tab of the application editor and the dialog of deleted applications: who changed
what and when, values shown the French way, newest first; a deleted application keeps its history."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.applications import ApplicationInput, PaymentInput, TransitionInput
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import FunderKind, FunderLevel, FundingType, Recurrence, SubmissionPlatform
from coopdesk.domain.history import ChangeEventRow, HistoryAction, HistoryEntity, ValueKind, default_actor
from coopdesk.ui.dialogs.application_dialog import ApplicationDialog
from coopdesk.ui.dialogs.deleted_history_dialog import DeletedHistoryDialog, deleted_history_button
from coopdesk.ui.formatting import NO_VALUE, date_text, money, status_label
from coopdesk.ui.funder_labels import kind_label, level_label, platform_label
from coopdesk.ui.table_models.call_table_model import funding_type_label, recurrence_label
from coopdesk.ui.widgets.history_view import HistoryView, change_text, distinct_parts, field_label, value_text

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 3, 16)


def _event(
    number: int, field: str | None, old: str | None, new: str | None, **changes: object
) -> ChangeEventRow:
    values: dict[str, object] = {
        "id": number,
        "occurred_at": dt.datetime(2026, 3, number, 10, 0, tzinfo=dt.UTC),
        "actor": "camille",
        "entity": HistoryEntity.APPLICATION,
        "entity_id": 1,
        "entity_label": "Maraude",
        "action": HistoryAction.UPDATED,
        "field": field,
        "old_value": old,
        "new_value": new,
    }
    values.update(changes)
    return ChangeEventRow(**values)  # type: ignore[arg-type]


def test_values_are_shown_the_french_way():
    assert value_text(ValueKind.MONEY, "amount_requested_cents", "123456") == money(123_456)
    assert value_text(ValueKind.DATE, "deadline", "2026-12-31") == date_text(dt.date(2026, 12, 31))
    assert value_text(ValueKind.STATUS, "status", "granted") == status_label(S.GRANTED)
    assert value_text(ValueKind.MONEY, "amount_granted_cents", None) == NO_VALUE
    assert value_text(ValueKind.MONEY, "amount_granted_cents", "pas un nombre") == "pas un nombre"
    assert value_text(ValueKind.ENUM, "platform", "unknown-platform") == "unknown-platform"
    assert value_text(ValueKind.ENUM, "kind", "state_service") == kind_label(FunderKind.STATE_SERVICE)
    assert value_text(ValueKind.ENUM, "level", "regional") == level_label(FunderLevel.REGIONAL)
    assert value_text(ValueKind.ENUM, "platform", "own_portal") == platform_label(
        SubmissionPlatform.OWN_PORTAL
    )
    assert value_text(ValueKind.ENUM, "funding_type", "investment") == funding_type_label(
        FundingType.INVESTMENT
    )
    assert value_text(ValueKind.ENUM, "recurrence", "ongoing") == recurrence_label(Recurrence.ONGOING)
    assert value_text(ValueKind.TEXT, "notes", "ligne 1\nligne 2") == "ligne 1 ⏎ ligne 2"
    assert field_label("funder_id") == field_label("funder") != "funder"


def test_the_view_lists_newest_first_with_an_empty_state(qtbot):
    view = HistoryView()
    qtbot.addWidget(view)
    view.show()
    assert view.empty.isVisible()
    assert not view.table.isVisible()
    view.set_events(
        [
            _event(1, None, None, None, action=HistoryAction.CREATED),
            _event(2, "amount_requested_cents", "100000", "150000"),
            _event(
                3, "amount_cents", None, "5000", entity=HistoryEntity.PAYMENT, action=HistoryAction.CREATED
            ),
        ]
    )
    assert not view.empty.isVisible()
    rows = view.row_texts()
    assert [row[1] for row in rows] == ["camille"] * 3
    assert rows[0][2] == change_text(view.events()[0])
    assert rows[1][3:] == (money(100_000), money(150_000))
    assert rows[2][3:] == ("", "")  # creation: no before/after


def test_the_application_editor_shows_every_change(qtbot, registry):
    row = registry.applications.create(ApplicationInput(title="Épicerie", amount_requested_cents=100_000))
    row = registry.applications.update(
        row.id, row.version, ApplicationInput(title="Épicerie", amount_requested_cents=120_000)
    )
    row = registry.applications.transition(row.id, row.version, TransitionInput(target=S.DRAFTING))
    registry.applications.add_payment(row.id, PaymentInput(TODAY, 1_000), confirm_over_granted=True)
    dialog = ApplicationDialog(registry, row.id, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    rows = dialog.change_history.row_texts()
    assert (field_label("amount_requested_cents"), money(100_000), money(120_000)) in [r[2:] for r in rows]
    assert (field_label("status"), status_label(S.IDEA), status_label(S.DRAFTING)) in [r[2:] for r in rows]
    assert {r[1] for r in rows} == {default_actor() or NO_VALUE}
    payment = next(r for r in rows if money(1_000) in r[4])
    assert field_label("received_on") in payment[4]  # a creation's values on its own line


def test_a_new_application_has_an_empty_history(qtbot, registry):
    dialog = ApplicationDialog(registry, None, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.change_history.row_texts() == []


def test_deleted_applications_keep_their_history(qtbot, registry):
    kept = registry.applications.create(ApplicationInput(title="Gardé"))
    gone = registry.applications.create(ApplicationInput(title="Supprimé", amount_requested_cents=70_000))
    registry.applications.delete(gone.id)
    dialog = DeletedHistoryDialog(registry)
    qtbot.addWidget(dialog)
    assert [record.entity_label for record in dialog.deleted_records()] == ["Supprimé"]
    assert dialog.records.count() == 1
    assert "Supprimé" in dialog.records.item(0).text()
    assert dialog.records.wordWrap()  # a long title wraps instead of scrolling sideways
    texts = dialog.view.row_texts()
    assert any(money(70_000) in row[3] for row in texts)  # what a deletion kept, in "before"
    assert {event.entity_id for event in dialog.view.events()} == {gone.id}
    assert kept.id != gone.id


def test_no_deleted_application_says_so(qtbot, registry):
    dialog = DeletedHistoryDialog(registry)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible()


def test_the_button_opens_the_dialog(qtbot, registry, monkeypatch):
    from PySide6.QtWidgets import QWidget

    opened: list[object] = []
    monkeypatch.setattr(
        DeletedHistoryDialog, "show_for", classmethod(lambda cls, parent, reg: opened.append(reg))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    button = deleted_history_button(parent, registry)
    button.click()
    assert opened == [registry]


def test_a_long_text_is_shown_from_where_it_changed():
    before = "Convention pluriannuelle d'objectifs : 8 000 € par an pendant trois ans."
    after = before + " Relancé par téléphone."
    shown_before, shown_after = distinct_parts(before, after)
    assert shown_before.startswith("…")
    assert shown_after.startswith("…")
    assert shown_after.endswith("Relancé par téléphone.")
    assert len(shown_after) < len(after)
    assert distinct_parts("court", "courte") == ("court", "courte")
