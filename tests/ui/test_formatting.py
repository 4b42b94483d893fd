"""Money, dates, percentages and relative days the French way, whatever the window's language."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.enums import ApplicationStatus, DeadlineKind
from coopdesk.ui.formatting import (
    date_text,
    deadline_kind_label,
    money,
    percent,
    relative_days,
    status_label,
)

NNBSP, NBSP = "\u202f", "\u00a0"


def _plain(text: str) -> str:
    return text.replace(NNBSP, " ").replace(NBSP, " ")


@pytest.mark.parametrize(
    ("cents", "with_cents", "expected"),
    [
        (123_456, True, "1 234,56 €"),
        (5, True, "0,05 €"),
        (-123_456, True, "-1 234,56 €"),
        (100_000_000_000, True, "1 000 000 000,00 €"),
        (123_456, False, "1 235 €"),
        (123_449, False, "1 234 €"),
        (50, False, "1 €"),
        (0, False, "0 €"),
    ],
)
def test_money(cents, with_cents, expected):
    assert _plain(money(cents, with_cents=with_cents)) == expected


def test_money_never_breaks_inside_an_amount():
    assert " " not in money(123_456)


def test_dates_and_percent():
    assert date_text(dt.date(2026, 12, 31)) == "31/12/2026"
    assert date_text(dt.date(2027, 1, 2)) == "02/01/2027"
    assert percent(33) == f"33{NNBSP}%"


@pytest.mark.usefixtures("french")
def test_relative_days_in_french():
    today = dt.date(2026, 12, 30)
    assert relative_days(today, today) == "aujourd’hui"
    assert relative_days(dt.date(2026, 12, 31), today) == "demain"
    assert relative_days(dt.date(2027, 1, 4), today) == "dans 5 jours"
    assert relative_days(dt.date(2026, 12, 29), today) == "en retard d’un jour"
    assert relative_days(dt.date(2026, 12, 27), today) == "en retard de 3 jours"


@pytest.mark.usefixtures("french")
def test_every_kind_and_status_has_a_french_label():
    assert [deadline_kind_label(kind) for kind in DeadlineKind] == [
        "Lettre d’intention",
        "Dépôt du dossier",
        "Pré-dépôt",
        "Compte rendu financier",
        "Clôture de l’appel",
        "Relance",
        "Pièce qui expire",
    ]
    assert [status_label(status) for status in ApplicationStatus] == [
        "Idée",
        "En rédaction",
        "Déposé",
        "En instruction",
        "Accordé",
        "Accordé en partie",
        "Refusé",
        "Abandonné",
        "Versé",
        "Compte rendu à faire",
        "Compte rendu déposé",
        "Clos",
    ]


def test_durations_and_totals_of_time_are_hours_and_minutes() -> None:
    from coopdesk.ui.formatting import hours

    assert hours(226 * 60 + 15) == "226\u00a0h\u00a015"
    assert hours(27 * 60) == "27\u00a0h"
    assert hours(0) == "0\u00a0h"
    assert hours(45) == "0\u00a0h\u00a045"
    assert hours(1234 * 60 + 5) == "1\u202f234\u00a0h\u00a005"
    assert hours(-90) == "-1\u00a0h\u00a030"
