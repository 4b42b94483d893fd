"""The Pièces page: list with expiry markers, history, adding in the background (dialog, drop), opening,
copies, editing, deleting, bad files; its dialog, its table model and its setting."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from coopdesk.domain.documents import DocumentInput, ExpiryState
from coopdesk.domain.enums import DocumentType
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.services.shared_settings_service import DOCUMENT_SIZE_LIMIT_MB
from coopdesk.ui import file_saving
from coopdesk.ui.background import wait_for_background_work
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.document_dialog import DocumentDialog, NewDocument
from coopdesk.ui.pages import documents_page
from coopdesk.ui.pages.documents_page import DocumentsPage
from coopdesk.ui.table_models.document_table_model import Column, DocumentTableModel
from coopdesk.ui.widgets.document_settings import DocumentSettings

TODAY = dt.date(2026, 11, 28)


def rib(title: str = "RIB Banque du Lez", **changes: object) -> DocumentInput:
    values: dict[str, object] = {"document_type": DocumentType.RIB, "title": title}
    values.update(changes)
    return DocumentInput(**values)  # type: ignore[arg-type]


def make_page(qtbot, registry: ServiceRegistry) -> DocumentsPage:
    page = DocumentsPage(registry.documents, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    return page


def add_and_wait(qtbot, page: DocumentsPage, path: Path, chosen: NewDocument) -> None:
    with qtbot.waitSignal(page.added, timeout=10_000):
        page.start_add(path, chosen)


def test_empty_page_says_what_to_do(qtbot, registry):
    page = make_page(qtbot, registry)
    assert page.list_stack.currentWidget() is page.empty_label
    assert not page.history_box.isVisibleTo(page)  # an empty history under the empty state says nothing
    assert not page.open_action.isEnabled()
    assert not page.delete_action.isEnabled()
    assert page.add_action.isEnabled()


def test_demo_pieces_are_listed_with_expired_and_expiring_markers(qtbot, registry):
    registry.demo.fill(TODAY)
    page = make_page(qtbot, registry)
    rows = page.model.rows()
    assert all(row.is_current for row in rows)
    states = {row.title: page.model.state(number) for number, row in enumerate(rows)}
    assert ExpiryState.EXPIRED in states.values()
    assert ExpiryState.EXPIRES_SOON in states.values()
    assert page.history_box.isVisibleTo(page)
    assert page.expiry_label.text()
    ribs = [row for row in rows if row.document_type == DocumentType.RIB]
    assert len(ribs) == 1
    assert ribs[0].older_versions == 1
    # the RIB's history: the current one first, then the closed account
    assert page.select_document(ribs[0].id)
    history = page.history_model.rows()
    assert history[0].id == ribs[0].id
    assert len(history) == 2
    assert not history[1].is_current


def test_the_title_keeps_room_in_a_page_as_wide_as_the_main_window(qtbot, registry):
    registry.demo.fill(TODAY)
    page = make_page(qtbot, registry)
    page.resize(1060, 700)  # the page in a 1280-pixel window, next to the navigation
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    title = header.sectionSize(Column.TITLE)
    assert title >= header.sectionSize(Column.TYPE)
    assert title >= header.sectionSize(Column.FILE)
    assert title >= 25 * page.table.fontMetrics().averageCharWidth()


def test_selecting_an_older_version_selects_its_piece_and_that_version(qtbot, registry):
    service = registry.documents
    old = service.add_bytes("rib-old.pdf", b"old", rib("Ancien"))
    new = service.add_bytes("rib.pdf", b"new", rib("Nouveau"), replaces_id=old.id)
    page = make_page(qtbot, registry)
    assert page.select_document(old.id)
    assert page.current_document().id == new.id
    assert page.history_document().id == old.id


def test_add_runs_in_the_background_and_selects_the_piece(qtbot, registry, tmp_path):
    page = make_page(qtbot, registry)
    name = "Attestation assurance 2027 🛡️ é.pdf"
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4" + b"x" * 5000)
    chosen = NewDocument(
        DocumentInput(DocumentType.INSURANCE_CERTIFICATE, "Assurance 2027", valid_until=dt.date(2027, 1, 10)),
        None,
    )
    page.start_add(path, chosen)
    assert page.progress.isVisibleTo(page)
    assert not page.add_action.isEnabled()
    qtbot.waitUntil(lambda: not page.progress.isVisibleTo(page), timeout=10_000)
    selected = page.current_document()
    assert selected is not None
    assert selected.filename == name
    assert page.add_action.isEnabled()
    row = page.model.row_of(selected.id)
    assert page.model.state(row) == ExpiryState.EXPIRES_SOON


def test_the_same_file_added_twice_is_said_in_the_status_bar(qtbot, registry, tmp_path):
    page = make_page(qtbot, registry)
    path = tmp_path / "rib.pdf"
    path.write_bytes(b"%PDF-1.4 rib")
    messages: list[str] = []
    page.status_message.connect(messages.append)
    add_and_wait(qtbot, page, path, NewDocument(rib("RIB courant"), None))
    add_and_wait(qtbot, page, path, NewDocument(rib("RIB en double"), None))
    assert len(messages) == 2
    assert "RIB en double" not in messages[0]
    assert "RIB courant" in messages[1]  # the second names the piece it duplicates
    assert "RIB en double" in messages[1]


def test_dropping_files_asks_for_each_one_then_adds_it(qtbot, registry, tmp_path, monkeypatch):
    page = make_page(qtbot, registry)
    first = tmp_path / "statuts.pdf"
    second = tmp_path / "rib.pdf"
    first.write_bytes(b"statuts")
    second.write_bytes(b"rib")
    asked: list[str] = []

    def ask(path: Path) -> NewDocument | None:
        asked.append(path.name)
        if path == second:
            return None  # cancelled
        return NewDocument(DocumentInput(DocumentType.STATUTES, "Statuts"), None)

    monkeypatch.setattr(page, "ask_new", ask)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.added, timeout=10_000):
        page.dropEvent(event)
    wait_for_background_work()
    assert asked[0] == "statuts.pdf"
    qtbot.waitUntil(lambda: asked == ["statuts.pdf", "rib.pdf"], timeout=10_000)
    assert [row.title for row in page.model.rows()] == ["Statuts"]


@pytest.mark.parametrize("problem", ["too_large", "empty", "missing", "directory"])
def test_bad_files_are_refused_with_a_message(qtbot, registry, tmp_path, monkeypatch, problem):
    page = make_page(qtbot, registry)
    registry.shared_settings.set_int(DOCUMENT_SIZE_LIMIT_MB, 1)
    path = tmp_path / "piece.pdf"
    if problem == "too_large":
        with path.open("wb") as file:
            file.truncate(2 * 1024 * 1024)
    elif problem == "empty":
        path.write_bytes(b"")
    elif problem == "directory":
        path = tmp_path
    warnings: list[str] = []
    monkeypatch.setattr(message_box, "warn", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(page, "ask_new", lambda _path: NewDocument(rib(), None))
    page.add_files([path])
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    qtbot.waitUntil(lambda: not page.progress.isVisibleTo(page), timeout=10_000)
    assert path.name in warnings[0] or str(tmp_path.name) in warnings[0]
    assert page.model.rows() == []


def test_open_writes_a_private_copy_under_its_name_and_asks_the_system(qtbot, registry, monkeypatch):
    registry.documents.add_bytes(
        "Statuts – été 🌞.pdf", b"%PDF statuts", DocumentInput(DocumentType.STATUTES, "S")
    )
    page = make_page(qtbot, registry)
    opened: list[QUrl] = []
    monkeypatch.setattr(documents_page, "open_url", lambda url: opened.append(url) or True)
    target = page.open_current()
    assert target is not None
    assert target.name == "Statuts – été 🌞.pdf"
    assert target.read_bytes() == b"%PDF statuts"
    assert stat.S_IMODE(target.stat().st_mode) & 0o077 == 0
    assert stat.S_IMODE(target.parent.parent.stat().st_mode) & 0o077 == 0
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_save_a_copy(qtbot, registry, tmp_path, monkeypatch):
    registry.documents.add_bytes("rib.pdf", b"rib bytes", rib())
    page = make_page(qtbot, registry)
    target = tmp_path / "copie.pdf"
    monkeypatch.setattr(file_saving, "ask_save_path", lambda *_args: target)
    assert page.save_current() == target
    assert target.read_bytes() == b"rib bytes"


def test_delete_a_piece_used_by_a_checklist_names_the_applications(qtbot, registry, monkeypatch):
    from coopdesk.domain.applications import ApplicationInput

    row = registry.documents.add_bytes("rib.pdf", b"x", rib())
    application = registry.applications.create(ApplicationInput(title="Banque alimentaire 2027"))
    registry.applications.add_piece(application.id, DocumentType.RIB, today=TODAY)
    page = make_page(qtbot, registry)
    asked: list[str] = []

    def ask(_parent, _title, text, _yes, _no) -> bool:
        asked.append(text)
        return len(asked) > 1  # refuse the first time, accept the second

    monkeypatch.setattr(message_box, "ask", ask)
    assert not page.delete_current()
    assert "Banque alimentaire 2027" in asked[0]
    assert registry.documents.get(row.id)
    assert page.delete_current()
    assert page.model.rows() == []
    [piece] = registry.applications.pieces(application.id, TODAY)
    assert piece.document_id is None


def test_edit_dialog_refuses_an_end_before_the_start_then_saves(qtbot, registry):
    row = registry.documents.add_bytes("rib.pdf", b"x", rib())
    dialog = DocumentDialog(registry.documents, row=row, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.valid_from.set_value(dt.date(2026, 6, 1))
    dialog.valid_until.set_value(dt.date(2026, 5, 31))
    dialog.accept()
    assert dialog.saved is None
    assert dialog.error_labels["valid_until"].text()
    dialog.valid_until.set_value(dt.date(2027, 5, 31))
    dialog.title_edit.setText("RIB à jour")
    dialog.accept()
    assert dialog.saved is not None
    assert (dialog.saved.title, dialog.saved.valid_until) == ("RIB à jour", dt.date(2027, 5, 31))


def test_add_dialog_guesses_the_type_and_proposes_to_replace_the_current_piece(qtbot, registry, tmp_path):
    current = registry.documents.add_bytes("rib-old.pdf", b"old", rib("Ancien RIB"))
    path = tmp_path / "RIB_nouveau-compte.pdf"
    path.write_bytes(b"new")
    dialog = DocumentDialog(registry.documents, path=path, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.chosen_type() == DocumentType.RIB
    assert dialog.title_edit.text() == "RIB nouveau compte"
    assert dialog.replaces_id() == current.id
    dialog.set_document_type(DocumentType.STATUTES)
    assert dialog.replaces_id() is None
    dialog.set_document_type(DocumentType.RIB)
    dialog.title_edit.setText("")
    dialog.accept()
    assert dialog.new_document is None
    assert dialog.error_labels["title"].text()
    dialog.title_edit.setText("RIB nouveau compte")
    dialog.accept()
    assert dialog.new_document == NewDocument(rib("RIB nouveau compte"), current.id)


def test_table_model_passes_qtmodeltester(qtmodeltester, registry):
    registry.demo.fill(TODAY)
    model = DocumentTableModel()
    model.set_rows(registry.documents.list(), TODAY)
    qtmodeltester.check(model)
    assert model.headerData(Column.STATE, Qt.Orientation.Horizontal)


def test_size_limit_setting_is_saved_and_reset(qtbot, registry):
    widget = DocumentSettings(registry.shared_settings)
    qtbot.addWidget(widget)
    assert widget.size_limit.value() == 50
    assert not widget.reset_button.isEnabled()
    widget.size_limit.setValue(5)  # saved at once
    assert registry.shared_settings.get_int(DOCUMENT_SIZE_LIMIT_MB) == 5
    assert widget.reset_button.isEnabled()
    widget.reset()
    assert registry.shared_settings.get_int(DOCUMENT_SIZE_LIMIT_MB) == 50
    assert widget.size_limit.value() == 50


def test_the_size_limit_is_in_the_settings_data_tab(qtbot, registry, settings_store):
    from coopdesk.ui.main_window import MainWindow

    window = MainWindow(registry, settings_store)
    qtbot.addWidget(window)
    data_tab = window.settings_page.tabs.widget(window.settings_page.TAB_KEYS.index("data"))
    assert data_tab.findChild(DocumentSettings, "documentSettings") is not None


def test_applications_lacking_pieces_are_named_on_the_page(qtbot, registry):
    from coopdesk.domain.applications import ApplicationInput

    application = registry.applications.create(ApplicationInput(title="Camion itinérant", deadline=TODAY))
    registry.applications.add_piece(application.id, DocumentType.STATUTES, today=TODAY)
    page = make_page(qtbot, registry)
    [gap] = page.gaps
    assert gap.application_id == application.id
    assert "Camion itinérant" in page.gaps_label.text()
    assert not page.gaps_label.isHidden()
    statutes = registry.documents.add_bytes(
        "statuts.pdf", b"s", DocumentInput(DocumentType.STATUTES, "Statuts")
    )
    [piece] = registry.applications.pieces(application.id, TODAY)
    registry.applications.link_piece(piece.id, piece.version, statutes.id, today=TODAY)
    page.refresh()
    assert page.gaps == []
    assert page.gaps_label.isHidden()


def test_gaps_name_each_piece_as_the_application_does(qtbot, registry: ServiceRegistry) -> None:
    from coopdesk.domain.dashboard import LabelledChecklistGap

    gap = LabelledChecklistGap(
        application_id=1,
        title="Aide alimentaire 2027",
        deadline=TODAY,
        missing=(DocumentType.OTHER, DocumentType.RIB),
        expired=(),
        missing_labels=("Attestation de vigilance URSSAF", ""),
    )
    page = DocumentsPage(registry.documents, today=lambda: TODAY, checklist_gaps=lambda _today: [gap])
    qtbot.addWidget(page)
    page.refresh()
    text = page.gaps_label.text()
    assert "Attestation de vigilance URSSAF" in text  # its own name, not "Other piece"
    assert page.gaps_label.isVisibleTo(page)
