"""The application editor and the payment dialog: saving, errors at the field, payments above the grant."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.applications import (
    ApplicationFilter,
    ApplicationInput,
    PaymentInput,
    PieceState,
    TransitionInput,
)
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import DocumentType
from coopdesk.domain.errors import InvalidValue, InvalidValueCode
from coopdesk.ui.dialogs import conflict_dialog, message_box
from coopdesk.ui.dialogs.application_dialog import (
    ApplicationDialog,
    document_type_label,
    piece_state_label,
)
from coopdesk.ui.dialogs.payment_dialog import PaymentDialog
from coopdesk.ui.error_messages import invalid_value_message
from coopdesk.ui.formatting import NO_VALUE

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 3, 16)


def _dialog(qtbot, registry, application_id):
    dialog = ApplicationDialog(registry, application_id, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _granted(registry, granted: int = 1_000_000):
    service = registry.applications
    row = service.create(ApplicationInput(title="Épicerie 2027", amount_requested_cents=granted))
    for data in (
        TransitionInput(target=S.DRAFTING),
        TransitionInput(target=S.SUBMITTED, submitted_on=dt.date(2026, 1, 10)),
        TransitionInput(target=S.GRANTED, decision_on=dt.date(2026, 3, 1), amount_granted_cents=granted),
    ):
        row = service.transition(row.id, row.version, data)
    return row


def test_creating_through_the_accept_logic(qtbot, registry):
    registry.demo.fill(TODAY)
    dialog = _dialog(qtbot, registry, None)
    dialog.title.setText("  Paniers solidaires 2027 ")
    dialog.funder.setCurrentIndex(1)
    dialog.project.setCurrentIndex(1)
    dialog.amount_requested.setText("12 500,50 €")
    dialog.dates["deadline"].set_value(dt.date(2026, 12, 31))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved is not None
    assert saved.title == "Paniers solidaires 2027"
    assert saved.status == S.IDEA
    assert saved.amount_requested_cents == 1_250_050
    assert saved.deadline == dt.date(2026, 12, 31)
    assert saved.funder_id == dialog.funder.itemData(1)
    assert saved.id in {row.id for row in registry.applications.list(ApplicationFilter())}


def test_a_bad_amount_is_refused_at_the_field(qtbot, registry):
    dialog = _dialog(qtbot, registry, None)
    dialog.title.setText("Paniers")
    dialog.amount_requested.setText("12,345")
    dialog.accept()
    assert dialog.error_labels["amount_requested_cents"].has_error()
    assert dialog.saved is None
    assert dialog.tabs.currentIndex() == 1
    assert registry.applications.list(ApplicationFilter()) == []


def test_a_missing_title_is_refused_at_the_field(qtbot, registry):
    dialog = _dialog(qtbot, registry, None)
    dialog.accept()
    assert dialog.error_labels["title"].has_error()
    assert registry.applications.list(ApplicationFilter()) == []


def test_editing_saves_and_sets_the_report_due_date(qtbot, registry):
    row = _granted(registry)
    dialog = _dialog(qtbot, registry, row.id)
    assert dialog.status.text() == "Accordé"
    assert dialog.amount_granted.text() == "10\u202f000\u00a0€"
    dialog.title.setText("Épicerie solidaire 2027")
    dialog.dates["report_due_on"].set_value(dt.date(2027, 9, 30))
    dialog.accept()
    saved = registry.applications.get(row.id)
    assert saved.title == "Épicerie solidaire 2027"
    assert saved.report_due_on == dt.date(2027, 9, 30)


def test_a_report_due_before_the_period_end_is_refused_at_the_field(qtbot, registry):
    row = _granted(registry)
    dialog = _dialog(qtbot, registry, row.id)
    dialog.dates["period_end"].set_value(dt.date(2026, 12, 31))
    dialog.dates["report_due_on"].set_value(dt.date(2026, 6, 30))
    dialog.accept()
    assert dialog.error_labels["report_due_on"].has_error()
    assert dialog.saved is None


def test_stale_edit_offers_to_reload(monkeypatch, qtbot, registry):
    row = _granted(registry)
    dialog = _dialog(qtbot, registry, row.id)
    registry.applications.update(row.id, row.version, ApplicationInput(title="Changed elsewhere"))
    asked: list[list[conflict_dialog.FieldDifference]] = []

    def resolve(parent, found, last_change=None):
        asked.append(list(found))
        return True

    monkeypatch.setattr(conflict_dialog, "resolve_conflict", resolve)
    dialog.title.setText("Mine")
    dialog.accept()
    first = asked[0][0]
    assert (first.field, first.mine, first.saved) == (
        "title",
        "Mine",
        "Changed elsewhere",
    )
    assert dialog.saved is None
    assert dialog.title.text() == "Changed elsewhere"
    dialog.accept()
    assert dialog.saved is not None


def test_a_payment_above_the_grant_is_saved_only_when_confirmed(monkeypatch, qtbot, registry):
    row = _granted(registry, granted=500_000)
    answers: list[bool] = []
    monkeypatch.setattr(message_box, "ask", lambda *args: answers.pop(0))

    dialog = PaymentDialog(registry.applications, row.id, None, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.amount.setText("6 000 €")
    answers.append(False)
    dialog.accept()
    assert dialog.saved is None
    assert dialog.error_labels["amount_cents"].has_error()
    assert registry.applications.payments(row.id) == []

    answers.append(True)
    dialog.accept()
    assert dialog.saved is not None
    assert [payment.amount_cents for payment in registry.applications.payments(row.id)] == [600_000]


def test_a_refund_is_typed_with_a_minus_and_shown_as_such(qtbot, registry):
    row = _granted(registry, granted=500_000)
    registry.applications.add_payment(row.id, PaymentInput(TODAY, 500_000, "VIR 1"))
    dialog = PaymentDialog(registry.applications, row.id, None, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.amount.setText("−6 000 €")  # more than received: refused with the reason
    dialog.accept()
    assert dialog.saved is None
    refused = invalid_value_message(InvalidValue("refund", "-600000", InvalidValueCode.TOO_LARGE))
    assert dialog.error_labels["amount_cents"].text() == refused
    dialog.amount.setText("-500 €")
    dialog.reference.setText("Non consommé")
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.amount_cents == -50_000
    editor = _dialog(qtbot, registry, row.id)
    assert editor.payments_table.item(1, 2).text().endswith(" — Non consommé")  # « Reversement — … »
    assert editor.payments_table.item(1, 2).text() != "Non consommé"
    assert editor.refunded.text() == "500\u00a0€"
    assert editor.remaining.text() == "0\u00a0€"


def test_a_payment_within_the_grant_asks_nothing(qtbot, registry):
    row = _granted(registry, granted=500_000)
    dialog = PaymentDialog(registry.applications, row.id, None, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.amount.setText("12,345")
    dialog.accept()
    assert dialog.error_labels["amount_cents"].has_error()
    dialog.amount.setText("2 000 €")
    dialog.reference.setText("Virement DDETS")
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.received_on == TODAY
    editor = _dialog(qtbot, registry, row.id)
    assert [payment.amount_cents for payment in editor.payments()] == [200_000]
    assert editor.remaining.text() == "3\u202f000\u00a0€"


def test_history_lists_every_change(qtbot, registry):
    row = _granted(registry)
    dialog = _dialog(qtbot, registry, row.id)
    assert len(dialog.history_texts()) == len(registry.applications.history(row.id)) == 4
    assert "→" in dialog.history_texts()[-1]


def test_look(qtbot, registry):
    registry.demo.fill(TODAY)
    paid = next(row for row in registry.applications.list(ApplicationFilter()) if row.paid_cents)
    dialog = _dialog(qtbot, registry, paid.id)
    dialog.show()
    qtbot.waitExposed(dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        dialog.grab().save(f"/tmp/ap/dialog_tab{index}.png")
    dialog.amount_requested.setText("12,345")
    dialog.accept()
    dialog.grab().save("/tmp/ap/dialog_amount_error.png")
    payment = PaymentDialog(registry.applications, paid.id, None, today=lambda: TODAY)
    qtbot.addWidget(payment)
    payment.show()
    qtbot.waitExposed(payment)
    payment.grab().save("/tmp/ap/payment.png")


def _fill_year(dialog, year: int, amount: str) -> None:
    number = dialog.add_year()
    dialog.year_cell(number).setValue(year)
    dialog.years_table.item(number, 1).setText(amount)


def test_the_amount_of_each_year_is_saved_sorted(qtbot, registry):
    row = registry.applications.create(ApplicationInput(title="Épicerie 2027-2028"))
    dialog = _dialog(qtbot, registry, row.id)
    assert dialog.years_box.isHidden()
    dialog.multi_year.setChecked(True)
    assert not dialog.years_box.isHidden()
    _fill_year(dialog, 2028, "6 000 €")
    _fill_year(dialog, 2027, "4 000,50")
    assert dialog.years_total.text().endswith("10\u202f000,50\u00a0€")
    dialog.accept()
    assert dialog.saved is not None
    saved = registry.applications.get(row.id)
    assert saved.multi_year
    assert saved.year_amounts == ((2027, 400_050), (2028, 600_000))

    again = _dialog(qtbot, registry, row.id)
    assert not again.years_box.isHidden()
    assert [again.year_cell(number).value() for number in range(2)] == [2027, 2028]
    assert again.years_table.item(1, 1).text() == "6\u202f000\u00a0€"


def test_a_bad_year_amount_is_refused_at_the_table(qtbot, registry):
    dialog = _dialog(qtbot, registry, None)
    dialog.title.setText("Paniers")
    dialog.multi_year.setChecked(True)
    _fill_year(dialog, 2027, "12,345")
    dialog.accept()
    assert dialog.error_labels["year_amounts"].has_error()
    assert dialog.saved is None
    assert dialog.tabs.currentIndex() == 0
    assert registry.applications.list(ApplicationFilter()) == []


def test_a_year_given_twice_is_refused_at_the_table(qtbot, registry):
    dialog = _dialog(qtbot, registry, None)
    dialog.title.setText("Paniers")
    dialog.multi_year.setChecked(True)
    _fill_year(dialog, 2027, "1 000 €")
    _fill_year(dialog, 2027, "2 000 €")
    dialog.accept()
    assert dialog.error_labels["year_amounts"].has_error()
    assert registry.applications.list(ApplicationFilter()) == []
    dialog.remove_year()
    assert dialog.years_table.rowCount() == 1
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.year_amounts == ((2027, 100_000),)


def test_unticking_multi_year_clears_the_years(qtbot, registry):
    row = registry.applications.create(
        ApplicationInput(title="Épicerie", multi_year=True, year_amounts=((2027, 100_000), (2028, 200_000)))
    )
    dialog = _dialog(qtbot, registry, row.id)
    assert dialog.years_table.rowCount() == 2
    dialog.multi_year.setChecked(False)
    assert dialog.years_box.isHidden()
    assert dialog.value().year_amounts == ()
    dialog.accept()
    saved = registry.applications.get(row.id)
    assert not saved.multi_year
    assert saved.year_amounts == ()


# -- required pieces --------------------------------------------------------------------------------


def _with_pieces(registry):
    registry.demo.fill(TODAY)
    service = registry.applications
    for row in service.list(ApplicationFilter(statuses=frozenset({S.DRAFTING}))):
        pieces = service.pieces(row.id, TODAY)
        if any(piece.state is PieceState.MISSING for piece in pieces):
            return row, pieces
    raise AssertionError("no demo application with a missing piece")


def test_the_pieces_tab_lists_the_checklist_with_its_states(qtbot, registry):
    row, pieces = _with_pieces(registry)
    dialog = _dialog(qtbot, registry, row.id)
    assert dialog.pieces() == pieces
    texts = dialog.piece_texts()
    assert [text[4] for text in texts] == [piece_state_label(piece.state) for piece in pieces]
    assert [text[0] for text in texts] == [document_type_label(piece.document_type) for piece in pieces]
    for text, piece in zip(texts, pieces, strict=True):
        assert text[2] == (piece.document_title or NO_VALUE)
        if piece.valid_until is not None:
            assert text[3] == piece.valid_until.strftime("%d/%m/%Y")
    missing = sum(piece.state is PieceState.MISSING for piece in pieces)
    assert dialog.pieces_summary.text().startswith(f"{missing} ")
    assert dialog.piece_type.isEnabled()
    assert not dialog.pieces_hint.isVisibleTo(dialog)


def test_the_pieces_tab_waits_for_a_saved_application(qtbot, registry):
    dialog = _dialog(qtbot, registry, None)
    assert dialog.piece_texts() == []
    assert not dialog.piece_type.isEnabled()
    assert not dialog.add_piece_button.isEnabled()
    assert dialog.add_piece() is None


def test_adding_a_piece_and_choosing_its_document_in_the_tab(qtbot, registry):
    row, pieces = _with_pieces(registry)
    dialog = _dialog(qtbot, registry, row.id)
    assert not dialog.add_piece_button.isEnabled()
    dialog.piece_type.setCurrentIndex(dialog.piece_type.findData(DocumentType.OTHER.value))
    assert dialog.add_piece_button.isEnabled()
    added = dialog.add_piece()
    assert added is not None
    assert len(dialog.piece_texts()) == len(pieces) + 1
    assert dialog.piece_texts()[-1][0] == document_type_label(DocumentType.OTHER)
    assert dialog.selected_piece() == added
    assert dialog.piece_type.currentIndex() == -1
    # several "other" documents: none chosen, the user picks one in the combo
    assert added.state is PieceState.MISSING
    assert dialog.piece_document.count() > 2
    dialog.piece_document.setCurrentIndex(1)
    dialog._document_chosen()
    linked = dialog.selected_piece()
    assert linked is not None
    assert linked.document_id == dialog.piece_document.itemData(1)
    assert registry.applications.pieces(row.id, TODAY)[-1] == linked
    assert dialog.remove_piece()
    assert dialog.pieces() == pieces


def test_each_year_shows_its_report_due_date_and_takes_the_day_it_was_filed(qtbot, registry):
    row = registry.applications.create(
        ApplicationInput(
            title="CPO 2027-2028",
            multi_year=True,
            year_amounts=((2027, 100_000), (2028, 200_000)),
            period_start=dt.date(2027, 1, 1),
            period_end=dt.date(2028, 12, 31),
        )
    )
    dialog = _dialog(qtbot, registry, row.id)
    assert [dialog.years_table.item(number, 2).text() for number in range(2)] == ["30/06/2028", "30/06/2029"]
    dialog.years_table.item(0, 3).setText("15/05/2028")
    dialog.accept()
    assert dialog.saved is not None
    assert registry.applications.get(row.id).year_reports_filed == ((2027, dt.date(2028, 5, 15)),)
    again = _dialog(qtbot, registry, row.id)
    assert again.years_table.item(0, 3).text() == "15/05/2028"
    again.years_table.item(1, 3).setText("31/02/2029")  # no such day: refused at the table
    again.accept()
    assert again.error_labels["year_amounts"].has_error()
    assert registry.applications.get(row.id).year_reports_filed == ((2027, dt.date(2028, 5, 15)),)
