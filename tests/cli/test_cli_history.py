"""`coopdesk history`: the changes of an application (with its payments), and the deleted ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.cli.history import value_text
from coopdesk.domain.applications import ApplicationInput, PaymentInput, TransitionInput
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import FunderKind, FunderLevel, FundingType, SubmissionPlatform
from coopdesk.domain.funders import FunderInput
from coopdesk.domain.history import ValueKind
from coopdesk.paths import resolve
from coopdesk.services.service_registry import ServiceRegistry


@pytest.fixture
def db(tmp_path: Path) -> list[str]:
    return ["--db", str(tmp_path / "c.sqlite3"), "--data-dir", str(tmp_path)]


def _registry(db: list[str]) -> ServiceRegistry:
    return ServiceRegistry.open(resolve(db[1], db[3]))


def test_the_history_of_an_application(db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    registry = _registry(db)
    try:
        row = registry.applications.create(ApplicationInput(title="Épicerie", amount_requested_cents=100_000))
        registry.applications.update(
            row.id, row.version, ApplicationInput(title="Épicerie", amount_requested_cents=150_000)
        )
        registry.applications.add_payment(
            row.id, PaymentInput(dt.date(2026, 3, 1), 20_000), confirm_over_granted=True
        )
    finally:
        registry.close()
    assert main([*db, "history", "show", "dossier", str(row.id)]) == 0
    out = capsys.readouterr().out
    assert "Montant demandé : 1\u202f000,00\u00a0€ → 1\u202f500,00\u00a0€" in out
    assert "Versement — Montant : 200,00\u00a0€" in out


def test_deleted_applications_are_listed_with_what_they_held(
    db: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    registry = _registry(db)
    try:
        row = registry.applications.create(ApplicationInput(title="Jardin", amount_requested_cents=30_000))
        registry.applications.delete(row.id)
    finally:
        registry.close()
    assert main([*db, "history", "deleted", "--details"]) == 0
    out = capsys.readouterr().out
    assert "« Jardin »  supprimé le" in out
    assert "Montant demandé (à la suppression) : 300,00\u00a0€" in out


def test_nothing_deleted_and_a_wrong_kind(db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    _registry(db).close()
    assert main([*db, "history", "deleted"]) == 0
    assert "Aucun dossier" in capsys.readouterr().out
    assert main([*db, "history", "show", "projet", "1"]) == 1
    assert "Indiquez dossier" in capsys.readouterr().err
    assert main([*db, "history", "show", "dossier", "99"]) == 0
    assert "Aucune modification" in capsys.readouterr().out


def test_funder_kinds_levels_platforms_and_statuses_read_in_french(
    db: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    registry = _registry(db)
    try:
        funder = registry.funders.create(FunderInput(name="DRAAF", kind=FunderKind.STATE_SERVICE))
        registry.funders.update(
            funder.id,
            funder.version,
            FunderInput(
                name="DRAAF",
                kind=FunderKind.STATE_SERVICE,
                level=FunderLevel.REGIONAL,
                platform=SubmissionPlatform.OWN_PORTAL,
            ),
        )
        row = registry.applications.create(
            ApplicationInput(
                title="Camion", amount_requested_cents=100_000, funding_type=FundingType.OPERATING
            )
        )
        registry.applications.update(
            row.id,
            row.version,
            ApplicationInput(
                title="Camion",
                amount_requested_cents=100_000,
                funding_type=FundingType.INVESTMENT,
                platform=SubmissionPlatform.DAUPHIN,
            ),
        )
        row = registry.applications.get(row.id)
        registry.applications.transition(row.id, row.version, TransitionInput(target=S.DRAFTING))
    finally:
        registry.close()
    assert main([*db, "history", "show", "financeur", str(funder.id)]) == 0
    out = capsys.readouterr().out
    assert "Type : Service de l'État" in out
    assert "Portail du financeur" in out
    assert "state_service" not in out
    assert "own_portal" not in out
    assert main([*db, "history", "show", "dossier", str(row.id)]) == 0
    out = capsys.readouterr().out
    assert "Type de financement : Fonctionnement → Investissement" in out
    assert "Déposé via : — → Dauphin" in out
    assert "Statut : idée → en rédaction" in out
    assert "operating" not in out
    assert "drafting" not in out


def test_every_recorded_enum_value_has_a_french_label() -> None:
    assert value_text(ValueKind.ENUM, "ongoing", "recurrence") == "Permanente"
    assert value_text(ValueKind.ENUM, "national", "level") == "national"
    assert value_text(ValueKind.ENUM, "ccas", "kind") == "CCAS"
    assert value_text(ValueKind.ENUM, "email", "platform") == "Courriel"
    assert value_text(ValueKind.ENUM, "both", "funding_type") == "Fonctionnement et investissement"
    assert value_text(ValueKind.ENUM, "fax-1998", "platform") == "fax-1998"  # an older program's value
    assert value_text(ValueKind.STATUS, "granted", "status") == "accordé"
    assert value_text(ValueKind.ENUM, None, "kind") == "—"
