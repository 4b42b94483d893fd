"""`coopdesk export applications`, `list applications` and `list projects` on the demonstration data."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from coopdesk.cli import main
from coopdesk.domain.applications import ApplicationFilter
from coopdesk.domain.enums import ApplicationStatus
from coopdesk.formats.table_export import APPLICATION_COLUMNS, APPLICATION_STATUS_LABELS
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.demo_service import DemoService
from coopdesk.services.project_service import ProjectService
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
    """The URL of a database (SQLite, then PostgreSQL) holding the demonstration association."""
    DemoService(database).fill(TODAY)
    return database_url


def csv_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_export_applications_as_csv_for_one_year(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "dossiers.csv"
    code, out, err = run(capsys, "--db", db, "export", "applications", "-o", str(target), "--year", "2027")
    assert (code, err) == (0, "")
    assert out == f"Dossiers exportés au format CSV dans {target}.\n"
    rows = csv_rows(target)
    assert tuple(rows[0]) == APPLICATION_COLUMNS
    expected = ApplicationService(database).list(ApplicationFilter(year=2027))
    assert expected
    assert [int(row[0]) for row in rows[1:]] == [row.id for row in expected]
    assert {row[6] for row in rows[1:]} == {"2027"}

    everything = tmp_path / "tous.csv"
    assert run(capsys, "--db", db, "export", "applications", "--format", "csv", "-o", str(everything))[0] == 0
    assert len(csv_rows(everything)) == 1 + ApplicationService(database).totals().count


def test_export_applications_as_xlsx_by_status(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "dossiers.xlsx"  # the format follows the extension
    code, out, _ = run(
        capsys, "--db", db, "export", "applications", "-o", str(target),
        "--status", "accordé", "en instruction", "--status", "partially_granted",
    )  # fmt: skip
    assert code == 0
    assert out == f"Dossiers exportés au format XLSX dans {target}.\n"
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    statuses = {
        ApplicationStatus.GRANTED,
        ApplicationStatus.UNDER_REVIEW,
        ApplicationStatus.PARTIALLY_GRANTED,
    }
    count = ApplicationService(database).totals(ApplicationFilter(statuses=frozenset(statuses))).count
    assert count
    assert len(rows) == count + 2
    assert {row[2] for row in rows[1:-1]} <= {APPLICATION_STATUS_LABELS[status] for status in statuses}
    assert rows[-1][0] == "Total"
    assert str(rows[-1][8]).startswith("=SUM(I2:I")


def test_list_applications_prints_one_line_each(
    db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", db, "list", "applications")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    listed = ApplicationService(database).list()
    assert len(lines) == len(listed)
    first = lines[0].split("\t")
    assert len(first) == 5
    assert first[0] == str(listed[0].id)
    assert first[1] == listed[0].title
    assert first[2] == listed[0].funder_name
    assert first[3] == APPLICATION_STATUS_LABELS[listed[0].status]
    assert "," in first[4]  # euros with a French decimal comma, no currency sign

    code, out, _ = run(capsys, "--db", db, "list", "applications", "--year", "2027")
    assert code == 0
    assert len(out.splitlines()) == ApplicationService(database).totals(ApplicationFilter(year=2027)).count


def test_list_projects_prints_one_line_each(
    db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", db, "list", "projects")
    assert (code, err) == (0, "")
    projects = ProjectService(database).list()
    lines = [line.split("\t") for line in out.splitlines()]
    assert len(lines) == len(projects) > 0
    assert [int(line[0]) for line in lines] == [project.id for project in projects]
    for line, project in zip(lines, projects, strict=True):
        assert line[1] == project.title
        count = ApplicationService(database).totals(ApplicationFilter(project_id=project.id)).count
        assert line[3] == f"{count} dossier{'s' if count > 1 else ''}"


def test_a_malformed_year_or_status_is_refused(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "dossiers.csv"
    for argv in (
        ("list", "applications", "--year", "20x6"),
        ("export", "applications", "-o", str(target), "--year", "20x6"),
        ("export", "applications", "-o", str(target), "--status", "gagné"),
    ):
        with pytest.raises(SystemExit) as raised:  # argparse refuses it, with the usage line
            main(["--db", db, *argv])
        assert raised.value.code == 1
        err = capsys.readouterr().err
        (message,) = [line for line in err.splitlines() if "erreur" in line]
        assert "année attendue sur quatre chiffres (par exemple 2026), pas « 20x6 »" in message or (
            "statut inconnu « gagné »" in message
        )
    assert not target.exists()


def test_export_applications_into_a_folder_that_does_not_exist(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nulle-part" / "dossiers.xlsx"
    error = one_line_error(*run(capsys, "--db", db, "export", "applications", "-o", str(target)))
    assert (
        error == f"coopdesk : Le dossier {target.parent} n'existe pas : impossible d'y écrire dossiers.xlsx."
    )
    error = one_line_error(*run(capsys, "--db", db, "export", "applications", "-o", str(tmp_path / "d.ods")))
    assert error == "coopdesk : Précisez le format avec --format (csv ou xlsx)."
