"""The one-folder bundle of packaging/coopdesk.spec, started as a user would start it.

Run by `make package-check` (part of `make test`) after `make package`, with COOPDESK_BUNDLE set to the
bundle's folder. The bundle runs with an environment that has no Python, no virtual environment and no
source checkout on its paths: only what it carries.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

BUNDLE = Path(os.environ.get("COOPDESK_BUNDLE", "build/dist/coopdesk")).resolve()
PROGRAM = BUNDLE / ("coopdesk.exe" if os.name == "nt" else "coopdesk")
HARMLESS = "This plugin does not support propagateSizeHints()"


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(home),
    }
    return subprocess.run(
        [str(PROGRAM), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=home,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    home = tmp_path_factory.mktemp("home")
    database = home / "demo.sqlite3"
    result = _run("--db", str(database), "demo", home=home)
    assert result.returncode == 0, result.stderr
    assert "Données de démonstration écrites" in result.stdout
    return home, database


def _clean(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and HARMLESS not in line]


def test_the_bundle_carries_its_resources() -> None:
    assert PROGRAM.is_file(), f"no bundle at {BUNDLE}: run `make package` first"
    internal = BUNDLE / "_internal"
    for relative in (
        "resources/translations/coopdesk_fr.qm",
        "resources/fonts/DejaVuSans.ttf",
        "resources/icons/coopdesk.svg",
        "coopdesk/storage/migrations/env.py",
        "coopdesk/storage/migrations/versions/0001_baseline.py",
    ):
        assert (internal / relative).is_file(), relative


def test_version(tmp_path: Path) -> None:
    result = _run("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("CoopDesk ")


def test_window_opens_in_french_and_quits_cleanly(demo: tuple[Path, Path]) -> None:
    home, database = demo
    result = _run("--db", str(database), "--smoke-test", home=home)
    assert result.returncode == 0, result.stderr
    assert "« Tableau de bord » (dashboard)" in result.stdout
    assert _clean(result.stderr) == []


def test_window_opens_in_english_on_request(demo: tuple[Path, Path]) -> None:
    home, database = demo
    result = _run("--db", str(database), "--lang", "en", "--smoke-test", home=home)
    assert result.returncode == 0, result.stderr
    assert "« Dashboard » (dashboard)" in result.stdout


def test_database_check_and_migrations_work_frozen(demo: tuple[Path, Path]) -> None:
    home, database = demo
    result = _run("--db", str(database), "check", home=home)
    assert result.returncode == 0, result.stderr
    assert "intégrité vérifiée" in result.stdout
    with sqlite3.connect(database) as connection:
        assert connection.execute("select count(*) from application").fetchone()[0] > 0


def test_exports_write_real_files(demo: tuple[Path, Path]) -> None:
    home, database = demo
    workbook = home / "dossiers.xlsx"
    result = _run("--db", str(database), "export", "applications", "-o", str(workbook), home=home)
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(workbook).active
    assert sheet is not None
    assert sheet.max_row > 10
    calendar = home / "echeances.ics"
    result = _run("--db", str(database), "export", "ics", "-o", str(calendar), home=home)
    assert result.returncode == 0, result.stderr
    assert calendar.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_a_user_error_is_one_french_line(tmp_path: Path) -> None:
    result = _run("--db", str(tmp_path / "absent" / "x.sqlite3"), "check", home=tmp_path)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_linux_install_gives_a_menu_entry_and_removes_cleanly(tmp_path: Path) -> None:
    script = Path(__file__).resolve().parents[1] / "linux" / "install.sh"
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PREFIX": str(tmp_path / "pfx")}
    environment["BUNDLE"] = str(BUNDLE)
    installed = subprocess.run([str(script)], capture_output=True, text=True, env=environment, check=False)
    assert installed.returncode == 0, installed.stderr
    entry = tmp_path / "pfx" / "share" / "applications" / "org.coopdesk.CoopDesk.desktop"
    program = tmp_path / "pfx" / "lib" / "coopdesk" / "coopdesk"
    assert f"Exec={program}\n" in entry.read_text(encoding="utf-8")
    assert (
        tmp_path / "pfx" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "org.coopdesk.CoopDesk.png"
    ).is_file()
    version = subprocess.run(
        [str(tmp_path / "pfx" / "bin" / "coopdesk"), "--version"], capture_output=True, text=True, check=False
    )
    assert version.stdout.startswith("CoopDesk ")
    removed = subprocess.run(
        [str(script), "--remove"], capture_output=True, text=True, env=environment, check=False
    )
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
    assert not program.exists()
