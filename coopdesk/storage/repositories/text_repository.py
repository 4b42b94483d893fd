"""The text library: text blocks, every version of their body, and full-text search over them.

Search reads the index made by migration 0002 (SQLite FTS5 `text_block_fts`; PostgreSQL
`text_block_search` with the `coopdesk_french` configuration), kept current by triggers: it covers the
title and the body of the current version of each text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, delete, func, select, text
from sqlalchemy.orm import Session

from coopdesk.domain.enums import TextCategory
from coopdesk.domain.errors import NotFound, StaleEdit
from coopdesk.domain.text_search import fold, search_words
from coopdesk.domain.texts import (
    MATCH_END,
    MATCH_START,
    TextBlockInput,
    TextBlockRow,
    TextBlockVersionRow,
    TextSearchHit,
)
from coopdesk.storage.tables import TextBlock, TextBlockVersion

EXCERPT_WORDS = 18
MAX_SEARCH_WORDS = 12  # a pasted paragraph is not a query


def _category(value: str) -> TextCategory:
    try:
        return TextCategory(value)
    except ValueError:
        return TextCategory.OTHER


def _tags(value: str) -> tuple[str, ...]:
    return tuple(tag.strip() for tag in value.split(",") if tag.strip())


def _query() -> Select[*tuple[Any, ...]]:
    return select(TextBlock, TextBlockVersion.body, TextBlockVersion.author).outerjoin(
        TextBlockVersion,
        (TextBlockVersion.text_block_id == TextBlock.id)
        & (TextBlockVersion.number == TextBlock.current_version),
    )


def _row(block: TextBlock, body: str | None, author: str | None) -> TextBlockRow:
    return TextBlockRow(
        id=block.id,
        title=block.title,
        category=_category(block.category),
        tags=_tags(block.tags),
        body=body or "",
        current_version=block.current_version,
        last_reviewed_on=block.last_reviewed_on,
        updated_at=block.updated_at,
        author=author or "",
        version=block.version,
    )


def _get(session: Session, block_id: int) -> TextBlock:
    block = session.get(TextBlock, block_id)
    if block is None:
        raise NotFound("text_block", block_id)
    return block


def get(session: Session, block_id: int) -> TextBlockRow:
    found = session.execute(_query().where(TextBlock.id == block_id)).first()
    if found is None:
        raise NotFound("text_block", block_id)
    return _row(*found)


def list_blocks(session: Session) -> list[TextBlockRow]:
    """Every text block with its current body, by title (accents and case ignored)."""
    rows = [_row(*found) for found in session.execute(_query().order_by(TextBlock.id))]
    return sorted(rows, key=lambda row: fold(row.title))


def _add_version(session: Session, block: TextBlock, body: str, author: str) -> None:
    number = (
        session.scalar(
            select(func.max(TextBlockVersion.number)).where(TextBlockVersion.text_block_id == block.id)
        )
        or 0
    ) + 1
    session.add(TextBlockVersion(text_block_id=block.id, number=number, body=body, author=author))
    session.flush()
    block.current_version = number


def add(session: Session, data: TextBlockInput, today: dt.date) -> TextBlockRow:
    block = TextBlock(
        title=data.title,
        category=data.category.value,
        tags=", ".join(data.tags),
        current_version=1,
        last_reviewed_on=data.last_reviewed_on or today,
    )
    session.add(block)
    session.flush()
    session.add(TextBlockVersion(text_block_id=block.id, number=1, body=data.body, author=data.author))
    session.flush()
    return get(session, block.id)


def _checked(session: Session, block_id: int, expected_version: int) -> TextBlock:
    block = _get(session, block_id)
    if block.version != expected_version:
        raise StaleEdit("text_block", block_id)
    return block


def _current_body(session: Session, block: TextBlock) -> str:
    body = session.scalar(
        select(TextBlockVersion.body).where(
            TextBlockVersion.text_block_id == block.id, TextBlockVersion.number == block.current_version
        )
    )
    return body or ""


def update(
    session: Session, block_id: int, expected_version: int, data: TextBlockInput, today: dt.date
) -> TextBlockRow:
    """Save title, category and tags; a changed body becomes a new version (and counts as reviewed)."""
    block = _checked(session, block_id, expected_version)
    block.title = data.title
    block.category = data.category.value
    block.tags = ", ".join(data.tags)
    if data.last_reviewed_on is not None:
        block.last_reviewed_on = data.last_reviewed_on
    if data.body != _current_body(session, block):
        _add_version(session, block, data.body, data.author)
        if data.last_reviewed_on is None:
            block.last_reviewed_on = today
    session.flush()
    return get(session, block_id)


def restore(
    session: Session, block_id: int, expected_version: int, number: int, author: str, today: dt.date
) -> TextBlockRow:
    """Make an old version's body current again, as a new version (the history keeps everything)."""
    block = _checked(session, block_id, expected_version)
    old = session.scalar(
        select(TextBlockVersion.body).where(
            TextBlockVersion.text_block_id == block_id, TextBlockVersion.number == number
        )
    )
    if old is None:
        raise NotFound("text_block_version", number)
    _add_version(session, block, old, author)
    block.last_reviewed_on = today
    session.flush()
    return get(session, block_id)


