"""The pack dialog: pieces left out and reordered, the preview rebuilt off the GUI thread with its
progress delivered on the GUI thread, saving (atomic) and printing (to a PDF printer)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from coopdesk.domain.enums import DocumentType
from coopdesk.domain.pack import MissingItem
from coopdesk.paths import Locations
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.storage.database import Database
from coopdesk.ui import file_saving
from coopdesk.ui.dialogs import pack_dialog
from coopdesk.ui.dialogs.application_dialog import ApplicationDialog
from coopdesk.ui.dialogs.pack_dialog import PackDialog, suggested_file_name
from coopdesk.ui.pages.applications_page import ApplicationsPage
from tests.pack_factory import PieceSpec, pdf_file, seed_application


@pytest.fixture
def seeded(registry: ServiceRegistry, locations: Locations) -> Iterator[int]:
    database = Database.open(locations.database_url)
    try:
        # the association's budget of the year is there: only the project budget is missing
        yield seed_application(database, association_charges_cents=20_000_00)  # = the 74 line: balanced
    finally:
        database.dispose()


def _ready(qtbot: QtBot, dialog: PackDialog) -> None:
    qtbot.waitUntil(lambda: dialog.pack_result() is not None and not dialog.building(), timeout=20_000)


def _dialog(qtbot: QtBot, registry: ServiceRegistry, application_id: int) -> PackDialog:
    dialog = PackDialog(registry, application_id)
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    return dialog


def test_preview_shows_every_page(qtbot: QtBot, registry: ServiceRegistry, seeded: int) -> None:
    dialog = _dialog(qtbot, registry, seeded)
    result = dialog.pack_result()
    assert result is not None
    assert dialog.document.pageCount() == result.pages
    assert dialog.pieces.count() == 7
    assert dialog.save_button.isEnabled()
    assert dialog.print_button.isEnabled()
    assert dialog.attention_label.text()
    # The seeded project has no budget: said above the preview, the pack itself left for the funder.
    assert dialog.checklist_label.text().splitlines()[1:] == [
        "• " + pack_dialog.missing_item_text(MissingItem.BUDGET)
    ]


def test_missing_information_is_listed_above_the_preview_not_in_the_pdf(
    qtbot: QtBot, registry: ServiceRegistry, locations: Locations
) -> None:
    database = Database.open(locations.database_url)
    try:
        application_id = seed_application(
            database, pieces=(), with_association=False, amount_requested_cents=0, charges_cents=30_000_00
        )
    finally:
        database.dispose()
    dialog = _dialog(qtbot, registry, application_id)
    assert dialog.plan.missing[:1] == (MissingItem.ASSOCIATION_PROFILE,)
    assert dialog.plan.unbalanced_budget is not None
    assert not dialog.checklist_label.isHidden()
    lines = dialog.checklist_label.text().splitlines()
    expected = [pack_dialog.missing_item_text(item) for item in dialog.plan.missing]
    expected += pack_dialog.budget_balance_texts(dialog.plan.unbalanced_budget)
    assert [line.removeprefix("• ") for line in lines[1:]] == expected
    assert "30" in lines[-2]  # the amount the charges exceed the produits by
    result = dialog.pack_result()
    assert result is not None
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(result.data)).pages)
    assert "Informations manquantes" not in text
    assert result.pages == dialog.document.pageCount()


def test_leaving_out_and_reordering_pieces_rebuilds(
    qtbot: QtBot, registry: ServiceRegistry, seeded: int
) -> None:
    dialog = _dialog(qtbot, registry, seeded)
    before = dialog.pack_result()
    assert before is not None
    first = dialog.piece_ids()[0]  # the two-page statutes
    dialog.set_included(0, False)
    assert not dialog.plan.piece(first).include
    assert not dialog.save_button.isEnabled()  # the preview is no longer the choice
    _ready(qtbot, dialog)
    after = dialog.pack_result()
    assert after is not None
    assert after.pages == before.pages - 2
    dialog.pieces.setCurrentRow(2)
    moved = dialog.piece_ids()[2]
    dialog.move_selected(-1)
    assert dialog.piece_ids()[1] == moved
    assert [piece.piece_id for piece in dialog.plan.pieces][1] == moved
    assert dialog.pieces.currentRow() == 1
    _ready(qtbot, dialog)


def test_dragging_a_piece_reorders_the_plan(qtbot: QtBot, registry: ServiceRegistry, seeded: int) -> None:
    dialog = _dialog(qtbot, registry, seeded)
    ids = dialog.piece_ids()
    dialog.pieces.model().moveRow(dialog.pieces.rootIndex(), 0, dialog.pieces.rootIndex(), 3)
    expected = [ids[1], ids[2], ids[0], *ids[3:]]
    assert [piece.piece_id for piece in dialog.plan.pieces] == expected
    qtbot.waitUntil(lambda: dialog.piece_ids() == expected)
    _ready(qtbot, dialog)


def test_progress_is_delivered_on_the_gui_thread(
    qtbot: QtBot, registry: ServiceRegistry, seeded: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[bool] = []
    original = PackDialog._progressed

    def spy(self: PackDialog, done: int, total: int) -> None:
        threads.append(threading.current_thread() is threading.main_thread())
        original(self, done, total)

    monkeypatch.setattr(PackDialog, "_progressed", spy)
    _dialog(qtbot, registry, seeded)
    qtbot.waitUntil(lambda: len(threads) >= 3)
    assert all(threads)


def test_save_writes_the_pack(
    qtbot: QtBot, registry: ServiceRegistry, seeded: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, registry, seeded)
    target = tmp_path / "dossier"
    monkeypatch.setattr(file_saving, "ask_save_path", lambda *args: target)
    path = dialog.save()
    assert path == tmp_path / "dossier.pdf"
    result = dialog.pack_result()
    assert result is not None
    assert path.read_bytes() == result.data
    monkeypatch.setattr(file_saving, "ask_save_path", lambda *args: None)
    assert dialog.save() is None


def test_print_to_a_pdf_printer(qtbot: QtBot, registry: ServiceRegistry, seeded: int, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, registry, seeded)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    output = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(output))
    steps: list[int] = []
    during: list[tuple[bool, bool, int]] = []

    def step(done: int, _total: int) -> None:
        steps.append(done)
        during.append(
            (dialog.print_button.isEnabled(), dialog.progress.isVisibleTo(dialog), dialog.progress.value())
        )

    printed = dialog.print_to(printer, step)
    # while printing: the buttons wait, the progress bar moves; then back as before
    assert all(not enabled and shown for enabled, shown, _value in during)
    assert during[-1][2] == 100
    assert dialog.print_button.isEnabled()
    assert not dialog.progress.isVisibleTo(dialog)
    result = dialog.pack_result()
    assert result is not None
    assert printed == result.pages
    assert steps[-1] == result.pages
    assert len(PdfReader(BytesIO(output.read_bytes())).pages) == result.pages
    # a page range chosen in the print dialog
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setFromTo(2, 3)
    assert dialog.print_to(printer) == 2


def test_print_cancelled(
    qtbot: QtBot, registry: ServiceRegistry, seeded: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, registry, seeded)
    monkeypatch.setattr(dialog, "ask_printer", lambda: None)
    assert dialog.print_pack() == 0


def test_no_pieces_says_where_to_add_them(
    qtbot: QtBot, registry: ServiceRegistry, locations: Locations
) -> None:
    database = Database.open(locations.database_url)
    try:
        application_id = seed_application(database, pieces=())
    finally:
        database.dispose()
    dialog = _dialog(qtbot, registry, application_id)
    assert dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.pieces.isVisibleTo(dialog)


def test_one_piece_cannot_move(qtbot: QtBot, registry: ServiceRegistry, locations: Locations) -> None:
    database = Database.open(locations.database_url)
    try:
        application_id = seed_application(database, pieces=(PieceSpec(DocumentType.RIB, "RIB", pdf_file()),))
    finally:
        database.dispose()
    dialog = _dialog(qtbot, registry, application_id)
    dialog.pieces.setCurrentRow(0)
    assert not dialog.up_button.isEnabled()
    assert not dialog.down_button.isEnabled()


def test_suggested_file_name() -> None:
    assert suggested_file_name('Aide: 2027/"épicerie"') == "Dossier - Aide 2027 épicerie.pdf"
    assert suggested_file_name("") == "Dossier - dossier.pdf"


def test_opened_from_the_application_editor_and_the_page(
    qtbot: QtBot, registry: ServiceRegistry, seeded: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []
    monkeypatch.setattr(
        pack_dialog.PackDialog, "prepare", classmethod(lambda cls, parent, reg, app_id: opened.append(app_id))
    )
    editor = ApplicationDialog(registry, seeded)
    qtbot.addWidget(editor)
    assert editor.pack_button.isEnabled()
    editor.pack_button.click()
    new = ApplicationDialog(registry, None)
    qtbot.addWidget(new)
    assert not new.pack_button.isEnabled()

    page = ApplicationsPage(registry)
    qtbot.addWidget(page)
    page.refresh()
    assert page.select_application(seeded)
    assert page.pack_action.isEnabled()
    page.pack_action.trigger()
    assert opened == [seeded, seeded]
    page.table.clearSelection()
    assert not page.pack_action.isEnabled()


def test_the_plan_is_read_off_the_gui_thread_with_a_busy_indicator(
    qtbot: QtBot, registry: ServiceRegistry, seeded: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = registry.pack
    original = type(service).plan
    threads: list[bool] = []
    release = threading.Event()

    def slow_plan(self: object, *args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(10)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(type(service), "plan", slow_plan)
    dialog = PackDialog(registry, seeded)
    qtbot.addWidget(dialog)
    # the window is up while the pieces are read: busy bar, nothing to save or print yet
    assert dialog.building()
    assert dialog.progress.maximum() == 0
    assert not dialog.pieces.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.pieces.count() == 0
    release.set()
    _ready(qtbot, dialog)
    assert threads == [False]
    assert dialog.pieces.isEnabled()
    assert dialog.pieces.count() == 7
    assert dialog.progress.maximum() == 100


def test_a_plan_that_fails_is_said_in_the_status(
    qtbot: QtBot, registry: ServiceRegistry, seeded: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: object, *args: object, **kwargs: object) -> object:
        raise OSError("disque illisible")

    monkeypatch.setattr(type(registry.pack), "plan", broken)
    dialog = PackDialog(registry, seeded)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.building())
    assert "disque illisible" in dialog.status_label.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.pack_result() is None
