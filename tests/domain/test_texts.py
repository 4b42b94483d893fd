"""The text library's rules: counts, review, input checks, categories, comparison, excerpts."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.enums import TextCategory
from coopdesk.domain.errors import FieldErrors, InvalidValueCode
from coopdesk.domain.texts import (
    MATCH_END,
    MATCH_START,
    DiffKind,
    SectionInput,
    SectionRow,
    TextBlockInput,
    clean_body,
    clean_tags,
    count_text,
    excerpt_parts,
    needs_review,
    parse_category,
    review_due_on,
    validate_section,
    validate_text_block,
    word_diff,
)

LABELS = {TextCategory.AUDIENCE: "Public visé", TextCategory.EVALUATION: "Évaluation"}


def test_counts_characters_with_and_without_spaces_and_words() -> None:
    counts = count_text("L'épicerie accueille\n- 238 foyers 😀")
    assert counts.characters == 35
    assert counts.characters_without_spaces == 30
    assert counts.words == 6
    assert counts.over(30) == 5
    assert counts.over(35) == 0
    assert counts.over(None) == 0


def test_counts_decomposed_accents_as_one_character() -> None:
    assert count_text("e\u0301picerie").characters == count_text("épicerie").characters == 8
    assert count_text("").words == 0


@pytest.mark.parametrize(
    ("reviewed", "today", "due"),
    [
        (dt.date(2025, 11, 28), dt.date(2026, 11, 27), False),
        (dt.date(2025, 11, 28), dt.date(2026, 11, 28), True),
        (None, dt.date(2026, 1, 1), True),
    ],
)
def test_to_review_after_the_configured_months(reviewed: dt.date | None, today: dt.date, due: bool) -> None:
    assert needs_review(reviewed, today, 12) is due


def test_review_due_on_keeps_to_the_end_of_a_short_month() -> None:
    assert review_due_on(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert review_due_on(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)


def test_a_text_needs_a_title_and_a_body() -> None:
    with pytest.raises(FieldErrors) as raised:
        validate_text_block(TextBlockInput("  ", TextCategory.OTHER, " \n\n "))
    assert {name: error.code for name, error in raised.value.errors.items()} == {
        "title": InvalidValueCode.REQUIRED,
        "body": InvalidValueCode.REQUIRED,
    }


def test_markup_and_emoji_are_kept_exactly() -> None:
    body = "<b>Épicerie</b> & 🥕 « solidaire »\n\n- un\n- deux"
    clean = validate_text_block(TextBlockInput("Titre <i>&amp;</i> 🥕", TextCategory.OTHER, body))
    assert clean.body == body
    assert clean.title == "Titre <i>&amp;</i> 🥕"


def test_body_cleaning_drops_control_characters_and_blank_ends_only() -> None:
    assert clean_body("\r\n\n  Un\x02 texte  \r\n\r\n  retrait\x03\n\n") == "  Un texte\n\n  retrait"


def test_tags_are_trimmed_and_deduplicated() -> None:
    assert clean_tags(" épicerie, Epicerie ,bénévolat,, ") == ("épicerie", "bénévolat")


def test_section_limit_must_be_positive() -> None:
    with pytest.raises(FieldErrors) as raised:
        validate_section(SectionInput("Objectifs", "", 0))
    assert raised.value.errors["char_limit"].code == InvalidValueCode.OUT_OF_RANGE
    assert validate_section(SectionInput(" Objectifs ", "texte", 1000)).title == "Objectifs"


def test_newer_in_library() -> None:
    row = SectionRow(1, 1, 0, "Objectifs", "", None, 3, 1, "Objectifs", 2, 1)
    assert row.newer_in_library
    assert not SectionRow(1, 1, 0, "Libre", "", None, None, None, "", None, 1).newer_in_library


@pytest.mark.parametrize(
    "text", ["Public visé", "public vise", "PUBLIC VISÉ", "audience", " Audience ", "evaluation"]
)
def test_category_from_french_label_or_key(text: str) -> None:
    assert parse_category(text, LABELS) in {TextCategory.AUDIENCE, TextCategory.EVALUATION}


def test_unknown_category() -> None:
    assert parse_category("recettes", LABELS) is None
    assert parse_category("", LABELS) is None


def test_word_diff_marks_removed_and_added_words() -> None:
    left, right = word_diff("Nous accueillons 200 familles.", "Nous accueillons 238 familles.")
    assert [(piece.kind, piece.text) for piece in left if piece.kind is not DiffKind.SAME] == [
        (DiffKind.REMOVED, "200")
    ]
    assert [(piece.kind, piece.text) for piece in right if piece.kind is not DiffKind.SAME] == [
        (DiffKind.ADDED, "238")
    ]


@given(st.text(), st.text())
def test_word_diff_gives_both_texts_back(old: str, new: str) -> None:
    left, right = word_diff(old, new)
    assert "".join(piece.text for piece in left) == old
    assert "".join(piece.text for piece in right) == new


def test_excerpt_parts() -> None:
    excerpt = f"…des {MATCH_START}familles{MATCH_END} de l'{MATCH_START}Hérault{MATCH_END}."
    assert excerpt_parts(excerpt) == [
        ("…des ", False),
        ("familles", True),
        (" de l'", False),
        ("Hérault", True),
        (".", False),
    ]
