"""Exports: vCard read back with vobject, CSV as French Excel opens it, XLSX with openpyxl, person files."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal

import openpyxl
import pytest
import vobject

from coopdesk.domain.calls import CallInput
from coopdesk.domain.enums import FunderKind, FundingType, InteractionKind, Recurrence
from coopdesk.domain.errors import NotFound
from coopdesk.domain.funders import ContactInput, FunderInput, InteractionInput
from coopdesk.formats.table_export import CALL_COLUMNS, CONTACT_COLUMNS
from coopdesk.services.call_service import CallService
from coopdesk.services.contact_service import ContactService
from coopdesk.services.export_service import ExportService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.interaction_service import InteractionService
from coopdesk.storage.database import Database

TODAY = dt.date(2026, 11, 28)


@dataclass(frozen=True)
class Data:
    funder_id: int
    elise_id: int
    jean_id: int


@pytest.fixture
def data(database: Database) -> Data:
    funders = FunderService(database)
    department = funders.create(
        FunderInput(name="Conseil départemental de l'Hérault", kind=FunderKind.DEPARTMENT, notes="")
    ).id
    caf = funders.create(
        FunderInput(name="CAF de l'Hérault", kind=FunderKind.CAF, notes="Voir avec Élise Dupré-Müller.")
    ).id
    people = ContactService(database)
    elise = people.create(
        ContactInput(
            funder_id=department,
            name="Élise Dupré-Müller",
            role="Chargée de mission, aide alimentaire; PAT",
            service="Pôle solidarités",
            phone="04 67 12 34 56",
            email="elise.dupre@herault.fr",
            topics=("aide alimentaire", "épiceries solidaires"),
            notes="Préfère le courriel.\nJamais le lundi.",
        )
    )
    jean = people.create(
        ContactInput(
            funder_id=caf, name="Jean de La Fontaine", role="=HYPERLINK(\"http://x\")", active=False,
            left_on=dt.date(2026, 6, 30),
        )
    )  # fmt: skip
    exchanges = InteractionService(database)
    exchanges.create(
        InteractionInput(
            funder_id=department,
            contact_id=elise.id,
            occurred_on=dt.date(2026, 3, 12),
            kind=InteractionKind.MEETING,
            participants="Élise Dupré-Müller, Paul (trésorier)",
            summary="Présentation du projet d'épicerie solidaire.\nDossier à déposer avant l'été.",
            follow_up_on=dt.date(2026, 4, 1),
        )
    )
    exchanges.create(
        InteractionInput(
            funder_id=caf,
            occurred_on=dt.date(2026, 5, 2),
            kind=InteractionKind.CALL,
            summary="Appel à la CAF : Élise Dupré-Müller nous a recommandés.",
        )
    )
    calls = CallService(database)
    calls.create(
        CallInput(
            title="Appel à projets « Mieux manger pour tous » 2027",
            funder_id=department,
            reference="AAP-34-2027",
            url="https://www.herault.fr/aap",
            opens_on=dt.date(2026, 9, 1),
            deadline=dt.date(2027, 1, 15),
            amount_min_cents=500_000,
            amount_max_cents=2_000_050,
            rate_max_percent=80,
            funding_type=FundingType.BOTH,
            multi_year=True,
            recurrence=Recurrence.RECURRING,
        ),
        TODAY,
    )
    archived = calls.create(CallInput(title="Ancien appel", deadline=dt.date(2025, 3, 1)), TODAY)
    calls.archive(archived.id, archived.version, True, TODAY)
    return Data(department, elise.id, jean.id)


@pytest.fixture
def exports(database: Database) -> ExportService:
    return ExportService(database)


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_vcard_is_read_back_with_accents_and_commas(exports: ExportService, data: Data) -> None:
    text = exports.contacts_vcf().decode("utf-8")
    cards = {card.fn.value: card for card in vobject.readComponents(text)}
    assert set(cards) == {"Élise Dupré-Müller", "Jean de La Fontaine"}
    elise = cards["Élise Dupré-Müller"]
    assert elise.version.value == "4.0"
    assert (elise.n.value.given, elise.n.value.family) == ("Élise", "Dupré-Müller")
    assert elise.org.value == ["Conseil départemental de l'Hérault", "Pôle solidarités"]
    assert elise.title.value == "Chargée de mission, aide alimentaire; PAT"
    assert elise.email.value == "elise.dupre@herault.fr"
    assert elise.tel.value == "tel:+33467123456"
    assert elise.categories.value == ["aide alimentaire", "épiceries solidaires"]
    assert "Jamais le lundi." in elise.note.value
    jean = cards["Jean de La Fontaine"]
    assert (jean.n.value.given, jean.n.value.family) == ("Jean", "de La Fontaine")
    assert jean.contents["x-coopdesk-active"][0].value == "false"


def test_contacts_csv_opens_with_accents_in_french_excel(exports: ExportService, data: Data) -> None:
    rows = read_csv(exports.contacts_csv())
    assert tuple(rows[0]) == CONTACT_COLUMNS
    body = {row[0]: row for row in rows[1:]}
    assert set(body) == {"Élise Dupré-Müller", "Jean de La Fontaine"}
    elise = body["Élise Dupré-Müller"]
    assert elise[1:7] == [
        "Conseil départemental de l'Hérault",
        "Chargée de mission, aide alimentaire; PAT",
        "Pôle solidarités",
        "04 67 12 34 56",
        "elise.dupre@herault.fr",
        "aide alimentaire, épiceries solidaires",
    ]
    assert elise[7:] == ["Oui", "12/03/2026"]
    jean = body["Jean de La Fontaine"]
    assert jean[2] == '\'=HYPERLINK("http://x")'  # never run as a formula by the spreadsheet
    assert jean[7:] == ["Non", ""]


def test_calls_csv_has_french_dates_and_amounts(exports: ExportService, data: Data) -> None:
    rows = read_csv(exports.calls_csv(today=TODAY))
    assert tuple(rows[0]) == CALL_COLUMNS
    assert len(rows) == 2  # the archived call is left out
    call = dict(zip(CALL_COLUMNS, rows[1], strict=True))
    assert call["Titre"] == "Appel à projets « Mieux manger pour tous » 2027"
    assert call["Financeur"] == "Conseil départemental de l'Hérault"
    assert (call["Ouverture"], call["Pré-dépôt"], call["Date limite"]) == ("01/09/2026", "", "15/01/2027")
    assert (call["Montant min."], call["Montant max."]) == ("5000,00", "20000,50")
    assert (call["Taux min. (%)"], call["Taux max. (%)"]) == ("", "80")
    assert call["Type de financement"] == "Fonctionnement et investissement"
    assert (call["Pluriannuel"], call["Récurrence"]) == ("Oui", "Récurrente")
    with_archived = read_csv(exports.calls_csv(include_archived=True, today=TODAY))
    assert [row[0] for row in with_archived[1:]] == [
        "Ancien appel",
        "Appel à projets « Mieux manger pour tous » 2027",
    ]


def test_calls_xlsx_has_typed_cells(exports: ExportService, data: Data) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(exports.calls_xlsx(today=TODAY)))
    sheet = workbook.active
    assert sheet is not None
    assert sheet.title == "Appels à projets"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == CALL_COLUMNS
    assert len(rows) == 2
    call = dict(zip(CALL_COLUMNS, rows[1], strict=True))
    assert call["Titre"] == "Appel à projets « Mieux manger pour tous » 2027"
    assert call["Date limite"] == dt.datetime(2027, 1, 15)
    assert Decimal(str(call["Montant max."])) == Decimal("20000.5")
    assert call["Pluriannuel"] == "Oui"
    assert sheet["A1"].font.b
    assert sheet["N2"].hyperlink is not None
    assert sheet["N2"].hyperlink.target == "https://www.herault.fr/aap"
    assert sheet.freeze_panes == "A2"


def test_person_file_holds_the_exchanges_and_mentions(exports: ExportService, data: Data) -> None:
    text = exports.person_file(data.elise_id, today=TODAY).decode("utf-8")
    assert text.startswith("Données personnelles : Élise Dupré-Müller\n")
    assert "Document établi le 28/11/2026" in text
    assert "Courriel : elise.dupre@herault.fr" in text
    assert "Thématiques suivies : aide alimentaire, épiceries solidaires" in text
    assert "Nom : Conseil départemental de l'Hérault" in text
    assert "Échanges (2)" in text
    assert "- 12/03/2026 — Réunion" in text
    assert "Présentation du projet d'épicerie solidaire.\n        Dossier à déposer avant l'été." in text
    assert "Relance prévue : 01/04/2026 (à faire)" in text
    assert "- 02/05/2026 — Appel téléphonique" in text  # the exchange that only names her
    assert "Lié à la personne : non (la personne y est nommée)" in text
    assert "Notes du financeur n°" in text
    assert "Voir avec Élise Dupré-Müller." in text
    assert "Jean de La Fontaine" not in text  # nothing about anyone else


def test_person_file_of_an_unknown_contact(exports: ExportService, data: Data) -> None:
    with pytest.raises(NotFound):
        exports.person_file(data.jean_id + 100)


def test_exports_of_an_empty_database(exports: ExportService) -> None:
    assert exports.contacts_vcf() == b""
    assert read_csv(exports.contacts_csv()) == [list(CONTACT_COLUMNS)]
    assert read_csv(exports.calls_csv()) == [list(CALL_COLUMNS)]
    sheet = openpyxl.load_workbook(io.BytesIO(exports.calls_xlsx())).active
    assert sheet is not None
    assert list(sheet.iter_rows(values_only=True)) == [CALL_COLUMNS]
