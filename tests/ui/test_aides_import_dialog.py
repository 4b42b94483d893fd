"""The Aides-territoires import: preview in the background, ticks, import of the ticked aids only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from coopdesk.domain.calls import CallFilter, CallWindow
from coopdesk.domain.imports import MatchStatus
from coopdesk.ui.dialogs.aides_import_dialog import AidCandidateTableModel, AidesImportDialog, Column
from coopdesk.ui.table_models import SORT_ROLE
from tests.formats.aides_factory import dump, make_aids_payload

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 11, 28)
ALL = CallFilter(window=CallWindow.ALL, include_archived=True)


def _dialog(qtbot, registry) -> AidesImportDialog:
    dialog = AidesImportDialog(registry.aides_import, registry.calls, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _write(tmp_path: Path, payload: object, name: str = "aides.json") -> Path:
    path = tmp_path / name
    path.write_bytes(dump(payload, indent=2))
    return path


def _load(qtbot, dialog: AidesImportDialog, *paths: Path) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.load_files(list(paths))


def _statuses(dialog: AidesImportDialog) -> list[MatchStatus]:
    return [dialog.model.row_at(row).status for row in range(dialog.model.rowCount())]


def test_preview_import_of_the_ticked_aids_then_unchanged(qtbot, registry, tmp_path):
    path = _write(tmp_path, make_aids_payload(20))
    dialog = _dialog(qtbot, registry)
    assert not dialog.import_button.isEnabled()
    _load(qtbot, dialog, path)

    assert dialog.error_text() == ""
    assert dialog.model.rowCount() == 20
    assert _statuses(dialog) == [MatchStatus.NEW] * 20
    assert len(dialog.model.ticked_keys()) == 20  # the default filter keeps everything
    assert dialog.summary_label.text()
    unticked = {dialog.model.row_at(row).key for row in range(5)}
    for row in range(5):
        dialog.model.set_ticked(row, False)
    assert dialog.model.index(0, Column.NAME).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    kept = dialog.model.ticked_keys()
    assert len(kept) == 15
    assert not kept & unticked
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):  # the import, then the preview again
        dialog.apply()

    report = dialog.report
    assert report is not None
    assert (report.new, report.updated, report.unchanged, report.skipped) == (15, 0, 0, 5)
    assert not dialog.report_box.isHidden()
    assert dialog.report_text.toPlainText()
    imported = {call.source_id for call in registry.calls.list(ALL, TODAY)}
    expected = {dialog.model.row_at(row).source_id for row in range(20)} - {
        candidate.source_id for candidate in dialog.preview.candidates if candidate.key in unticked
    }
    assert imported == expected
    assert len(imported) == 15

    # The same file again: what was imported is now unchanged, the rest still new.
    statuses = {dialog.model.row_at(row).key: dialog.model.row_at(row).status for row in range(20)}
    assert {key for key, status in statuses.items() if status is MatchStatus.NEW} == unticked
    assert sum(status is MatchStatus.UNCHANGED for status in statuses.values()) == 15
    assert dialog.model.ticked_keys() == kept  # the user's choice survives the new preview


def test_the_filter_runs_the_preview_again_and_sets_the_ticks(qtbot, registry, tmp_path):
    path = _write(tmp_path, make_aids_payload(20))
    dialog = _dialog(qtbot, registry)
    _load(qtbot, dialog, path)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.calls_only.setChecked(True)
    expected = registry.aides_import.preview(
        [("aides.json", path.read_bytes())], dialog.current_filter(), TODAY
    ).default_selection
    assert dialog.model.ticked_keys() == expected
    assert 0 < len(expected) < 20
    assert dialog.category_actions  # categories found in the file are offered


def test_a_malformed_file_names_the_file_and_the_line_and_imports_nothing(qtbot, registry, tmp_path):
    path = tmp_path / "recherche-aides.json"
    path.write_bytes(b'{\n  "count": 1,\n  "results": [\n    {"id": 1, "name": "A",}\n  ]\n}\n')
    dialog = _dialog(qtbot, registry)
    _load(qtbot, dialog, path)

    text = dialog.error_text()
    assert "recherche-aides.json" in text
    assert "4" in text
    assert dialog.preview is None
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert registry.calls.list(ALL, TODAY) == []


def test_disappeared_calls_are_listed_and_can_be_archived(qtbot, registry, tmp_path):
    payload = make_aids_payload(6)
    first = _write(tmp_path, payload, "avant.json")
    dialog = _dialog(qtbot, registry)
    _load(qtbot, dialog, first)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.apply()
    payload["results"] = payload["results"][:4]
    payload["count"] = 4
    _load(qtbot, dialog, _write(tmp_path, payload, "apres.json"))

    assert dialog.disappeared_list.count() == 2
    dialog.disappeared_list.item(0).setSelected(True)
    assert dialog.archive_button.isEnabled()
    assert dialog.archive_selected() == 1
    assert dialog.disappeared_list.count() == 1
    assert sum(call.archived for call in registry.calls.list(ALL, TODAY)) == 1


def test_file_texts_are_plain_text(qtbot, registry, tmp_path):
    payload = make_aids_payload(1)
    payload["results"][0]["name"] = "<b>Gras</b> & <i>HTML</i>"
    dialog = _dialog(qtbot, registry)
    _load(qtbot, dialog, _write(tmp_path, payload, "<b>fichier<i>.json"))
    assert dialog.files_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.error_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.summary_label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>fichier<i>.json" in dialog.files_label.text()


def test_candidate_model_passes_qtmodeltester(qtbot, qtmodeltester, registry, tmp_path):
    model = AidCandidateTableModel()
    qtmodeltester.check(model)
    preview = registry.aides_import.preview([("a.json", dump(make_aids_payload(8)))], None, TODAY)
    model.set_rows(preview.candidates, preview.default_selection)
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    for column in Column:
        proxy.sort(column)
        qtmodeltester.check(proxy)
    proxy.sort(Column.DEADLINE)
    dates = [proxy.index(row, Column.DEADLINE).data(SORT_ROLE) for row in range(proxy.rowCount())]
    valid = [day for day in dates if day.isValid()]
    assert valid == sorted(valid)
    assert model.rowCount() == 8
