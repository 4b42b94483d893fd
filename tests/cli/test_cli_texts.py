"""`coopdesk texts search | add | list | show`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.services.demo_service import DemoService
from coopdesk.storage.database import Database

TODAY = dt.date(2026, 11, 28)


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
    DemoService(database).fill(TODAY)
    return database_url


def test_search_lists_ranked_texts_with_plain_excerpts(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", db, "texts", "search", "BENEVOLES epicerie")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[-1].endswith("textes trouvés.")
    assert "«" in out
    assert "\x02" not in out
    assert "\x03" not in out
    assert "[Objectifs]" in out or "[Présentation de l'association]" in out


def test_search_without_result_or_words(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--db", db, "texts", "search", "zzzzz")
    assert (code, out) == (0, "Aucun texte ne contient «\u00a0zzzzz\u00a0».\n")
    assert "Indiquez" in one_line_error(*run(capsys, "--db", db, "texts", "search", "  "))
    assert "--limit" in one_line_error(*run(capsys, "--db", db, "texts", "search", "pain", "--limit", "0"))


def test_add_then_find_list_and_show(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "texte.txt"
    body = "Notre <b>épicerie</b> & ses 🥕 bénévoles.\n\n- accueil\n- orientation\n"
    source.write_text(body, encoding="utf-8")
    code, out, err = run(
        capsys, "--db", sqlite_url, "texts", "add", "Public <visé> 🥕", "--category", "PUBLIC VISE",
        "--file", str(source), "--tags", "public, accueil",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == "Texte n°\u00a01 «\u00a0Public <visé> 🥕\u00a0» ajouté (Public visé).\n"
    code, out, _ = run(capsys, "--db", sqlite_url, "texts", "search", "epicerie")
    assert "«\u00a0épicerie\u00a0»" in out
    assert "<b>" in out
    assert "🥕" in out
    code, out, _ = run(capsys, "--db", sqlite_url, "texts", "show", "1")
    assert out.endswith(body.rstrip("\n") + "\n")
    assert "Mots-clés : public, accueil" in out
    code, out, _ = run(capsys, "--db", sqlite_url, "texts", "list")
    assert out.splitlines()[-1] == "1 texte."
    code, out, _ = run(
        capsys, "--db", sqlite_url, "texts", "add", "Autre", "--category", "evaluation", "--file", str(source)
    )
    assert "(Évaluation)" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe\x00\x00binaire", "n'est pas un fichier texte"),
        (b"   \n\n", "le texte est vide"),
    ],
)
def test_add_refuses_a_binary_or_empty_file(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    source = tmp_path / "texte.txt"
    source.write_bytes(content)
    message = one_line_error(
        *run(
            capsys, "--db", sqlite_url, "texts", "add", "Titre", "--category", "autre", "--file", str(source)
        )
    )
    assert expected in message


def test_add_refuses_unknown_category_empty_title_and_missing_file(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "texte.txt"
    source.write_text("Du texte.", encoding="utf-8")
    args = ("--db", sqlite_url, "texts", "add")
    message = one_line_error(*run(capsys, *args, "Titre", "--category", "recettes", "--file", str(source)))
    assert "Catégorie inconnue « recettes »" in message
    assert "public visé" in message.lower()
    message = one_line_error(*run(capsys, *args, "  ", "--category", "autre", "--file", str(source)))
    assert "le titre est obligatoire" in message
    message = one_line_error(*run(capsys, *args, "T", "--category", "autre", "--file", str(tmp_path / "x")))
    assert "n'existe pas" in message


def test_show_an_unknown_text(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    Database.open(sqlite_url).dispose()
    assert "Aucun texte n°\u00a042" in one_line_error(*run(capsys, "--db", sqlite_url, "texts", "show", "42"))


@pytest.mark.parametrize("number", ["abc", "0", "-2", "1.5"])
def test_show_a_bad_number_is_one_french_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], number: str
) -> None:
    Database.open(sqlite_url).dispose()
    message = one_line_error(*run(capsys, "--db", sqlite_url, "texts", "show", "--", number))
    assert "Numéro de texte invalide" in message


def test_search_with_a_bad_limit_is_one_french_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    Database.open(sqlite_url).dispose()
    message = one_line_error(*run(capsys, "--db", sqlite_url, "texts", "search", "pain", "--limit", "dix"))
    assert "--limit" in message


def test_show_and_list_write_numbers_the_french_way(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "long.txt"
    source.write_text("mot " * 290 + "fin", encoding="utf-8")  # 1 163 characters, 873 without spaces
    for _ in range(11):
        code, out, _err = run(
            capsys, "--db", sqlite_url, "texts", "add", "Long", "--category", "autre", "--file", str(source)
        )
    assert out.startswith("Texte n°\u00a011 «\u00a0Long\u00a0» ajouté")
    code, out, _err = run(capsys, "--db", sqlite_url, "texts", "show", "11")
    assert code == 0
    assert "1\u00a0163 caractères (873 sans les espaces), 291 mots" in out
    code, out, _err = run(capsys, "--db", sqlite_url, "texts", "list")
    assert code == 0
    assert "v1  1\u00a0163 caractères" in out
    assert out.splitlines()[-1] == "11 textes."


def test_adding_a_second_text_with_the_same_title_is_pointed_out(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "texte.txt"
    source.write_text("Les familles accueillies.\n", encoding="utf-8")
    arguments = ("texts", "add", "Public accueilli", "--category", "public visé", "--file", str(source))
    code, out, _ = run(capsys, "--db", sqlite_url, *arguments)
    assert code == 0
    assert "Attention" not in out
    code, out, _ = run(capsys, "--db", sqlite_url, "texts", "add", "PUBLIC ACCUEILLI", *arguments[3:])
    assert code == 0  # added all the same: the user may want two versions for two funders
    assert out.splitlines()[-1].startswith("Attention : un autre texte porte déjà ce titre (n°\u00a01)")
