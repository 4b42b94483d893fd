"""Plain-Python core of CoopDesk: enums, frozen rows, rules, validators and typed errors.

Nothing here imports Qt, SQLAlchemy or reportlab.
"""
