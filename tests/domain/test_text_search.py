"""Folding text for search-as-you-type: case, accents, apostrophes and punctuation do not matter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.text_search import fold, search_text, search_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DDETS de l'Hérault", "ddets de l herault"),
        ("DDETS de l’Hérault", "ddets de l herault"),  # typographic apostrophe
        ("  Pôle   solidarités\t– aide alimentaire ", "pole solidarites aide alimentaire"),
        ("Fonds social européen plus (FSE+)", "fonds social europeen plus fse"),
        ("Saint-Aubin-sur-Lez", "saint aubin sur lez"),
        ("CŒUR d'Œuvre, Ærø", "coeur d oeuvre aero"),
        ("ÉLODIE Ç", "elodie c"),
        ("ℌ ﬁnance", "h finance"),  # compatibility forms
        ("Ville\u00a0de\u202fNîmes", "ville de nimes"),
        ("", ""),
        ("«  »", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_search_words_are_folded_distinct_and_in_order() -> None:
    assert search_words("  Hér  aide l'Hérault hér ") == ["her", "aide", "l", "herault"]
    assert search_words(" - ' ") == []


def test_search_text_folds_and_joins_every_part() -> None:
    assert (
        search_text("DREETS", "Pôle solidarités", "", "Élodie Castan")
        == "dreets pole solidarites elodie castan"
    )


@given(st.text())
def test_fold_is_idempotent_and_has_no_capitals_accents_or_double_spaces(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == folded.strip()
    assert "  " not in folded
    assert all(char.isalnum() or char == " " for char in folded)
    assert folded == folded.casefold()
