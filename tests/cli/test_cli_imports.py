"""Imports, exports and lists on the command line: French reports, one-line errors, exit code 1."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import vobject

from coopdesk.cli import describe_error, main
from coopdesk.domain.calls import CallFilter, CallWindow
from coopdesk.domain.enums import FunderKind, InteractionKind
from coopdesk.domain.funders import ContactInput, FunderInput, InteractionInput
from coopdesk.formats.errors import FormatError, FormatErrorCode
from coopdesk.services.call_service import CallService
from coopdesk.services.contact_service import ContactService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.interaction_service import InteractionService
from coopdesk.storage.database import Database
from tests.formats.aides_factory import dump

ALL_CALLS = CallFilter(window=CallWindow.ALL, include_archived=True)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line_error(code: int, out: str, err: str) -> str:
    """The error of a refused command: exit 1, nothing on stdout, one line on stderr."""
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("coopdesk : ")
    return err.strip()


def aid(number: int, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": 500 + number,
        "slug": f"aap-{number}",
        "name": f"Appel à projets épicerie solidaire n°{number}",
        "financers": ["Conseil départemental de l'Hérault"],
        "description": "<p>Soutien à <b>l'aide alimentaire</b>.</p>",
        "perimeter": "Hérault",
        "is_call_for_project": True,
        "targeted_audiences": ["Associations"],
        "submission_deadline": "2026-12-31",
        "recurrence": "Ponctuelle",
    }
    base.update(fields)
    return base


def aids_file(folder: Path, name: str, *aids: dict[str, Any]) -> str:
    path = folder / name
    path.write_bytes(
        dump({"count": len(aids), "next": None, "previous": None, "results": list(aids)}, indent=2)
    )
    return str(path)


@pytest.fixture
def db(database: Database, database_url: str) -> str:
    """The URL of a fresh database (SQLite, then PostgreSQL), already created."""
    return database_url


def call_titles(database: Database) -> list[str]:
    return sorted(row.title for row in CallService(database).list(ALL_CALLS))


# -- import aides-territoires ------------------------------------------------------------------------------


def test_import_then_reimport_says_nothing_new(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = aids_file(tmp_path, "aides.json", aid(1), aid(2, financers=["DREETS Occitanie"]))
    code, out, err = run(capsys, "--db", db, "import", "aides-territoires", path)
    assert (code, err) == (0, "")
    assert "Aides-territoires : 1 fichier, 2 aides." in out
    assert "Nouveaux appels : 2" in out
    assert "  - Appel à projets épicerie solidaire n°1 (date limite : 31/12/2026)" in out
    assert "Financeurs créés : 2 (type deviné d'après le nom, à vérifier dans leur fiche)" in out
    assert "  - DREETS Occitanie : Service de l'État" in out
    assert "  - Conseil départemental de l'Hérault : Département" in out
    assert len(call_titles(database)) == 2

    code, out, err = run(capsys, "--db", db, "import", "aides-territoires", path)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Aides-territoires : 1 fichier, 2 aides.",
        "Rien de nouveau : les 2 appels sont déjà à jour.",
    ]


def test_dry_run_writes_nothing(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = aids_file(tmp_path, "aides.json", aid(1), aid(2))
    code, out, _ = run(capsys, "--db", db, "import", "aides-territoires", path, "--dry-run")
    assert code == 0
    assert "Nouveaux appels : 2" in out
    assert "Financeurs à créer : 1 (type deviné d'après le nom, à vérifier dans leur fiche)" in out
    assert out.splitlines()[-1] == "Aucune modification enregistrée (--dry-run)."
    assert call_titles(database) == []
    assert FunderService(database).list_all() == []


def test_a_newer_file_reports_moved_deadlines_and_disappeared_calls(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    first = aids_file(tmp_path, "janvier.json", aid(1), aid(2), aid(3))
    assert run(capsys, "--db", db, "import", "aides-territoires", first)[0] == 0
    newer = aids_file(tmp_path, "fevrier.json", aid(1, submission_deadline="2027-01-15"), aid(2))
    code, out, err = run(capsys, "--db", db, "import", "aides-territoires", newer)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert "Nouveaux appels : 0" in lines
    assert "Dates limites modifiées : 1" in lines
    assert "  - Appel à projets épicerie solidaire n°1 : 31/12/2026 → 15/01/2027" in lines
    assert "Inchangés : 1" in lines
    assert any(line.startswith("Disparus : 1 (importés auparavant, absents de ce fichier") for line in lines)
    assert "  - Appel à projets épicerie solidaire n°3 (date limite : 31/12/2026)" in lines
    assert len(call_titles(database)) == 3  # reported, not deleted


def test_filters_keep_what_concerns_the_association(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = aids_file(
        tmp_path,
        "aides.json",
        aid(1),
        aid(2, targeted_audiences=["Communes"]),
        aid(3, is_call_for_project=False),
        aid(4, perimeter="Gard"),
    )
    code, out, _ = run(
        capsys,
        "--db", db, "import", "aides-territoires", path,
        "--association-only", "--calls-only", "--perimeter", "herault",
    )  # fmt: skip
    assert code == 0
    assert "Aides-territoires : 1 fichier, 4 aides, dont 1 retenue par le filtre." in out
    assert call_titles(database) == ["Appel à projets épicerie solidaire n°1"]


def test_malformed_json_names_the_file_and_the_line(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "abime.json"
    path.write_text('{"results": [\n  {"id": 1, "name": "A"},\n  {"id": 2, "name": "B"\n]}', encoding="utf-8")
    error = one_line_error(*run(capsys, "--db", db, "import", "aides-territoires", str(path)))
    assert error.startswith(f"coopdesk : fichier {path}, ligne 4 : le contenu n'est pas du JSON valide")
    assert call_titles(database) == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '{\n  "type": "FeatureCollection"\n}',
            "ligne 1 : ce fichier n'est pas une liste d'aides d'Aides-territoires",
        ),
        ('{"results": [\n  {"id": 1}\n]}', "ligne 2 : une aide n'a pas de champ « name » (obligatoire)"),
        ('[\n {"name": "A"}\n]', "ligne 2 : une aide n'a ni identifiant (« id ») ni « slug »"),
        (
            '{"results": [\n {"id": 1, "name": "A",\n  "submission_deadline": "12/31/2026"}]}',
            "ligne 3 : date illisible dans « submission_deadline » : « 12/31/2026 » (formats acceptés",
        ),
        ("", "le fichier est vide"),
    ],
)
def test_a_bad_aids_file_is_explained_in_french(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    path = tmp_path / "aides.json"
    path.write_text(content, encoding="utf-8")
    error = one_line_error(*run(capsys, "--db", db, "import", "aides-territoires", str(path)))
    assert f"fichier {path}" in error
    assert expected in error


def test_a_bad_second_file_imports_nothing(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    good = aids_file(tmp_path, "bon.json", aid(1), aid(2))
    bad = tmp_path / "mauvais.json"
    bad.write_text(
        '{"results": [\n  {"id": 9, "name": "X", "is_call_for_project": "peut-être"}\n]}', encoding="utf-8"
    )
    error = one_line_error(*run(capsys, "--db", db, "import", "aides-territoires", good, str(bad)))
    assert f"fichier {bad}, ligne 2 : valeur inattendue pour « is_call_for_project » : « peut-être »" in error
    assert call_titles(database) == []
    assert FunderService(database).list_all() == []


def test_input_files_that_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "base.sqlite3")
    missing = tmp_path / "absent.json"
    error = one_line_error(*run(capsys, "--db", db, "import", "aides-territoires", str(missing)))
    assert error == f"coopdesk : Le fichier {missing} n'existe pas."
    error = one_line_error(*run(capsys, "--db", db, "import", "contacts", str(tmp_path)))
    assert error == f"coopdesk : {tmp_path} est un dossier : indiquez un fichier."
    locked = tmp_path / "verrouille.csv"
    locked.write_text("Nom;Organisme\n", encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    # Root ignores permission bits, so the refusal is simulated where the file is read.
    monkeypatch.setattr(Path, "read_bytes", refuse)
    error = one_line_error(*run(capsys, "--db", db, "import", "contacts", str(locked)))
    assert error == f"coopdesk : Impossible de lire {locked} : accès refusé."
    assert not Path(db).exists()  # nothing was read: no database was even created


# -- import contacts -----------------------------------------------------------------------------------------

CONTACTS = (
    "Organisme;Nom;Prénom;Fonction;Courriel\n"
    "DDETS de l'Hérault;Dupré;Élise;Chargée de mission;elise.dupre@herault.gouv.fr\n"
    "Région Occitanie;Castan;Claire;Instructrice;\n"
    "CAF de l'Hérault;Benali;Karim;Conseiller;jean@\n"
    "DDETS DE L'HERAULT;DUPRE;Elise;;\n"
    ";Sans;Organisme;;\n"
)


def test_import_contacts_reports_each_rejected_line(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    FunderService(database).create(FunderInput(name="DDETS de l'Hérault", kind=FunderKind.STATE_SERVICE))
    path = tmp_path / "contacts.csv"
    path.write_text(CONTACTS, encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "import", "contacts", str(path))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Colonnes reconnues : « Organisme » → financeur, « Nom » → nom de famille")
    assert "ligne 4 : courriel invalide (jean@)" in lines
    assert any(line.startswith("ligne 6 : financeur manquant") for line in lines)
    assert "ligne 5 : Elise DUPRE (DDETS DE L'HERAULT) : même personne qu'à la ligne 2, ignoré(e)" in lines
    assert "Nouveaux interlocuteurs : 2" in lines
    assert "Doublons ignorés : 1" in lines
    assert "Lignes refusées : 2" in lines
    assert "Financeurs créés : 1 (type deviné d'après le nom, à vérifier dans leur fiche)" in lines
    assert "  - Région Occitanie : Région" in lines
    assert sorted(row.name for row in ContactService(database).list()) == ["Claire Castan", "Élise Dupré"]


def test_import_contacts_dry_run_writes_nothing(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(CONTACTS, encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "contacts", str(path), "--dry-run")
    assert code == 0
    assert "Nouveaux interlocuteurs : 2" in out
    assert "Financeurs à créer : 2 (type deviné d'après le nom, à vérifier dans leur fiche)" in out
    assert out.splitlines()[-1] == "Aucune modification enregistrée (--dry-run)."
    assert ContactService(database).list() == []
    assert FunderService(database).list_all() == []


def test_import_contacts_with_a_default_funder(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "caf.csv"
    path.write_text("Nom complet;Téléphone\nKarim Benali;04 66 11 22 33\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "contacts", str(path), "--funder", "CAF du Gard")
    assert code == 0
    assert "  - CAF du Gard : CAF" in out
    (karim,) = ContactService(database).list()
    assert (karim.name, karim.funder_name, karim.phone) == ("Karim Benali", "CAF du Gard", "04 66 11 22 33")


def test_import_contacts_without_a_name_column_lists_the_columns(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("Structure;Tél.;Divers\nDDETS;04 67 12 34 56;x\n", encoding="utf-8")
    error = one_line_error(*run(capsys, "--db", db, "import", "contacts", str(path)))
    assert "Colonne introuvable pour : nom." in error
    assert "Colonnes du fichier : « Structure », « Tél. », « Divers »." in error
    assert ContactService(database).list() == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"Nom;Organisme;Courriel\nClaire,DDETS,c@a.fr\nKarim,CAF,k@b.fr\n",
            "ligne 2 : séparateurs mélangés",
        ),
        (b"Nom;Organisme\n\x81\x8d\x8f\x90;\x9d\n", "encodage des caractères non reconnu"),
        (b"Nom;Organisme\n\x00\x01binaire\n", "ce n'est pas un fichier texte"),
        (b'Nom;Organisme\n"Claire;DDETS\nKarim;CAF\n', "ligne 2 : guillemet ouvert jamais refermé"),
    ],
)
def test_an_unreadable_contacts_sheet_is_explained(
    tmp_path: Path,
    db: str,
    database: Database,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    expected: str,
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)
    error = one_line_error(*run(capsys, "--db", db, "import", "contacts", str(path)))
    assert f"fichier {path}" in error
    assert expected in error
    assert ContactService(database).list() == []


def test_short_rows_are_rejected_and_the_others_imported(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Organisme;Nom complet;Courriel\nCAF du Gard;Inès Roux;ines@caf.fr\nCAF du Gard\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "--db", db, "import", "contacts", str(path))
    assert code == 0
    assert any(line.startswith("ligne 3 : ligne incomplète") for line in out.splitlines())
    assert [row.name for row in ContactService(database).list()] == ["Inès Roux"]


# -- exports and lists ---------------------------------------------------------------------------------------


@pytest.fixture
def filled(database: Database) -> int:
    """A funder, a contact with an accent and a comma, an exchange; returns the contact's id."""
    funder = FunderService(database).create(
        FunderInput(name="Conseil départemental de l'Hérault", kind=FunderKind.DEPARTMENT)
    )
    contact = ContactService(database).create(
        ContactInput(funder_id=funder.id, name="Élise Dupré", role="Chargée de mission, PAT", topics=("PAT",))
    )
    InteractionService(database).create(
        InteractionInput(
            funder_id=funder.id,
            contact_id=contact.id,
            occurred_on=dt.date(2026, 3, 12),
            kind=InteractionKind.MEETING,
            summary="Rencontre au sujet de l'épicerie solidaire.",
        )
    )
    return contact.id


