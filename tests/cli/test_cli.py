"""The command line: headless work, one-line French messages and exit code 1 on user errors."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coopdesk import __version__
from coopdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out.strip() == f"CoopDesk {__version__}"


def test_demo_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    code, out, err = run(capsys, "--db", db, "demo")
    assert (code, err) == (0, "")
    assert "financeurs" in out
    code, out, err = run(capsys, "--db", db, "check")
    assert (code, err) == (0, "")
    assert "intégrité vérifiée" in out


def test_demo_refuses_a_database_that_holds_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, err = run(capsys, "--db", db, "demo")
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "contient déjà des données" in err


def test_check_on_a_missing_database_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "absent.sqlite3"
    code, _, err = run(capsys, "--db", str(db), "check")
    assert code == 1
    assert "Aucune base de données" in err
    assert not db.exists()


def test_check_reports_problems_with_exit_code_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "orphan.sqlite3"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE payment SET application_id = 99999")
    code, _, err = run(capsys, "--db", str(db), "check")
    assert code == 1
    assert "Clé étrangère orpheline" in err


def test_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "compta.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = run(capsys, "--db", str(path), "check")
    assert code == 1
    assert "n'est pas une base de données CoopDesk" in err
    assert path.read_bytes() == b"PK\x03\x04 not a database"


def test_a_database_from_a_newer_coopdesk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "newer.sqlite3"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    code, _, err = run(capsys, "--db", str(db), "demo")
    assert code == 1
    assert "version plus récente de CoopDesk" in err


def test_a_data_folder_that_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "nulle-part"
    code, _, err = run(capsys, "--data-dir", str(folder), "demo")
    assert code == 1
    assert "n'existe pas" in err
    assert not folder.exists()


def test_a_data_folder_that_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    real_access = os.access
    # Root ignores permission bits, so the refusal is simulated where the check is made.
    monkeypatch.setattr(
        os, "access", lambda path, mode: False if Path(path) == folder else real_access(path, mode)
    )
    code, _, err = run(capsys, "--data-dir", str(folder), "demo")
    assert code == 1
    assert "accessible en écriture" in err
    assert list(folder.iterdir()) == []


def test_a_postgresql_server_that_cannot_be_reached(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "postgresql+psycopg://asso:motdepasse@127.0.0.1:1/coopdesk", "check")
    assert code == 1
    assert "Impossible de se connecter" in err
    assert "motdepasse" not in err


def test_usage_errors_exit_with_code_1(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["nimportequoi"])
    assert raised.value.code == 1
    assert "erreur" in capsys.readouterr().err


def test_python_dash_m_runs_without_a_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", "--db", str(tmp_path / "absent.sqlite3"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_smoke_test_opens_the_french_window_and_quits(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", "--db", str(db), "--data-dir", str(tmp_path), "--smoke-test"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "fenêtre ouverte sur « Tableau de bord »" in result.stdout


@pytest.mark.parametrize("url", ["mysql://asso@127.0.0.1/coopdesk", "postgresql+psycopg2://asso@127.0.0.1/x"])
def test_a_kind_of_database_coopdesk_does_not_open(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", url, "check")
    assert code == 1
    assert "CoopDesk ne sait pas ouvrir" in err
    assert err.count("\n") == 1


def test_an_export_never_replaces_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite3"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    before = db.read_bytes()[:100]
    code, _, err = run(capsys, "--db", str(db), "export", "calls", "--format", "csv", "-o", str(db))
    assert code == 1
    assert "est la base de données de CoopDesk" in err
    assert db.read_bytes()[:100] == before
    assert run(capsys, "--db", str(db), "check")[0] == 0


def test_the_person_file_is_readable_by_its_owner_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite3"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    target = tmp_path / "personne.txt"
    assert run(capsys, "--db", str(db), "export", "person", "1", "-o", str(target))[0] == 0
    assert target.stat().st_mode & 0o777 == 0o600


def test_check_on_an_empty_file_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "vide.sqlite3"
    db.touch()
    code, _, err = run(capsys, "--db", str(db), "check")
    assert code == 1
    assert "Base vide" in err
    assert db.stat().st_size == 0


def test_list_help_says_the_output_is_for_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["list", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "pour les scripts" in text
    assert "tabulations" in text
    assert "sans espace ni symbole € (2500,00)" in text


def test_list_applications_keeps_amounts_machine_readable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "demo.sqlite3")
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, err = run(capsys, "--db", db, "list", "applications")
    assert (code, err) == (0, "")
    amounts = [line.split("\t")[4] for line in out.splitlines()]
    assert any(len(amount) > 7 for amount in amounts)  # thousands, yet neither grouped nor with €
    for amount in amounts:
        whole, cents = amount.split(",")
        assert whole.isdigit()
        assert len(cents) == 2
        assert cents.isdigit()
