"""`coopdesk time add` and `coopdesk export time`, on SQLite and PostgreSQL."""

from __future__ import annotations

import codecs
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from coopdesk.cli import main
from coopdesk.domain.applications import ApplicationInput
from coopdesk.domain.enums import FunderKind, TimeActivity
from coopdesk.domain.funders import FunderInput
from coopdesk.domain.rows import VolunteerInput
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.time_service import TIME_COLUMNS, TimeService
from coopdesk.services.volunteer_service import VolunteerService
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
def db(database: Database, database_url: str) -> tuple[str, int, int]:
    """URL, application id, funder id; a volunteer named Sophie Martin."""
    VolunteerService(database).create(VolunteerInput(name="Sophie Martin"))
    funder = FunderService(database).create(FunderInput(name="CAF du Gard", kind=FunderKind.CAF)).id
    application = ApplicationService(database).create(ApplicationInput(title="Épicerie", funder_id=funder)).id
    return database_url, application, funder


def add(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "--db", url, "time", "add", "--volunteer", "sophie martin", *extra)


def test_add_time_on_an_application_and_on_a_funder(
    db: tuple[str, int, int], database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    url, application, funder = db
    code, out, err = add(
        capsys, url, "--application", str(application), "--date", "02/11/2026", "--duration", "1h30",
        "--activity", "redaction", "--note", "budget",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("Temps enregistré (n°\u00a0")
    assert "1\u00a0h\u00a030 le 02/11/2026, rédaction, Sophie Martin, Épicerie." in out
    code, _, _ = add(capsys, url, "--funder", str(funder), "--duration", "45 min", "--activity", "research")
    assert code == 0
    rows = TimeService(database).entries()
    assert [(row.minutes, row.activity) for row in rows] == [
        (45, TimeActivity.RESEARCH),
        (90, TimeActivity.WRITING),
    ]
    assert rows[0].spent_on == dt.date.today()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--duration=-1h",), "négative"),
        (("--duration", "beaucoup"), "illisible"),
        (("--duration", "0"), "zéro"),
        (("--duration", "30h"), "24 heures"),
        (("--duration", "1h", "--date", "31/02/2026"), "Date illisible"),
        (("--duration", "1h", "--date", "01/01/2099"), "futur"),
        (("--duration", "1h", "--activity", "sieste"), "Activité inconnue"),
    ],
)
def test_bad_input_is_one_french_line(
    db: tuple[str, int, int], capsys: pytest.CaptureFixture[str], extra: tuple[str, ...], message: str
) -> None:
    url, application, _ = db
    arguments = ["--application", str(application), "--activity", "autre", *extra]
    assert message in one_line_error(*add(capsys, url, *arguments))


