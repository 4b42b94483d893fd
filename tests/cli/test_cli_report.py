"""`coopdesk report burden`: PDF, CSV or XLSX from the extension; bad dates, an inverted period, an
unknown funder and an unknown extension refused in one French line; other kinds can join the group."""

from __future__ import annotations

import argparse
import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coopdesk.cli import build_parser, main
from coopdesk.cli import report as report_cli
from coopdesk.cli.common import Parser
from coopdesk.paths import resolve
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.storage.tables import Application, Funder, TimeEntry, Volunteer

THIS_YEAR = dt.date.today().year


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A database with 3 h this year on a refused application of the funder n°1, and 1 h last year."""
    path = str(tmp_path / "t.sqlite3")
    registry = ServiceRegistry.open(resolve(db=path, data_dir=str(tmp_path)))
    try:
        with registry._database.session() as session:
            funder = Funder(name="DDETS", normalized_name="ddets", kind="state_service", level="departmental")
            volunteer = Volunteer(name="Sophie")
            session.add_all([funder, volunteer])
            session.flush()
            application = Application(title="Camion", funder_id=funder.id, status="refused")
            session.add(application)
            session.flush()
            session.add_all(
                [
                    TimeEntry(
                        application_id=application.id,
                        volunteer_id=volunteer.id,
                        spent_on=dt.date(THIS_YEAR, 3, 1),
                        minutes=180,
                        activity="writing",
                    ),
                    TimeEntry(
                        funder_id=funder.id,
                        spent_on=dt.date(THIS_YEAR - 1, 6, 1),
                        minutes=60,
                        activity="other",
                    ),
                ]
            )
    finally:
        registry.close()
    return path


def test_pdf_of_this_year(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "charge.pdf"
    code, stdout, stderr = run(capsys, "--db", db, "report", "burden", "-o", str(out))
    assert (code, stderr) == (0, "")
    assert f"du 01/01/{THIS_YEAR} au 31/12/{THIS_YEAR}" in stdout
    assert "3\u00a0heures" in stdout
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "1 a été refusée" in text


def test_xlsx_has_sum_formulas_and_csv_is_text(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx, csv = tmp_path / "charge.xlsx", tmp_path / "charge.csv"
    last_year = str(THIS_YEAR - 1)
    assert (
        run(capsys, "--db", db, "report", "burden", "--from", f"01/01/{last_year}", "-o", str(xlsx))[0] == 0
    )
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("N° du dossier", "Dossier", "Financeur")
    assert rows[1][1] == "DDETS (sans dossier)"
    assert rows[1][5] == 60
    assert rows[-1][0] == "Total"
    assert rows[-1][5] == "=SUM(F2:F2)"

    code, _out, err = run(
        capsys, "--db", db, "report", "burden", "--from", f"{THIS_YEAR}-01-01", "--to", f"31/12/{THIS_YEAR}",
        "--funder", "1", "-o", str(csv),
    )  # fmt: skip
    assert (code, err) == (0, "")
    lines = csv.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("N° du dossier;Dossier;Financeur;Statut;Saisies;Minutes;Heures")
    assert lines[1].split(";")[1:7] == ["Camion", "DDETS", "refusé", "1", "180", "3,00"]


def test_a_period_without_time_gives_a_report_that_says_so(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "vide.pdf"
    code, stdout, _err = run(capsys, "--db", db, "report", "burden", "--to", "31/12/2010", "-o", str(out))
    assert code == 0
    assert "Aucun temps saisi du 01/01/2010 au 31/12/2010" in stdout
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Aucun temps saisi entre le 01/01/2010 et le 31/12/2010." in text
    code, stdout, _err = run(
        capsys, "--db", db, "report", "burden", "--to", "31/12/2010", "--funder", "1", "-o", str(out)
    )
    assert code == 0
    assert "Aucun temps saisi du 01/01/2010 au 31/12/2010 avec ces filtres" in stdout
    table = tmp_path / "vide.csv"
    code, stdout, _err = run(capsys, "--db", db, "report", "burden", "--to", "31/12/2010", "-o", str(table))
    assert code == 0
    assert f"Aucun temps saisi du 01/01/2010 au 31/12/2010 : tableau vide écrit dans {table}." in stdout


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--from", "01/02/2026", "--to", "31/01/2026"], "La période est inversée"),
        (["--funder", "99"], "Aucun financeur n°99"),
        (["--volunteer", "99"], "Aucun bénévole n°99"),
    ],
)
def test_bad_filters_are_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    out = tmp_path / "r.pdf"
    code, stdout, stderr = run(capsys, "--db", db, "report", "burden", *arguments, "-o", str(out))
    assert code == 1
    assert stdout == ""
    assert message in stderr
    assert stderr.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--from", "32/13/2026"], "Date illisible pour --from : « 32/13/2026 »"),
        (["--from", "demain"], "Date illisible pour --from : « demain »"),
        (["--to", "31/12/26"], "Date illisible pour --to : « 31/12/26 »"),
        (["--funder", "abc"], "Numéro de financeur invalide : « abc »"),
        (["--funder", "0"], "Numéro de financeur invalide : « 0 »"),
        (["--volunteer", "-1"], "Numéro de bénévole invalide : « -1 »"),
    ],
)
def test_unreadable_dates_and_numbers_are_one_french_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    out = tmp_path / "r.pdf"
    code, stdout, stderr = run(capsys, "--db", db, "report", "burden", *arguments, "-o", str(out))
    assert (code, stdout) == (1, "")
    assert message in stderr
    assert stderr.count("\n") == 1
    assert "usage" not in stderr
    assert not out.exists()


def test_a_missing_output_says_what_to_type(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, stderr = run(capsys, "--db", db, "report", "burden", "--from", "01/01/2026")
    assert (code, stdout) == (1, "")
    assert "Indiquez le fichier à écrire : -o charge-" in stderr
    assert stderr.count("\n") == 1


@pytest.mark.parametrize("name", ["r.txt", "rapport"])
def test_unknown_extension_is_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, _out, err = run(capsys, "--db", db, "report", "burden", "-o", str(tmp_path / name))
    assert code == 1
    assert ".pdf, .csv ou .xlsx" in err
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("name", ["dossier", "dossier.pdf"])
def test_a_folder_as_output_is_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    folder = tmp_path / name
    folder.mkdir()
    code, out, err = run(capsys, "--db", db, "report", "burden", "-o", str(folder))
    assert (code, out) == (1, "")
    assert "est un dossier" in err
    assert err.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_burden_period_defaults() -> None:
    today = dt.date(2026, 11, 28)
    assert report_cli.burden_period(None, None, today) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert report_cli.burden_period(dt.date(2025, 3, 1), None, today) == (
        dt.date(2025, 3, 1),
        dt.date(2025, 12, 31),
    )
    assert report_cli.burden_period(None, dt.date(2024, 6, 30), today) == (
        dt.date(2024, 1, 1),
        dt.date(2024, 6, 30),
    )


def test_another_kind_can_join_the_report_group(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_cli, "_kind_adders", [])

    def add_kind(kinds: argparse._SubParsersAction[Parser]) -> None:
        kinds.add_parser("essai").set_defaults(handler=lambda _args, _locations: 0)

    report_cli.register_report_kind(add_kind)
    report_cli.register_report_kind(add_kind)  # once only
    args = build_parser().parse_args(["report", "essai"])
    assert args.report_kind == "essai"

    # From another module's add_commands, whatever the order: the same group is found.
    parser = Parser(prog="coopdesk")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    report_cli.report_kinds(commands).add_parser("autre")
    report_cli.add_commands(commands)
    assert parser.parse_args(["report", "autre"]).report_kind == "autre"
    assert parser.parse_args(["report", "burden", "-o", "x.pdf"]).report_kind == "burden"
