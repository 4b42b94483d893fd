"""`coopdesk documents add|list|get`: the permanent file of pieces from the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.cli.common import UserError
from coopdesk.cli.documents import parse_type
from coopdesk.domain.enums import DocumentType
from coopdesk.services.demo_service import DemoService
from coopdesk.services.document_service import DocumentService
from coopdesk.services.shared_settings_service import DOCUMENT_SIZE_LIMIT_MB, SharedSettingsService
from coopdesk.storage.database import Database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line_error(code: int, out: str, err: str) -> str:
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("coopdesk : ")
    return err.strip()


@pytest.fixture
def db(database: Database, database_url: str) -> str:
    return database_url


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rib", DocumentType.RIB),
        ("RIB", DocumentType.RIB),
        ("approved_accounts", DocumentType.APPROVED_ACCOUNTS),
        ("Comptes approuves", DocumentType.APPROVED_ACCOUNTS),
        ("procès-verbal d’AG", DocumentType.GENERAL_MEETING_MINUTES),
        ("HABILITATION AIDE ALIMENTAIRE", DocumentType.FOOD_AID_ACCREDITATION),
        ("statuts", DocumentType.STATUTES),
    ],
)
def test_types_as_keys_or_french_labels(text: str, expected: DocumentType) -> None:
    assert parse_type(text) == expected


def test_an_unknown_type_lists_the_known_ones() -> None:
    with pytest.raises(UserError, match="rib"):
        parse_type("facture")


def test_add_then_list_then_get(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "Attestation d’assurance 🛡️.pdf"
    source.write_bytes(b"%PDF assurance")
    code, out, err = run(
        capsys,
        "--db", db, "--data-dir", str(tmp_path),
        "documents", "add", str(source), "--type", "Attestation d'assurance",
        "--valid-until", "31/12/2026", "--title", "Assurance 2026",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("Pièce n° ")
    assert "Attestation d'assurance – Assurance 2026" in out
    [row] = DocumentService(database, SharedSettingsService(database)).list()
    assert row.filename == source.name
    assert row.valid_until == dt.date(2026, 12, 31)

    code, out, err = run(capsys, "--db", db, "--data-dir", str(tmp_path), "documents", "list")
    assert (code, err) == (0, "")
    assert "Assurance 2026" in out
    assert "jusqu'au 31/12/2026" in out
    assert out.endswith("1 pièce.\n")

    target = tmp_path / "copie.pdf"
    code, out, err = run(
        capsys, "--db", db, "--data-dir", str(tmp_path), "documents", "get", str(row.id), "-o", str(target)
    )
    assert (code, err) == (0, "")
    assert target.read_bytes() == b"%PDF assurance"


def test_add_guesses_the_type_and_title_from_the_file_name(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "rib-banque_cooperative.pdf"
    source.write_bytes(b"rib")
    code, _out, err = run(
        capsys,
        "--db",
        db,
        "--data-dir",
        str(tmp_path),
        "documents",
        "add",
        str(source),
        "--valid-until",
        "2027-01-31",
    )
    assert (code, err) == (0, "")
    [row] = DocumentService(database, SharedSettingsService(database)).list()
    assert (row.document_type, row.title) == (DocumentType.RIB, "rib banque cooperative")


def test_list_expiring_marks_the_expired_ones(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    DemoService(database).fill(dt.date.today())
    code, out, err = run(
        capsys, "--db", db, "--data-dir", str(tmp_path), "documents", "list", "--expiring", "60"
    )
    assert (code, err) == (0, "")
    assert "EXPIRÉE" in out
    assert "expire bientôt" in out
    assert "URSSAF" in out
    assert "Statuts" not in out


@pytest.mark.parametrize(
    ("setup", "extra", "expected"),
    [
        ("missing", [], "introuvable"),
        ("directory", [], "est un dossier"),
        ("empty", [], "est vide"),
        ("too_large", [], "au-delà de la limite de 1,0 Mo"),
        ("file", ["--type", "facture"], "Type de pièce inconnu"),
        ("file", ["--valid-until", "32/12/2026"], "Date invalide pour --valid-until"),
        ("file", ["--valid-from", "01/01/2027", "--valid-until", "31/12/2026"], "ne peut pas précéder"),
        ("file", ["--replaces", "999"], "Aucune pièce n° 999"),
    ],
)
def test_bad_input_is_one_french_line_and_adds_nothing(
    tmp_path: Path,
    db: str,
    database: Database,
    capsys: pytest.CaptureFixture[str],
    setup: str,
    extra: list[str],
    expected: str,
) -> None:
    SharedSettingsService(database).set_int(DOCUMENT_SIZE_LIMIT_MB, 1)
    path = tmp_path / "piece.pdf"
    if setup == "directory":
        path = tmp_path / "dossier"
        path.mkdir()
    elif setup == "empty":
        path.write_bytes(b"")
    elif setup == "too_large":
        with path.open("wb") as file:
            file.truncate(1024 * 1024 + 1)
    elif setup == "file":
        path.write_bytes(b"x")
    message = one_line_error(
        *run(capsys, "--db", db, "--data-dir", str(tmp_path), "documents", "add", str(path), *extra)
    )
    assert expected in message
    assert DocumentService(database, SharedSettingsService(database)).list() == []


def test_get_an_unknown_piece(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    message = one_line_error(
        *run(
            capsys,
            "--db",
            db,
            "--data-dir",
            str(tmp_path),
            "documents",
            "get",
            "42",
            "-o",
            str(tmp_path / "x"),
        )
    )
    assert "Aucune pièce n° 42" in message


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["list", "--expiring", "-1"], "Nombre de jours (--expiring) invalide : « -1 »"),
        (["list", "--expiring", "trente"], "Nombre de jours (--expiring) invalide : « trente »"),
        (["get", "abc", "-o", "{tmp}/copie.pdf"], "Numéro de pièce invalide : « abc »"),
        (["get", "1", "-o", "{tmp}"], "est un dossier"),
        (["add", "{tmp}/piece.pdf", "--replaces", "un"], "Numéro de pièce (--replaces) invalide"),
        (["add"], "Indiquez le fichier à ajouter"),
        (["get", "1"], "Indiquez le fichier à écrire"),
        (["get", "-o", "{tmp}/copie.pdf"], "Indiquez le numéro de la pièce"),
    ],
)
def test_bad_numbers_are_one_french_line(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    (tmp_path / "piece.pdf").write_bytes(b"%PDF-1.4")
    arguments = [arg.replace("{tmp}", str(tmp_path)) for arg in argv]
    message = one_line_error(*run(capsys, "--db", db, "--data-dir", str(tmp_path), "documents", *arguments))
    assert expected in message


def test_the_same_file_added_twice_is_said(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "rib.pdf"
    source.write_bytes(b"%PDF rib")
    code, out, _err = run(capsys, "--db", db, "--data-dir", str(tmp_path), "documents", "add", str(source))
    assert code == 0
    assert "identique" not in out
    first = out.split()[2]  # "Pièce n° 1 ajoutée…"
    code, out, err = run(capsys, "--db", db, "--data-dir", str(tmp_path), "documents", "add", str(source))
    assert (code, err) == (0, "")
    assert f"Attention : ce fichier est identique à la pièce n° {first} (rib)." in out


def _add(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str], name: str, *options: str) -> str:
    source = tmp_path / name
    source.write_bytes(f"%PDF {name}".encode())
    code, out, err = run(
        capsys, "--db", db, "--data-dir", str(tmp_path), "documents", "add", str(source), *options
    )
    assert (code, err) == (0, "")
    return out


def test_a_new_file_of_a_type_replaces_the_current_piece_by_default(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    service = DocumentService(database, SharedSettingsService(database))
    _add(tmp_path, db, capsys, "statuts-2021.pdf", "--type", "statuts")
    [old] = service.list()
    out = _add(tmp_path, db, capsys, "statuts-2024.pdf", "--type", "statuts")
    [new] = service.list()  # one current "Statuts": the 2024 one
    assert new.title == "statuts 2024"
    assert new.replaces_id == old.id
    assert f"Elle remplace la pièce n° {old.id} (statuts 2021), gardée dans l'historique" in out
    # --keep-both: two current statutes; then a third file replaces neither and says why.
    out = _add(tmp_path, db, capsys, "statuts-projet.pdf", "--type", "statuts", "--keep-both")
    assert "remplace" not in out
    assert len(service.list()) == 2
    out = _add(tmp_path, db, capsys, "statuts-bis.pdf", "--type", "statuts")
    assert "aucune n'a été remplacée ; indiquez --replaces ID" in out
    assert len(service.list()) == 3
    # "Autre pièce" never replaces anything by itself.
    _add(tmp_path, db, capsys, "urssaf.pdf", "--type", "other")
    out = _add(tmp_path, db, capsys, "sirene.pdf", "--type", "other")
    assert "remplace" not in out
    assert len([row for row in service.list() if row.document_type is DocumentType.OTHER]) == 2
    # --replaces and --keep-both together: refused.
    message = one_line_error(
        *run(
            capsys,
            "--db",
            db,
            "--data-dir",
            str(tmp_path),
            "documents",
            "add",
            str(tmp_path / "urssaf.pdf"),
            "--replaces",
            str(old.id),
            "--keep-both",
        )
    )
    assert "--replaces ou --keep-both" in message


def test_a_replaced_piece_says_which_piece_replaced_it(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    service = DocumentService(database, SharedSettingsService(database))
    _add(tmp_path, db, capsys, "rib-ancien.pdf", "--type", "rib")
    [old] = service.list()
    _add(tmp_path, db, capsys, "rib-nouveau.pdf", "--type", "rib", "--replaces", str(old.id))
    [new] = service.list()
    target = tmp_path / "copie.pdf"
    code, out, err = run(
        capsys, "--db", db, "--data-dir", str(tmp_path), "documents", "get", str(old.id), "-o", str(target)
    )
    assert (code, err) == (0, "")
    assert target.read_bytes() == b"%PDF rib-ancien.pdf"  # document n° old is the old RIB
    assert f"(remplacée par la pièce n° {new.id})." in out
    code, out, err = run(
        capsys, "--db", db, "--data-dir", str(tmp_path), "documents", "get", str(new.id), "-o", str(target)
    )
    assert "remplacée" not in out
    code, out, err = run(capsys, "--db", db, "--data-dir", str(tmp_path), "documents", "list")
    assert "rib ancien" not in out  # current pieces only
    code, out, err = run(capsys, "--db", db, "--data-dir", str(tmp_path), "documents", "list", "--history")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert "rib nouveau" in lines[0]
    assert "rib ancien" in lines[1]
    assert lines[1].endswith(f"(remplacée par la pièce n° {new.id})")
    assert lines[-1] == "1 pièce."


@pytest.mark.parametrize(
    ("size", "text"),
    [(0, "0 octet"), (15, "15 octets"), (2150, "2,1 ko"), (1024 * 1024, "1,0 Mo")],
)
def test_sizes_read_as_in_the_window(size: int, text: str) -> None:
    from coopdesk.cli.documents import size_text

    assert size_text(size) == text
