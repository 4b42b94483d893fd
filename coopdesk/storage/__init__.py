"""Persistence: SQLAlchemy 2 mapped classes, the database, migrations and every query."""
