"""Full-text search over the text library (SQLite FTS5; PostgreSQL French text search).

The index holds each text block's title and the body of its current version, kept up to date by
triggers (so that every way of writing a text, demo data included, is found at once).

- SQLite: an FTS5 table `text_block_fts` (rowid = text_block.id), tokenizer unicode61 with
  remove_diacritics 2 (case and accents do not matter), prefix indexes for search-as-you-type.
  FTS5 has no French stemmer: queries match word prefixes instead.
- PostgreSQL: a table `text_block_search` (one tsvector per text block, GIN index) filled by a trigger
  with the text search configuration `coopdesk_french`: French stemming, plus the `unaccent` dictionary
  when the server has that extension; without it, accents are folded with translate() before indexing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 17:45:00
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import Connection, text

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Tables that are the search index, not part of the mapped model (see migrations/env.py).
SEARCH_TABLES = ("text_block_fts", "text_block_search")

_CURRENT_BODY = (
    "coalesce((SELECT body FROM text_block_version v "
    "WHERE v.text_block_id = {block}.id AND v.number = {block}.current_version), '')"
)

_SQLITE_TEMPLATES = [
    "CREATE VIRTUAL TABLE text_block_fts USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')",
    "CREATE TRIGGER text_block_fts_insert AFTER INSERT ON text_block BEGIN "
    "INSERT INTO text_block_fts (rowid, title, body) "
    "VALUES (new.id, new.title, @NEW_BODY@); END",
    "CREATE TRIGGER text_block_fts_update AFTER UPDATE OF title, current_version ON text_block BEGIN "
    "DELETE FROM text_block_fts WHERE rowid = old.id; "
    "INSERT INTO text_block_fts (rowid, title, body) "
    "VALUES (new.id, new.title, @NEW_BODY@); END",
    "CREATE TRIGGER text_block_fts_delete AFTER DELETE ON text_block BEGIN "
    "DELETE FROM text_block_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER text_block_fts_version AFTER INSERT ON text_block_version "
    "WHEN new.number = (SELECT current_version FROM text_block WHERE id = new.text_block_id) BEGIN "
    "DELETE FROM text_block_fts WHERE rowid = new.text_block_id; "
    "INSERT INTO text_block_fts (rowid, title, body) "
    "SELECT id, title, new.body FROM text_block WHERE id = new.text_block_id; END",
    "INSERT INTO text_block_fts (rowid, title, body) SELECT id, title, @BLOCK_BODY@ FROM text_block",
]
_SQLITE = [
    template.replace("@NEW_BODY@", _CURRENT_BODY.replace("{block}", "new")).replace(
        "@BLOCK_BODY@", _CURRENT_BODY.replace("{block}", "text_block")
    )
    for template in _SQLITE_TEMPLATES
]

_ACCENTED = "àâäáãåāçćčèéêëēęìíîïīñńòóôöõøōùúûüūýÿžźżšśłđ"
_PLAIN = "aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyzzzssld"


def _postgresql_fold(with_unaccent: bool) -> str:
    """The SQL that prepares a text for the index: the config's unaccent does it, else translate()."""
    if with_unaccent:
        return "{value}"
    return "translate(lower({value}), '" + _ACCENTED + "', '" + _PLAIN + "')"


def _postgresql(with_unaccent: bool) -> list[str]:
    fold = _postgresql_fold(with_unaccent)
    title, body = fold.format(value="block.title"), fold.format(value="current_body")
    mapping = "unaccent, french_stem" if with_unaccent else "french_stem"
    return [
        "CREATE TEXT SEARCH CONFIGURATION coopdesk_french (COPY = pg_catalog.french)",
        "ALTER TEXT SEARCH CONFIGURATION coopdesk_french ALTER MAPPING FOR "
        f"hword, hword_part, word, asciihword, asciiword, hword_asciipart WITH {mapping}",
        "CREATE TABLE text_block_search ("
        "text_block_id INTEGER PRIMARY KEY REFERENCES text_block (id) ON DELETE CASCADE, "
        "document TSVECTOR NOT NULL)",
        "CREATE INDEX ix_text_block_search_document ON text_block_search USING GIN (document)",
        """
        CREATE FUNCTION coopdesk_index_text_block(block_id INTEGER) RETURNS void AS $$
        DECLARE
            block text_block%ROWTYPE;
            current_body TEXT;
        BEGIN
            SELECT * INTO block FROM text_block WHERE id = block_id;
            IF NOT FOUND THEN
                RETURN;
            END IF;
            SELECT body INTO current_body FROM text_block_version
                WHERE text_block_id = block_id AND number = block.current_version;
            current_body := coalesce(current_body, '');
            INSERT INTO text_block_search (text_block_id, document)
            VALUES (
                block_id,
                setweight(to_tsvector('coopdesk_french', @TITLE@), 'A')
                    || setweight(to_tsvector('coopdesk_french', @BODY@), 'B')
            )
            ON CONFLICT (text_block_id) DO UPDATE SET document = excluded.document;
        END;
        $$ LANGUAGE plpgsql
        """.replace("@TITLE@", title).replace("@BODY@", body),
        """
        CREATE FUNCTION coopdesk_text_block_changed() RETURNS trigger AS $$
        BEGIN
            PERFORM coopdesk_index_text_block(new.id);
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql
        """,
        """
        CREATE FUNCTION coopdesk_text_block_version_added() RETURNS trigger AS $$
        BEGIN
            PERFORM coopdesk_index_text_block(new.text_block_id);
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql
        """,
        "CREATE TRIGGER text_block_search_block AFTER INSERT OR UPDATE OF title, current_version "
        "ON text_block FOR EACH ROW EXECUTE FUNCTION coopdesk_text_block_changed()",
        "CREATE TRIGGER text_block_search_version AFTER INSERT ON text_block_version "
        "FOR EACH ROW EXECUTE FUNCTION coopdesk_text_block_version_added()",
        "SELECT coopdesk_index_text_block(id) FROM text_block",
    ]


def _unaccent_available(connection: Connection) -> bool:
    """Create the unaccent extension if the server has it and allows it (in a savepoint: a refusal
    must not abort the migration)."""
    installed = connection.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")).first()
    if installed:
        return True
    available = connection.execute(
        text("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'")
    ).first()
    if not available:
        return False
    savepoint = connection.begin_nested()
    try:
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS unaccent"))
    except Exception:  # e.g. permission denied: fold accents without it
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        statements = _SQLITE
    elif connection.dialect.name == "postgresql":
        statements = _postgresql(_unaccent_available(connection))
    else:  # pragma: no cover - CoopDesk opens only SQLite and PostgreSQL
        return
    for statement in statements:
        connection.execute(text(statement))


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for name in ("insert", "update", "delete", "version"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS text_block_fts_{name}"))
        connection.execute(text("DROP TABLE IF EXISTS text_block_fts"))
    elif connection.dialect.name == "postgresql":
        connection.execute(text("DROP TRIGGER IF EXISTS text_block_search_block ON text_block"))
        connection.execute(text("DROP TRIGGER IF EXISTS text_block_search_version ON text_block_version"))
        connection.execute(text("DROP FUNCTION IF EXISTS coopdesk_text_block_changed()"))
        connection.execute(text("DROP FUNCTION IF EXISTS coopdesk_text_block_version_added()"))
        connection.execute(text("DROP FUNCTION IF EXISTS coopdesk_index_text_block(INTEGER)"))
        connection.execute(text("DROP TABLE IF EXISTS text_block_search"))
        connection.execute(text("DROP TEXT SEARCH CONFIGURATION IF EXISTS coopdesk_french"))
