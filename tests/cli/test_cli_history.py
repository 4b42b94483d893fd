"""`coopdesk history`: the changes of an application (with its payments), and the deleted ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.domain.applications import ApplicationInput, PaymentInput
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
