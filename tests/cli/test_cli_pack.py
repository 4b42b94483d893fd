"""`coopdesk pack DOSSIER -o FICHIER.pdf`: the pack written, what it holds and what is missing said in
French; a user error is one line."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from coopdesk.cli import main
from coopdesk.storage.database import Database
from tests.pack_factory import seed_application


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_pack_is_written_and_described(
    database: Database, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    application_id = seed_application(database)
    target = tmp_path / "dossier.pdf"
    code, out, err = run(capsys, "--db", database_url, "pack", str(application_id), "-o", str(target))
    assert (code, err) == (0, "")
    reader = PdfReader(BytesIO(target.read_bytes()), strict=True)
    assert f"{len(reader.pages)} pages, dont 3 pièces jointes." in out
    assert "Pièce 1 : Statuts — jointe (2 pages)" in out
    assert "Pièce 3 : Liste des dirigeants — fichier illisible : PDF endommagé ou non valide" in out
    assert "Pièce 4 : Comptes — fichier illisible : PDF protégé par un mot de passe" in out
    assert "Pièce 5 : Rapport d'activité — fournie séparément (rapport.docx)" in out
    assert "Pièce 6 : Assurance — expirée le 31/01/2026" in out
    assert (
        "Pièce 7 : Contrat d'engagement républicain — manquante : choisissez le document dans l'onglet "
        "Pièces du dossier, ou ajoutez-le sur la page Pièces"
    ) in out
    assert f"Dossier écrit dans {target}." in out


def test_pieces_left_out(
    database: Database, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    application_id = seed_application(database)
    target = tmp_path / "dossier.pdf"
    code, out, _err = run(
        capsys,
        "--db",
        database_url,
        "pack",
        str(application_id),
        "-o",
        str(target),
        "--sans",
        "1",
        "--sans",
        "3",
    )
    assert code == 0
    assert "dont 2 pièces jointes" in out
    # The numbers are those of the whole checklist, the ones --sans takes, whatever is left out.
    assert "Pièce 1 : Statuts (pièce demandée par le financeur, laissée de côté)" in out
    assert "Pièce 2 : RIB — jointe (1 page)" in out
    assert "Pièce 3 : Liste des dirigeants (pièce demandée par le financeur, laissée de côté)" in out
    assert "Pièce 4 : Comptes — fichier illisible : PDF protégé par un mot de passe" in out
    assert "Pièce 7 : Contrat d'engagement républicain — manquante" in out
    assert "Statuts — jointe" not in out
    reader = PdfReader(BytesIO(target.read_bytes()), strict=True)
    assert "Statuts" not in "\n".join(page.extract_text() for page in reader.pages[-2:])


def test_help_says_what_sans_numbers_are(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["pack", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "rang dans la liste des pièces du dossier" in help_text
    assert "et non le numéro d'un document" in help_text


def test_an_unbalanced_budget_is_listed_to_complete(
    database: Database, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    application_id = seed_application(database, pieces=(), charges_cents=20_750_00)
    target = tmp_path / "dossier.pdf"
    code, out, _err = run(capsys, "--db", database_url, "pack", str(application_id), "-o", str(target))
    assert code == 0
    assert "Rien ne manque." not in out
    todo = out.split("À compléter ou à vérifier :\n", 1)[1]
    assert "  - Le budget est déséquilibré : les charges dépassent les produits de 750\xa0€." in todo
    assert "Corrigez le budget du projet" in todo


def test_user_errors_are_one_line(
    database: Database, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    application_id = seed_application(database)
    target = tmp_path / "dossier.pdf"
    for argv, expected in (
        (["pack", "999", "-o", str(target)], "Aucun dossier n°999 dans la base."),
        (["pack", str(application_id), "-o", str(target), "--sans", "42"], "pas de pièce n°42"),
        (["pack", str(application_id), "-o", str(tmp_path / "absent" / "x.pdf")], "n'existe pas"),
        (["pack", str(application_id), "-o", str(tmp_path / "dossier.docx")], "indiquez un fichier .pdf"),
        (["pack", str(application_id), "-o", str(tmp_path)], "est un dossier"),
        (["pack", "abc", "-o", str(target)], "Numéro de dossier invalide : « abc »"),
        (["pack", "-3", "-o", str(target)], "Numéro de dossier invalide : « -3 »"),
        (
            ["pack", str(application_id), "-o", str(target), "--sans", "x"],
            "Numéro de pièce (--sans) invalide",
        ),
        (["pack", str(application_id)], "Indiquez le fichier à écrire"),
        (["pack", "-o", str(target)], "Indiquez le numéro du dossier"),
    ):
        code, out, err = run(capsys, "--db", database_url, *argv)
        assert code == 1
        assert out == ""
        assert err.count("\n") == 1
        assert expected in err
    assert not target.exists()
