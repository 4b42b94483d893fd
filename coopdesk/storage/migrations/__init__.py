"""Alembic migrations of the CoopDesk schema: a baseline, then one numbered migration per change.

`REVISIONS` lists every revision, oldest first, so that opening a database can tell "up to date",
"older" or "written by a newer CoopDesk" without loading Alembic (which costs start-up time). A test
checks that it matches the migration scripts; add each new revision here.
"""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]