def test_export_contacts_as_vcard_and_csv(
    tmp_path: Path, db: str, filled: int, capsys: pytest.CaptureFixture[str]
) -> None:
    vcf = tmp_path / "contacts.vcf"
    code, out, err = run(capsys, "--db", db, "export", "contacts", "--format", "vcf", "-o", str(vcf))
    assert (code, err) == (0, "")
    assert out == f"Interlocuteurs exportés au format vCard dans {vcf}.\n"
    (card,) = vobject.readComponents(vcf.read_text(encoding="utf-8"))
    assert (card.fn.value, card.title.value) == ("Élise Dupré", "Chargée de mission, PAT")

    table = tmp_path / "contacts.csv"  # the format follows the extension
    assert run(capsys, "--db", db, "export", "contacts", "-o", str(table))[0] == 0
    data = table.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[1][:3] == ["Élise Dupré", "Conseil départemental de l'Hérault", "Chargée de mission, PAT"]
    assert [name for name in os.listdir(tmp_path) if name.endswith(".tmp")] == []


def test_export_calls_as_xlsx(
    tmp_path: Path, db: str, database: Database, filled: int, capsys: pytest.CaptureFixture[str]
) -> None:
    path = aids_file(tmp_path, "aides.json", aid(1))
    assert run(capsys, "--db", db, "import", "aides-territoires", path)[0] == 0
    target = tmp_path / "appels.xlsx"
    code, out, _ = run(capsys, "--db", db, "export", "calls", "--format", "xlsx", "-o", str(target))
    assert code == 0
    assert out == f"Appels à projets exportés au format XLSX dans {target}.\n"
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == "Appel à projets épicerie solidaire n°1"
    assert rows[1][1] == "Conseil départemental de l'Hérault"


