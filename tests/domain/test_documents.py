"""Rules of the permanent file: validation, type guessed from a file name, expiry, file names kept."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.documents import (
    MAX_FILENAME,
    DocumentInput,
    ExpiryState,
    clean_filename,
    expiry_state,
    guess_type,
    media_type_of,
    title_from_filename,
    validate_document,
)
from coopdesk.domain.enums import DocumentType
from coopdesk.domain.errors import FieldErrors, InvalidValueCode

TODAY = dt.date(2026, 11, 28)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("RIB_2026.pdf", DocumentType.RIB),
        ("rib-banque-cooperative.pdf", DocumentType.RIB),
        ("Statuts modifiés 2024.pdf", DocumentType.STATUTES),
        ("PV AG 2025-06-12.pdf", DocumentType.GENERAL_MEETING_MINUTES),
        ("proces-verbal-assemblee-generale.pdf", DocumentType.GENERAL_MEETING_MINUTES),
        ("liste-dirigeants-2025.pdf", DocumentType.BOARD_LIST),
        ("comptes-2024.pdf", DocumentType.APPROVED_ACCOUNTS),
        ("Rapport d'activité 2024.pdf", DocumentType.ACTIVITY_REPORT),
        ("budget-previsionnel-2027.xlsx", DocumentType.FORECAST_BUDGET),
        ("attestation-assurance-2027.pdf", DocumentType.INSURANCE_CERTIFICATE),
        ("habilitation-aide-alimentaire-2025.pdf", DocumentType.FOOD_AID_ACCREDITATION),
        ("Contrat d'engagement républicain.pdf", DocumentType.REPUBLICAN_COMMITMENT),
        ("attestation-vigilance-urssaf.pdf", None),
        ("scan0001.jpg", None),
        ("library.pdf", None),  # "rib" inside a word is no RIB
    ],
)
def test_type_guessed_from_the_file_name(name: str, expected: DocumentType | None) -> None:
    assert guess_type(name) == expected


def test_expiry_within_60_days_or_past() -> None:
    assert expiry_state(None, TODAY) == ExpiryState.VALID
    assert expiry_state(TODAY - dt.timedelta(days=1), TODAY) == ExpiryState.EXPIRED
    assert expiry_state(TODAY, TODAY) == ExpiryState.EXPIRES_SOON
    assert expiry_state(TODAY + dt.timedelta(days=60), TODAY) == ExpiryState.EXPIRES_SOON
    assert expiry_state(TODAY + dt.timedelta(days=61), TODAY) == ExpiryState.VALID


def test_validation_trims_and_refuses() -> None:
    clean = validate_document(DocumentInput(DocumentType.RIB, "  RIB   courant ", notes="  note "))
    assert (clean.title, clean.notes) == ("RIB courant", "note")
    with pytest.raises(FieldErrors) as refused:
        validate_document(
            DocumentInput(
                DocumentType.RIB, "x" * 301, valid_from=dt.date(2026, 2, 1), valid_until=dt.date(2026, 1, 31)
            )
        )
    assert refused.value.errors["title"].code == InvalidValueCode.TOO_LONG
    assert refused.value.errors["valid_until"].code == InvalidValueCode.OUT_OF_RANGE
    same_day = DocumentInput(DocumentType.RIB, "RIB", valid_from=TODAY, valid_until=TODAY)
    assert validate_document(same_day).valid_until == TODAY


def test_file_names_keep_accents_and_emoji_but_no_folder() -> None:
    assert clean_filename("Procès-verbal d’AG 🎉.pdf") == "Procès-verbal d’AG 🎉.pdf"
    assert clean_filename("C:\\Users\\marie\\rib.pdf") == "rib.pdf"
    assert clean_filename("../../etc/passwd") == "passwd"
    assert clean_filename("..") == "piece"
    long = clean_filename("a" * 400 + ".pdf")
    assert len(long) == MAX_FILENAME
    assert long.endswith(".pdf")
    assert title_from_filename("rib-banque_coopérative.pdf") == "rib banque coopérative"
    assert media_type_of("statuts.pdf") == "application/pdf"
    assert media_type_of("sans-extension") == "application/octet-stream"
