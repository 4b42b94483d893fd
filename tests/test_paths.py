"""Files written by CoopDesk: whole or not at all, personal data readable by its owner only."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk import paths


def test_a_private_file_is_owner_only_and_replaces_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "personne.txt"
    target.write_text("ancien", encoding="utf-8")
    paths.write_atomically(target, "Élise Dupré".encode(), private=True)
    assert target.read_text(encoding="utf-8") == "Élise Dupré"
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "contacts.csv"
    target.write_bytes(b"avant")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(paths.os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        paths.write_atomically(target, b"apres")
    assert target.read_bytes() == b"avant"
    assert [item.name for item in folder.iterdir()] == ["contacts.csv"]
