"""The text library and the sections of applications, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.applications import ApplicationInput
from coopdesk.domain.enums import TextCategory
from coopdesk.domain.errors import FieldErrors, NotFound, StaleEdit
from coopdesk.domain.texts import MATCH_END, MATCH_START, SectionInput, TextBlockInput
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.demo_service import DemoService
from coopdesk.services.text_service import TextService
from coopdesk.storage.database import Database

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def texts(database: Database) -> TextService:
    return TextService(database, today=lambda: TODAY)


def block(texts: TextService, title: str, body: str, category: TextCategory = TextCategory.OTHER) -> int:
    return texts.create(TextBlockInput(title, category, body, author="Camille")).id


def test_create_update_keeps_every_version(texts: TextService) -> None:
    created = texts.create(
        TextBlockInput("Objectifs", TextCategory.OBJECTIVES, "Version une.", ("épicerie",), author="Camille")
    )
    assert (created.current_version, created.author, created.tags) == (1, "Camille", ("épicerie",))
    assert created.last_reviewed_on == TODAY
    changed = texts.update(
        created.id,
        created.version,
        TextBlockInput("Objectifs 2027", TextCategory.OBJECTIVES, "Version deux.", author="Sami"),
    )
    assert (changed.title, changed.body, changed.current_version, changed.author) == (
        "Objectifs 2027",
        "Version deux.",
        2,
        "Sami",
    )
    # Only the tags change: no new version of the body.
    same = texts.update(
        changed.id,
        changed.version,
        TextBlockInput("Objectifs 2027", TextCategory.OBJECTIVES, "Version deux."),
    )
    assert same.current_version == 2
    versions = texts.versions(created.id)
    assert [(v.number, v.body, v.author) for v in versions] == [
        (2, "Version deux.", "Sami"),
        (1, "Version une.", "Camille"),
    ]


def test_restore_creates_a_new_version(texts: TextService) -> None:
    block_id = block(texts, "Public", "Ancien texte.")
    row = texts.get(block_id)
    row = texts.update(
        block_id, row.version, TextBlockInput("Public", TextCategory.AUDIENCE, "Nouveau texte.")
    )
    restored = texts.restore(block_id, row.version, 1, "Camille")
    assert (restored.current_version, restored.body) == (3, "Ancien texte.")
    assert [v.number for v in texts.versions(block_id)] == [3, 2, 1]
    assert texts.search("ancien")[0].id == block_id
    assert texts.search("nouveau") == []
    with pytest.raises(NotFound):
        texts.restore(block_id, restored.version, 9)


def test_a_stale_edit_overwrites_nothing(texts: TextService) -> None:
    block_id = block(texts, "Territoire", "Le texte de départ.")
    seen_by_both = texts.get(block_id)
    texts.update(
        block_id, seen_by_both.version, TextBlockInput("Territoire", TextCategory.TERRITORY, "PC 1.")
    )
    with pytest.raises(StaleEdit):
        texts.update(
            block_id, seen_by_both.version, TextBlockInput("Territoire", TextCategory.TERRITORY, "PC 2.")
        )
    with pytest.raises(StaleEdit):
        texts.restore(block_id, seen_by_both.version, 1)
    assert texts.get(block_id).body == "PC 1."


def test_empty_title_or_body_is_refused_and_nothing_saved(texts: TextService) -> None:
    with pytest.raises(FieldErrors) as raised:
        texts.create(TextBlockInput("", TextCategory.OTHER, "  "))
    assert set(raised.value.errors) == {"title", "body"}
    assert texts.list_blocks() == []


def test_markup_and_emoji_are_stored_exactly(texts: TextService) -> None:
    body = "<script>alert('x')</script> & <b>gras</b> 🥕 épicerie"
    block_id = block(texts, "Titre <i> & 🥕", body)
    assert texts.get(block_id).body == body
    assert texts.get(block_id).title == "Titre <i> & 🥕"
    (hit,) = texts.search("epicerie")
    assert hit.excerpt.replace(MATCH_START, "").replace(MATCH_END, "").endswith("🥕 épicerie")
    assert "alert('x')</script> & <b>gras</b>" in hit.excerpt  # as typed, never interpreted


def test_search_ignores_case_and_accents_and_ranks(texts: TextService) -> None:
    first = block(texts, "Présentation de l'épicerie", "L'épicerie solidaire de l'Hérault accueille.")
    second = block(texts, "Bénévoles", "Les bénévoles tiennent l'épicerie.")
    block(texts, "Budget", "Charges et produits.", TextCategory.BUDGET_NOTES)
    for query in ("HERAULT", "hérault", "Herault"):
        assert [hit.id for hit in texts.search(query)] == [first]
    assert {hit.id for hit in texts.search("epic")} == {first, second}
    assert [hit.id for hit in texts.search("benevole")] == [second]  # title and body, plural typed or not
    assert [hit.id for hit in texts.search("bénévoles épicerie")] == [second]
    assert texts.search("épicerie")[0].id == first  # in the title: first
    (hit,) = texts.search("solidaires")
    assert f"{MATCH_START}solidaire{MATCH_END}" in hit.excerpt
    assert texts.search("") == texts.search(" ' - ") == []
    assert texts.search("zzzz") == []


def test_search_sees_only_current_versions_and_forgets_deleted_texts(texts: TextService) -> None:
    block_id = block(texts, "Évaluation", "Indicateurs de fréquentation.")
    row = texts.get(block_id)
    texts.update(
        block_id, row.version, TextBlockInput("Évaluation", TextCategory.EVALUATION, "Questionnaire.")
    )
    assert texts.search("frequentation") == []
    assert [hit.id for hit in texts.search("questionnaire")] == [block_id]
    texts.delete(block_id)
    assert texts.search("questionnaire") == []
    with pytest.raises(NotFound):
        texts.get(block_id)


def test_search_finds_demo_texts(database: Database, texts: TextService) -> None:
    DemoService(database).fill(TODAY)
    hits = texts.search("benevoles")
    assert hits
    assert all(MATCH_START in hit.excerpt or "bénévole" in hit.title.lower() for hit in hits)


def test_mark_reviewed(database: Database) -> None:
    days = iter([dt.date(2025, 1, 1), dt.date(2026, 11, 28)])
    service = TextService(database, today=lambda: next(days))
    created = service.create(TextBlockInput("Territoire", TextCategory.TERRITORY, "Texte."))
    assert created.last_reviewed_on == dt.date(2025, 1, 1)
    assert service.mark_reviewed(created.id, created.version).last_reviewed_on == dt.date(2026, 11, 28)


# -- sections ------------------------------------------------------------------------------------


@pytest.fixture
def application_id(database: Database) -> int:
    return ApplicationService(database).create(ApplicationInput(title="Aide alimentaire 2027")).id


def test_sections_filled_from_the_library(texts: TextService, application_id: int) -> None:
    block_id = block(texts, "Objectifs", "Première version.")
    section = texts.add_section(application_id, SectionInput("Objectifs du projet", char_limit=1000))
    filled = texts.fill_section(section.id, section.version, block_id)
    assert (filled.body, filled.text_block_id, filled.text_block_version) == (
        "Première version.",
        block_id,
        1,
    )
    assert not filled.newer_in_library
    # Adapted for this funder: the library is not touched.
    adapted = texts.update_section(filled.id, filled.version, SectionInput("Objectifs", "Adapté.", 1000))
    assert adapted.text_block_id == block_id
    assert texts.get(block_id).body == "Première version."
    # The library moves on: the section says so, and can follow.
    row = texts.get(block_id)
    texts.update(block_id, row.version, TextBlockInput("Objectifs", TextCategory.OBJECTIVES, "Deuxième."))
    (listed,) = texts.sections(application_id)
    assert listed.newer_in_library
    assert listed.library_version == 2
    updated = texts.fill_section(listed.id, listed.version, block_id)
    assert (updated.body, updated.text_block_version, updated.newer_in_library) == ("Deuxième.", 2, False)
    older = texts.fill_section(updated.id, updated.version, block_id, 1)
    assert (older.body, older.text_block_version) == ("Première version.", 1)


def test_sections_keep_their_text_when_the_block_is_deleted(texts: TextService, application_id: int) -> None:
    block_id = block(texts, "Partenariats", "Avec la mairie.")
    section = texts.add_section(application_id, SectionInput("Partenariats"))
    texts.fill_section(section.id, section.version, block_id)
    texts.delete(block_id)
    (kept,) = texts.sections(application_id)
    assert (kept.body, kept.text_block_id, kept.newer_in_library) == ("Avec la mairie.", None, False)


def test_section_order_stale_edit_and_delete(texts: TextService, application_id: int) -> None:
    one = texts.add_section(application_id, SectionInput("Un"))
    two = texts.add_section(application_id, SectionInput("Deux"))
    assert [s.title for s in texts.sections(application_id)] == ["Un", "Deux"]
    texts.update_section(one.id, one.version, SectionInput("Un bis"))
    with pytest.raises(StaleEdit):
        texts.update_section(one.id, one.version, SectionInput("Un ter"))
    with pytest.raises(FieldErrors):
        texts.add_section(application_id, SectionInput(" "))
    with pytest.raises(NotFound):
        texts.add_section(999_999, SectionInput("Orphan"))
    texts.delete_section(two.id)
    assert [s.title for s in texts.sections(application_id)] == ["Un bis"]
