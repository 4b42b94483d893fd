"""The French translation is complete, its placeholders match, and the committed .qm is up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from coopdesk.ui.i18n import install_translators, remove_translators, translations_dir
from coopdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "coopdesk_fr.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return found


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _problems(path: Path) -> list[str]:
    problems: list[str] = []
    for context, message in _messages(path):
        source = message.findtext("source", "")
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation is None:
            problems.append(f"{where}: no translation")
            continue
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {translation.get('type')}")
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
        else:
            forms = [translation.text or ""]
        expected = Counter(PLACEHOLDER.findall(source))
        for form in forms:
            if not form.strip():
                problems.append(f"{where}: empty translation")
            elif Counter(PLACEHOLDER.findall(form)) != expected:
                problems.append(f"{where}: placeholders of {form!r} differ")
    return problems


def test_french_translation_is_complete_and_placeholders_match():
    root = ET.parse(TS_FILE).getroot()
    assert root.get("language") == "fr_FR"
    assert root.get("sourcelanguage") == "en"
    assert len(_messages(TS_FILE)) > 200
    assert _problems(TS_FILE) == []


def test_the_checker_catches_unfinished_and_mismatched_strings(tmp_path):
    broken = tmp_path / "broken.ts"
    broken.write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr_FR" sourcelanguage="en">
        <context><name>X</name>
        <message><source>Hello %1</source><translation type="unfinished"></translation></message>
        <message><source>Delete %1 and %2?</source><translation>Supprimer %1 ?</translation></message>
        <message numerus="yes"><source>%n day(s)</source>
          <translation><numerusform>%n jour</numerusform><numerusform></numerusform></translation></message>
        <message><source>Hi {name}</source><translation>Salut {nom}</translation></message>
        </context></TS>""",
        encoding="utf-8",
    )
    problems = _problems(broken)
    assert len(problems) == 5
    assert any("unfinished" in problem for problem in problems)


def test_every_string_of_the_code_is_in_the_ts_file(tmp_path):
    """lupdate over the code adds nothing: nobody forgot to update the translation."""
    copy = tmp_path / "coopdesk_fr.ts"
    shutil.copy(TS_FILE, copy)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "coopdesk",
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert _problems(copy) == []
    assert len(_messages(copy)) == len(_messages(TS_FILE))


def test_committed_qm_is_what_lrelease_makes_of_the_ts(tmp_path):
    fresh = tmp_path / "coopdesk_fr.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(TS_FILE), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert QM_FILE.read_bytes() == fresh.read_bytes(), "run pyside6-lrelease on coopdesk_fr.ts"


def test_translations_are_found_from_a_source_checkout():
    assert translations_dir() == QM_FILE.parent


def test_in_french_the_sidebar_says_parametres(qtbot, qapp, registry, settings_store):
    translators = install_translators(qapp, "fr")
    try:
        assert len(translators) == 2  # qtbase_fr and coopdesk_fr
        window = MainWindow(registry, settings_store)
        qtbot.addWidget(window)
        assert window.sidebar.item(window.page_keys().index("settings")).text() == "Paramètres"
        assert window.about_action.text() == "À &propos de CoopDesk"
    finally:
        remove_translators(qapp, translators)


def test_in_english_the_source_strings_show(qtbot, qapp, registry, settings_store):
    translators = install_translators(qapp, "en")
    assert translators == []
    window = MainWindow(registry, settings_store)
    qtbot.addWidget(window)
    assert window.sidebar.item(window.page_keys().index("settings")).text() == "Settings"
    assert window.settings_page.tabs.tabText(1) == "Volunteers"
