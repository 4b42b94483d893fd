"""`coopdesk backup`, `coopdesk backups` and `coopdesk restore`."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from coopdesk.cli import backup as backup_cli
from coopdesk.cli import main
from coopdesk.domain.rows import VolunteerInput
from coopdesk.paths import resolve
from coopdesk.services.service_registry import ServiceRegistry


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(data_dir: Path) -> Path:
    path = data_dir / "coopdesk.sqlite3"
    registry = ServiceRegistry.open(resolve(db=str(path), data_dir=str(data_dir)))
    try:
        registry.volunteers.create(VolunteerInput(name="Alice"))
    finally:
        registry.close()
    return path


def names(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        rows = sorted(row[0] for row in connection.execute("SELECT name FROM volunteer"))
    connection.close()
    return rows


def test_backup_into_the_backup_folder_then_list(
    db: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(db), "backup")
    assert (code, err) == (0, "")
    (backup,) = (data_dir / "sauvegardes").glob("sauvegarde-*.sqlite3")
    assert str(backup) in out
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    code, out, err = run(capsys, "--db", str(db), "backups")
    assert code == 0
    assert backup.name in out


def test_backup_to_a_named_file(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "copie.sqlite3"
    code, _out, err = run(capsys, "--db", str(db), "backup", "-o", str(target))
    assert (code, err) == (0, "")
    assert names(target) == ["Alice"]


def test_backup_refuses_the_database_itself_and_a_missing_folder(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "--db", str(db), "backup", "-o", str(db))
    assert code == 1
    assert "base de données de CoopDesk" in err
    code, _out, err = run(capsys, "--db", str(db), "backup", "-o", str(tmp_path / "absent" / "x.sqlite3"))
    assert code == 1
    assert "n'existe pas" in err
    assert err.count("\n") == 1


def test_restore_then_the_old_database_is_kept(
    db: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copie.sqlite3"
    assert run(capsys, "--db", str(db), "backup", "-o", str(target))[0] == 0
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE volunteer SET name = 'Bob'")
    connection.close()
    code, out, err = run(capsys, "--db", str(db), "restore", str(target), "--oui")
    assert (code, err) == (0, "")
    assert names(db) == ["Alice"]
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    (kept,) = (data_dir / "sauvegardes").glob("avant-restauration-*.sqlite3")
    assert names(kept) == ["Bob"]
    assert str(kept) in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"pas une base", "pas une sauvegarde de CoopDesk"),
        (b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 200, "abîmée"),
    ],
)
def test_restore_refuses_bad_files(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    bad = tmp_path / "mauvais.sqlite3"
    bad.write_bytes(content)
    before = db.read_bytes()
    code, _out, err = run(capsys, "--db", str(db), "restore", str(bad))
    assert code == 1
    assert message in err
    assert "Rien n'a été remplacé" in err
    assert err.count("\n") == 1
    assert db.read_bytes() == before


def test_restore_refuses_a_newer_backup(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "future.sqlite3"
    assert run(capsys, "--db", str(db), "backup", "-o", str(target))[0] == 0
    with sqlite3.connect(target) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.close()
    code, _out, err = run(capsys, "--db", str(db), "restore", str(target))
    assert code == 1
    assert "version plus récente" in err
    assert names(db) == ["Alice"]


def test_protected_backup_with_a_password_file(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyzipper

    secret = tmp_path / "secret.txt"
    secret.write_text("un long secret\n", encoding="utf-8")
    target = tmp_path / "envoi.zip"
    code, out, err = run(capsys, "--db", str(db), "backup", "--password-file", str(secret), "-o", str(target))
    assert (code, err) == (0, "")
    assert "7-Zip" in out
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(b"un long secret")
        (name,) = archive.namelist()
        assert archive.read(name).startswith(b"SQLite format 3\x00")


def test_protected_backup_asks_the_password_twice(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["premier secret", "second secret"])
    monkeypatch.setattr(backup_cli.getpass, "getpass", lambda prompt="": next(answers))
    monkeypatch.setattr(backup_cli.sys, "stdin", _Terminal())
    target = tmp_path / "envoi.zip"
    code, _out, err = run(capsys, "--db", str(db), "backup", "--password", "-o", str(target))
    assert code == 1
    assert "diffèrent" in err
    assert not target.exists()
    answers = iter(["court", "court"])
    code, _out, err = run(capsys, "--db", str(db), "backup", "--password", "-o", str(target))
    assert code == 1
    assert "trop court" in err
    answers = iter(["assez long !", "assez long !"])
    code, _out, err = run(capsys, "--db", str(db), "backup", "--password", "-o", str(target))
    assert code == 0
    assert target.exists()


def test_protected_backup_needs_a_file(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--db", str(db), "backup", "--password")
    assert code == 1
    assert "-o" in err


def test_postgresql_backup_points_to_pg_dump(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--db", "postgresql+psycopg://coop@localhost:1/coopdesk", "backup")
    assert code == 1
    assert "pg_dump" in err


def test_disk_full_backup_is_one_line(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from coopdesk.storage import backup as storage

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "_copy_pages", full)
    code, _out, err = run(capsys, "--db", str(db), "backup")
    assert code == 1
    assert "plus de place sur le disque" in err
    assert err.count("\n") == 1


def test_check_warns_about_a_network_share(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_cli, "network_share_kind", lambda path: "cifs")
    code, _out, err = run(capsys, "--db", str(db), "check")
    assert code == 0
    assert "partage réseau (cifs)" in err


def test_commands_use_the_office_server_chosen_unless_db_is_given(
    db: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import keyring

    from coopdesk.services.server_connection import ServerSettings, use_server
    from coopdesk.settings import SettingsStore
    from tests.services.test_server_connection import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        server = ServerSettings(host="127.0.0.1", port=1, database="bureau", user="coop")
        use_server(SettingsStore(data_dir / "parametres.json"), server, "tres-secret")
        code, _out, err = run(capsys, "check")
        assert code == 1
        assert "127.0.0.1" in err
        assert "tres-secret" not in err
        code, _out, err = run(capsys, "--db", str(db), "check")
        assert code == 0
    finally:
        keyring.set_keyring(previous)


def test_restore_refuses_a_folder_and_a_protected_archive(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = db.read_bytes()
    code, _out, err = run(capsys, "--db", str(db), "restore", str(tmp_path))
    assert code == 1
    assert "est un dossier" in err
    assert err.count("\n") == 1
    secret = tmp_path / "secret.txt"
    secret.write_text("un long secret\n", encoding="utf-8")
    archive = tmp_path / "envoi.zip"
    assert run(capsys, "--db", str(db), "backup", "--password-file", str(secret), "-o", str(archive))[0] == 0
    code, _out, err = run(capsys, "--db", str(db), "restore", str(archive))
    assert code == 1
    assert "7-Zip" in err
    assert err.count("\n") == 1
    assert db.read_bytes() == before


class _NoTerminal:
    def isatty(self) -> bool:
        return False


class _Terminal:
    def isatty(self) -> bool:
        return True


def test_protected_backup_without_a_terminal_asks_for_a_password_file(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_cli.sys, "stdin", _NoTerminal())
    target = tmp_path / "envoi.zip"
    code, _out, err = run(capsys, "--db", str(db), "backup", "--password", "-o", str(target))
    assert code == 1
    assert "--password-file" in err
    assert err.count("\n") == 1
    assert not target.exists()


def test_protected_backup_with_the_password_typing_ended_is_one_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def ended(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(backup_cli.sys, "stdin", _Terminal())
    monkeypatch.setattr(backup_cli.getpass, "getpass", ended)
    target = tmp_path / "envoi.zip"
    code, _out, err = run(capsys, "--db", str(db), "backup", "--password", "-o", str(target))
    assert code == 1
    assert "rien n'a été écrit" in err
    assert err.count("\n") == 1


def test_backups_says_when_the_chosen_folder_is_missing(
    db: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    assert run(capsys, "--db", str(db), "backup")[0] == 0
    (data_dir / "parametres.json").write_text(
        json.dumps({"backup_dir": str(tmp_path / "usb")}), encoding="utf-8"
    )
    code, out, err = run(capsys, "--db", str(db), "--data-dir", str(data_dir), "backups")
    assert (code, err) == (0, "")
    assert "introuvable" in out.splitlines()[0]
    assert "sauvegarde-" in out


def test_a_zip_name_needs_a_password_and_a_password_needs_a_zip_name(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "--db", str(db), "backup", "-o", str(tmp_path / "envoi.zip"))
    assert code == 1
    assert "--password" in err
    assert err.count("\n") == 1
    secret = tmp_path / "secret.txt"
    secret.write_text("un long secret\n", encoding="utf-8")
    target = tmp_path / "envoi.sqlite3"
    code, _out, err = run(
        capsys, "--db", str(db), "backup", "--password-file", str(secret), "-o", str(target)
    )
    assert code == 1
    assert "envoi.zip" in err
    assert not target.exists()
    assert not (tmp_path / "envoi.zip").exists()


def test_without_keyring_nor_terminal_the_server_password_is_not_asked(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from coopdesk.services.server_connection import ServerSettings

    asked: list[str] = []
    monkeypatch.setattr(backup_cli.getpass, "getpass", lambda prompt="": asked.append(prompt) or "")
    monkeypatch.setattr(backup_cli.sys, "stdin", _NoTerminal())
    server = ServerSettings(host="127.0.0.1", port=1, database="bureau", user="coop")
    assert backup_cli._ask_server_password(server) is None
    assert asked == []
    assert capsys.readouterr().err == ""


class _TypingTerminal:
    """A terminal where the user types `answer` then Entrée."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.read = False

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        self.read = True
        return self.answer


