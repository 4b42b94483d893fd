"""`coopdesk budget` and `coopdesk report compte-rendu`: files written, one French line on bad input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coopdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("budget") / "demo.sqlite3")
    assert main(["--db", db, "demo"]) == 0
    return db


def test_budget_pdf_and_xlsx(demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    pdf = tmp_path / "budget.pdf"
    code, out, err = run(capsys, "--db", demo_db, "budget", "1", "-o", str(pdf))
    assert (code, err) == (0, "")
    assert "écrit dans" in out
    assert PdfReader(io.BytesIO(pdf.read_bytes()), strict=True).pages
    xlsx = tmp_path / "budget.xlsx"
    code, out, err = run(capsys, "--db", demo_db, "budget", "2", "-o", str(xlsx))
    assert code == 0
    assert "les charges dépassent les produits de 750" in out  # the demo's unbalanced budget
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    assert any(str(cell.value).startswith("=SUM(") for row in sheet.iter_rows() for cell in row)
    code, out, err = run(
        capsys, "--db", demo_db, "budget", "--association", "--year", "2027", "-o", str(tmp_path / "a.pdf")
    )
    assert code == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("budget", "99", "-o", "{tmp}/x.pdf"), "Aucun projet n°99"),
        (("budget", "1", "-o", "{tmp}/x.txt"), "Format de fichier inconnu"),
        (("budget", "--association", "-o", "{tmp}/x.pdf"), "--year"),
        (("budget", "-o", "{tmp}/x.pdf"), "soit un numéro de projet"),
        (("report", "compte-rendu", "999", "-o", "{tmp}/x.pdf"), "Aucun dossier n°999"),
        (("report", "compte-rendu", "25", "-o", "{tmp}/x.pdf"), "après l'accord de la subvention"),
        (("report", "compte-rendu", "22", "-o", "{tmp}/x.xlsx"), "Format de fichier inconnu"),
        (("budget", "abc", "-o", "{tmp}/x.pdf"), "Numéro de projet invalide : « abc »"),
        (("budget", "0", "-o", "{tmp}/x.pdf"), "Numéro de projet invalide : « 0 »"),
        (("budget", "--association", "--year", "20x7", "-o", "{tmp}/x.pdf"), "Exercice invalide"),
        (("budget", "--association", "--year", "1800", "-o", "{tmp}/x.pdf"), "de 1900 à 2200"),
        (("budget", "1", "--year", "2027", "-o", "{tmp}/x.pdf"), "--year ne sert qu'au budget"),
        (("budget", "1", "-o", "{tmp}"), "est un dossier"),
        (("budget", "1", "-o", "{tmp}/absent/x.pdf"), "n'existe pas"),
        (("report", "compte-rendu", "-3", "-o", "{tmp}/x.pdf"), "Numéro de dossier invalide"),
        (("report", "compte-rendu", "22", "-o", "{tmp}"), "est un dossier"),
        (("budget", "1"), "Indiquez le fichier à écrire"),
        (("report", "compte-rendu", "22"), "Indiquez le fichier à écrire"),
        (("report", "compte-rendu", "-o", "{tmp}/x.pdf"), "Indiquez le numéro du dossier"),
        (
            ("report", "compte-rendu", "22", "--annee", "2031", "-o", "{tmp}/x.pdf"),
            "pas de compte rendu pour 2031",
        ),
        (("report", "compte-rendu", "22", "--annee", "20x7", "-o", "{tmp}/x.pdf"), "Année invalide"),
    ],
)
def test_bad_input(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    capsys.readouterr()
    code, _out, err = run(capsys, "--db", demo_db, *(arg.replace("{tmp}", str(tmp_path)) for arg in argv))
    assert code == 1
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_compte_rendu(demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    path = tmp_path / "cr.pdf"
    code, out, err = run(capsys, "--db", demo_db, "report", "compte-rendu", "22", "-o", str(path))
    assert (code, err) == (0, "")
    assert "sans explication" in out
    # the demo's other subsidies of the project await their decision: a provisional result, then the
    # result if they are granted
    assert "Résultat provisoire de l'action" in out
    assert "comme prévu" in out
    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes()), strict=True).pages
    )
    assert "Compte rendu financier" in text


def test_accents_emoji_and_upper_case_extension(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    path = tmp_path / "Épicerie 🍎 budget.PDF"
    code, out, err = run(capsys, "--db", demo_db, "budget", "1", "-o", str(path))
    assert (code, err) == (0, "")
    assert str(path) in out
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "SIRET" in text


def test_the_plan_de_financement(demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    path = tmp_path / "plan.pdf"
    code, out, err = run(capsys, "--db", demo_db, "budget", "4", "--plan", "-o", str(path))
    assert (code, err) == (0, "")
    assert "Plan de financement du projet n°4" in out
    assert "Devis à joindre : Bureau d'études froid" in out  # the demo's awaited quote
    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes()), strict=True).pages
    )
    assert "Plan de financement de l'investissement" in text
    for argv, message in (
        (("budget", "--association", "--year", "2027", "--plan", "-o", str(path)), "sans --association"),
        (("budget", "4", "--plan", "-o", str(tmp_path / "plan.xlsx")), "Format de fichier inconnu"),
        (("budget", "999", "--plan", "-o", str(path)), "Aucun projet n°999"),
    ):
        code, _out, err = run(capsys, "--db", demo_db, *argv)
        assert code == 1
        assert message in err
        assert len(err.strip().splitlines()) == 1
