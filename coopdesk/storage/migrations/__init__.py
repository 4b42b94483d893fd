"""Alembic migrations of the CoopDesk schema: a baseline, then one numbered migration per change."""