@pytest.fixture
def changed_since_backup(db: Path, data_dir: Path) -> Path:
    """A backup named as CoopDesk names them (Alice), then the database changed (Bob)."""
    target = data_dir / "sauvegarde-2026-11-02-143000.sqlite3"
    assert main(["--db", str(db), "backup", "-o", str(target)]) == 0
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE volunteer SET name = 'Bob'")
    connection.close()
    return target


@pytest.mark.parametrize("answer", ["o\n", "OUI\n", " y\n"])
def test_restore_on_a_terminal_asks_first(
    db: Path,
    changed_since_backup: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    capsys.readouterr()
    monkeypatch.setattr(backup_cli.sys, "stdin", _TypingTerminal(answer))
    code, out, err = run(capsys, "--db", str(db), "restore", str(changed_since_backup))
    assert code == 0
    assert err.startswith(
        f"Remplacer la base {db} par la sauvegarde du 02/11/2026 à 14:30 ({changed_since_backup.name}) ? "
    )
    assert err.endswith("[o/N] ")
    assert "Base de données restaurée" in out
    assert names(db) == ["Alice"]


@pytest.mark.parametrize("answer", ["\n", "n\n", "non\n", "peut-être\n", ""])
def test_restore_on_a_terminal_replaces_nothing_unless_yes(
    db: Path,
    changed_since_backup: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    capsys.readouterr()
    before = db.read_bytes()
    monkeypatch.setattr(backup_cli.sys, "stdin", _TypingTerminal(answer))
    code, out, err = run(capsys, "--db", str(db), "restore", str(changed_since_backup))
    assert code == 1
    assert out == ""
    assert err.endswith("[o/N] coopdesk : Restauration annulée : rien n'a été remplacé.\n")
    assert db.read_bytes() == before
    assert not list(db.parent.glob("**/avant-restauration-*"))


def test_restore_without_a_terminal_needs_oui(
    db: Path,
    changed_since_backup: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    capsys.readouterr()
    before = db.read_bytes()
    monkeypatch.setattr(backup_cli.sys, "stdin", _NoTerminal())
    code, out, err = run(capsys, "--db", str(db), "restore", str(changed_since_backup))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "confirmez-la en ajoutant --oui (ou --yes)" in err
    assert "Rien n'a été remplacé" in err
    assert db.read_bytes() == before
    code, _out, err = run(capsys, "--db", str(db), "restore", str(changed_since_backup), "--yes")
    assert (code, err) == (0, "")
    assert names(db) == ["Alice"]


def test_restore_refuses_a_bad_file_before_asking(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "mauvais.sqlite3"
    bad.write_bytes(b"pas une base")
    terminal = _TypingTerminal("o\n")
    monkeypatch.setattr(backup_cli.sys, "stdin", terminal)
    code, _out, err = run(capsys, "--db", str(db), "restore", str(bad))
    assert code == 1
    assert "pas une sauvegarde de CoopDesk" in err
    assert "[o/N]" not in err
    assert not terminal.read
    code, _out, err = run(capsys, "--db", str(db), "restore", str(tmp_path / "absente.sqlite3"))
    assert code == 1
    assert "n'existe pas" in err
    assert not terminal.read
    code, _out, err = run(capsys, "--db", str(db), "restore", str(db))
    assert code == 1
    assert "c'est la base de données elle-même" in err
    assert not terminal.read


def test_restore_of_a_file_with_another_name_gives_its_date(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copie de mardi.sqlite3"
    assert run(capsys, "--db", str(db), "backup", "-o", str(target))[0] == 0
    moment = dt.datetime(2026, 3, 9, 8, 5).timestamp()
    os.utime(target, (moment, moment))
    monkeypatch.setattr(backup_cli.sys, "stdin", _TypingTerminal("n\n"))
    _code, _out, err = run(capsys, "--db", str(db), "restore", str(target))
    assert "par la sauvegarde du 09/03/2026 à 08:05 (copie de mardi.sqlite3) ?" in err


def test_restore_on_a_postgresql_server_is_refused_without_asking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = tmp_path / "sauvegarde.sqlite3"
    backup.write_bytes(b"")
    terminal = _TypingTerminal("o\n")
    monkeypatch.setattr(backup_cli.sys, "stdin", terminal)
    code, _out, err = run(
        capsys, "--db", "postgresql+psycopg://coop@localhost:1/coopdesk", "restore", str(backup)
    )
    assert code == 1
    assert "pg_restore" in err
    assert err.count("\n") == 1
    assert not terminal.read