def test_unknown_volunteer_and_application(
    db: tuple[str, int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    url, application, _ = db
    code, out, err = run(
        capsys, "--db", url, "time", "add", "--volunteer", "Personne", "--application", str(application),
        "--duration", "1h", "--activity", "autre",
    )  # fmt: skip
    assert "Aucun bénévole nommé « Personne »" in one_line_error(code, out, err)
    assert "dossier n°999" in one_line_error(
        *add(capsys, url, "--application", "999", "--duration", "1h", "--activity", "autre")
    )


def test_more_than_24_hours_in_a_day_needs_force(
    db: tuple[str, int, int], database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    url, application, _ = db
    base = ("--application", str(application), "--date", "02/11/2026", "--activity", "autre")
    assert add(capsys, url, *base, "--duration", "20h")[0] == 0
    assert "--force" in one_line_error(*add(capsys, url, *base, "--duration", "5h"))
    assert add(capsys, url, *base, "--duration", "5h", "--force")[0] == 0
    assert TimeService(database).totals().minutes == 25 * 60


def test_export_time_as_csv_and_xlsx(
    db: tuple[str, int, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, application, _ = db
    add(capsys, url, "--application", str(application), "--duration", "1h30", "--activity", "autre")
    add(capsys, url, "--application", str(application), "--duration", "20", "--activity", "autre")
    target = tmp_path / "temps.csv"
    code, out, err = run(capsys, "--db", url, "export", "time", "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"Temps passé exporté au format CSV dans {target} (2 saisies).\n"
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == ";".join(TIME_COLUMNS)
    assert {line.split(";")[6] for line in lines[1:]} == {"1,50", "0,33"}

    workbook_path = tmp_path / "temps"
    code, _, _ = run(capsys, "--db", url, "export", "time", "--format", "xlsx", "-o", str(workbook_path))
    assert code == 0
    sheet = openpyxl.load_workbook(io.BytesIO(workbook_path.read_bytes())).active
    assert sheet is not None
    assert sheet["H4"].value == "=SUM(H2:H3)"
    assert "--format" in one_line_error(
        *run(capsys, "--db", url, "export", "time", "-o", str(tmp_path / "x"))
    )


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (("--application", "abc"), "Numéro de dossier invalide"),
        (("--application", "0"), "Numéro de dossier invalide"),
        (("--funder", "1,5"), "Numéro de financeur invalide"),
        (("--call", "-3"), "Numéro d'appel à projets invalide"),
    ],
)
def test_a_bad_number_is_one_french_line(
    db: tuple[str, int, int], capsys: pytest.CaptureFixture[str], target: tuple[str, str], message: str
) -> None:
    url, _, _ = db
    option, value = target
    arguments = (f"{option}={value}", "--duration", "1h", "--activity", "autre")
    assert message in one_line_error(*add(capsys, url, *arguments))


def test_export_time_to_a_folder_says_so(
    db: tuple[str, int, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _, _ = db
    message = one_line_error(*run(capsys, "--db", url, "export", "time", "-o", str(tmp_path)))
    assert "est un dossier" in message


def test_list_volunteers_gives_the_names_to_type(
    database: Database, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    service = VolunteerService(database)
    marchetti = service.create(VolunteerInput(name="Sophie Marchetti")).id
    left = service.create(VolunteerInput(name="Gérard   Pons", active=False)).id
    code, out, err = run(capsys, "--db", database_url, "list", "volunteers")
    assert (code, err) == (0, "")
    assert sorted(out.splitlines()) == sorted(
        [f"{marchetti}\tSophie Marchetti\toui", f"{left}\tGérard Pons\tnon"]
    )


def unknown_volunteer(capsys: pytest.CaptureFixture[str], url: str, funder: int, name: str) -> str:
    code, out, err = run(
        capsys, "--db", url, "time", "add", "--volunteer", name, "--funder", str(funder),
        "--duration", "1h", "--activity", "autre",
    )  # fmt: skip
    return one_line_error(code, out, err)


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Sophie Marchetta", "Sophie Marchetti, Sophie Martin"),  # both Sophies, the closest first
        ("marchetti sophie", "Sophie Marchetti, Sophie Martin"),  # words in another order
        ("CAMILE", "Camille Roussel"),  # case and one letter
        ("helene", "Hélène Vidal"),  # accents
        ("pons", "Gérard Pons"),  # a volunteer who left is still named
        ("Xavier Dupont", "Camille Roussel, Hélène Vidal, Sophie Marchetti, Sophie Martin"),  # all active
    ],
)
def test_an_unknown_volunteer_names_the_close_ones(
    db: tuple[str, int, int],
    database: Database,
    capsys: pytest.CaptureFixture[str],
    typed: str,
    suggested: str,
) -> None:
    url, _, funder = db
    service = VolunteerService(database)
    for name in ("Sophie Marchetti", "Camille Roussel", "Hélène Vidal"):
        service.create(VolunteerInput(name=name))
    service.create(VolunteerInput(name="Gérard Pons", active=False))
    message = unknown_volunteer(capsys, url, funder, typed)
    assert message.startswith(f"coopdesk : Aucun bénévole nommé « {typed} ». Bénévoles : {suggested} (")
    assert "coopdesk list volunteers" in message


def test_an_unknown_volunteer_among_many_points_to_the_list(
    db: tuple[str, int, int], database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _, funder = db
    service = VolunteerService(database)
    for number in range(12):
        service.create(VolunteerInput(name=f"Bénévole {chr(ord('A') + number)}"))
    message = unknown_volunteer(capsys, url, funder, "Xavier Dupont")
    assert message == (
        "coopdesk : Aucun bénévole nommé « Xavier Dupont » (tous les noms : coopdesk list volunteers ; "
        "pour en ajouter : Paramètres, onglet Bénévoles)."
    )


def test_an_unknown_volunteer_when_there_is_none(
    database: Database, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    funder = FunderService(database).create(FunderInput(name="CAF du Gard", kind=FunderKind.CAF)).id
    message = unknown_volunteer(capsys, database_url, funder, "Sophie")
    assert "aucun bénévole n'est encore enregistré" in message
    assert "Paramètres, onglet Bénévoles" in message