def mark_reviewed(session: Session, block_id: int, expected_version: int, day: dt.date) -> TextBlockRow:
    block = _checked(session, block_id, expected_version)
    block.last_reviewed_on = day
    session.flush()
    return get(session, block_id)


def delete_block(session: Session, block_id: int) -> None:
    """Delete a text and its versions; sections filled from it keep their text (link set to NULL)."""
    block = _get(session, block_id)
    session.execute(delete(TextBlockVersion).where(TextBlockVersion.text_block_id == block_id))
    session.delete(block)
    session.flush()


def versions(session: Session, block_id: int) -> list[TextBlockVersionRow]:
    """Every version of a text, newest first."""
    _get(session, block_id)
    query = (
        select(TextBlockVersion)
        .where(TextBlockVersion.text_block_id == block_id)
        .order_by(TextBlockVersion.number.desc())
    )
    return [
        TextBlockVersionRow(
            text_block_id=version.text_block_id,
            number=version.number,
            body=version.body,
            author=version.author,
            created_at=version.created_at,
        )
        for version in session.scalars(query)
    ]


def version_body(session: Session, block_id: int, number: int) -> str:
    body = session.scalar(
        select(TextBlockVersion.body).where(
            TextBlockVersion.text_block_id == block_id, TextBlockVersion.number == number
        )
    )
    if body is None:
        raise NotFound("text_block_version", number)
    return body


# -- search -------------------------------------------------------------------------------------------

# `rank MATCH` sets FTS5's ranking (bm25, the title weighing five times the body) so that FTS5 sorts the
# matches itself and makes excerpts only for the rows returned.
_SQLITE_SEARCH = text(
    "SELECT b.id, b.title, b.category, b.current_version, "
    "snippet(text_block_fts, 1, char(2), char(3), '…', 18) "  # 18 = EXCERPT_WORDS
    "FROM text_block_fts JOIN text_block b ON b.id = text_block_fts.rowid "
    "WHERE text_block_fts MATCH :match AND rank MATCH 'bm25(5.0, 1.0)' "
    "ORDER BY rank LIMIT :limit"
)

_POSTGRESQL_SEARCH = text(
    "WITH q AS (SELECT to_tsquery('coopdesk_french', :match) AS query), "
    "ranked AS ("
    " SELECT s.text_block_id AS id, ts_rank(s.document, q.query) AS rank"
    " FROM text_block_search s, q WHERE s.document @@ q.query"
    " ORDER BY rank DESC, s.text_block_id LIMIT :limit) "
    "SELECT b.id, b.title, b.category, b.current_version, "
    " ts_headline('coopdesk_french',"
    "  translate(coalesce(v.body, ''), '<>', :angles), q.query, :options) "
    "FROM ranked JOIN text_block b ON b.id = ranked.id "
    "LEFT JOIN text_block_version v ON v.text_block_id = b.id AND v.number = b.current_version, q "
    "ORDER BY ranked.rank DESC, b.title, b.id"
)
# ts_headline drops what looks like an HTML tag: < and > go through as private-use characters.
_ANGLES = "\ue000\ue001"
_HEADLINE_OPTIONS = (
    f"StartSel={MATCH_START}, StopSel={MATCH_END}, MaxWords={EXCERPT_WORDS + 6}, "
    f'MinWords={EXCERPT_WORDS // 2}, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'
)


_ANGLES_BACK = str.maketrans(_ANGLES, "<>")


def _light_stem(word: str) -> str:
    """FTS5 has no French stemmer: a final plural s or x is dropped so that, the word being matched as
    a prefix, "solidaires" also finds "solidaire" (and "solidarité" is still found by "solidar")."""
    if len(word) > 3 and word[-1] in "sx" and not word[-2].isdigit():
        return word[:-1]
    return word


def search(session: Session, query: str, limit: int) -> list[TextSearchHit]:
    """Texts whose title or current body holds every word of `query` (as a word prefix; with French
    stemming on PostgreSQL), best match first; case and accents do not matter."""
    words = search_words(query)[:MAX_SEARCH_WORDS]
    if not words:
        return []
    if session.get_bind().dialect.name == "postgresql":
        match = " & ".join(f"{word}:*" for word in words)
        found = session.execute(
            _POSTGRESQL_SEARCH,
            {"match": match, "limit": limit, "options": _HEADLINE_OPTIONS, "angles": _ANGLES},
        )
    else:
        match = " ".join(f'"{_light_stem(word)}"*' for word in words)
        found = session.execute(_SQLITE_SEARCH, {"match": match, "limit": limit})
    return [
        TextSearchHit(
            id=block_id,
            title=title,
            category=_category(category),
            excerpt=(excerpt or "").translate(_ANGLES_BACK),
            current_version=current_version,
        )
        for block_id, title, category, current_version, excerpt in found
    ]