def test_export_person_writes_the_exchanges(
    tmp_path: Path, db: str, filled: int, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "elise.txt"
    code, out, _ = run(capsys, "--db", db, "export", "person", str(filled), "-o", str(target))
    assert code == 0
    assert out == f"Données de l'interlocuteur n°{filled} exportées dans {target}.\n"
    text = target.read_text(encoding="utf-8")
    assert text.startswith("Données personnelles : Élise Dupré")
    assert "- 12/03/2026 — Réunion" in text
    assert "Rencontre au sujet de l'épicerie solidaire." in text


def test_export_person_of_an_unknown_or_malformed_id(
    tmp_path: Path, db: str, filled: int, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.txt"
    error = one_line_error(*run(capsys, "--db", db, "export", "person", "999", "-o", str(target)))
    assert error == "coopdesk : Aucun interlocuteur n°999 dans la base."
    assert not target.exists()
    with pytest.raises(SystemExit) as raised:  # argparse refuses it, with the usage line
        main(["--db", db, "export", "person", "Élise", "-o", str(target)])
    assert raised.value.code == 1
    assert "numéro d'interlocuteur attendu (nombre entier), pas « Élise »" in capsys.readouterr().err


def test_export_into_a_folder_that_does_not_exist(
    tmp_path: Path, db: str, filled: int, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nulle-part" / "contacts.vcf"
    error = one_line_error(
        *run(capsys, "--db", db, "export", "contacts", "--format", "vcf", "-o", str(target))
    )
    assert (
        error == f"coopdesk : Le dossier {target.parent} n'existe pas : impossible d'y écrire contacts.vcf."
    )
    error = one_line_error(
        *run(capsys, "--db", db, "export", "calls", "--format", "csv", "-o", str(tmp_path))
    )
    assert error == f"coopdesk : {tmp_path} est un dossier : indiquez un nom de fichier."
    error = one_line_error(*run(capsys, "--db", db, "export", "calls", "-o", str(tmp_path / "appels.ods")))
    assert error == "coopdesk : Précisez le format avec --format (csv ou xlsx)."


def test_a_failed_write_leaves_the_old_file_whole(
    tmp_path: Path, db: str, filled: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "contacts.csv"
    target.write_text("ancienne version", encoding="utf-8")

    def full_disk(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    error = one_line_error(*run(capsys, "--db", db, "export", "contacts", "-o", str(target)))
    assert error == f"coopdesk : Impossible d'écrire {target} : plus de place sur le disque."
    assert target.read_text(encoding="utf-8") == "ancienne version"
    assert [name for name in os.listdir(tmp_path) if name.endswith(".tmp")] == []


def test_list_funders_for_scripts(db: str, database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    funders = FunderService(database)
    caf = funders.create(FunderInput(name="CAF de l'Hérault", kind=FunderKind.CAF))
    ddets = funders.create(FunderInput(name="DDETS de l'Hérault", kind=FunderKind.STATE_SERVICE))
    code, out, err = run(capsys, "--db", db, "list", "funders")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{caf.id}\tCAF de l'Hérault\tCAF",
        f"{ddets.id}\tDDETS de l'Hérault\tService de l'État",
    ]


def test_exports_need_an_existing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "absente.sqlite3"
    error = one_line_error(*run(capsys, "--db", str(db), "list", "funders"))
    assert error == f"coopdesk : Aucune base de données à {db}."
    error = one_line_error(*run(capsys, "--db", str(db), "export", "contacts", "-o", str(tmp_path / "c.vcf")))
    assert "Aucune base de données" in error
    assert not db.exists()


@pytest.mark.parametrize("code", list(FormatErrorCode))
def test_every_format_error_has_its_french_sentence(code: FormatErrorCode) -> None:
    message = describe_error(FormatError("contacts.csv", 3, code, "field", "valeur\nsur deux lignes"))
    assert message.startswith("fichier contacts.csv, ligne 3 : ")
    assert "fichier illisible (" not in message  # the fallback for a code without a sentence
    assert "\n" not in message
    assert describe_error(FormatError("vide.json", None, code)).startswith("fichier vide.json : ")
