"""Numbers typed on the command line (ids, years, days) and required arguments, checked in the handler so
that a mistake is one French line (argparse's own errors print the usage line too, and in English)."""

from __future__ import annotations

from coopdesk.cli.common import UserError


def whole_number(text: str | None, what: str, *, minimum: int = 1, maximum: int | None = None) -> int:
    """`text` as an int in [minimum, maximum], or a UserError naming `what` ("numéro de dossier")."""
    cleaned = (text or "").strip()
    value = int(cleaned) if cleaned.isascii() and cleaned.isdigit() else None
    if value is None or value < minimum or (maximum is not None and value > maximum):
        if maximum is not None:
            wanted = f"un nombre entier de {minimum} à {maximum}"
        elif minimum == 0:
            wanted = "un nombre entier positif ou nul"
        else:
            wanted = "un nombre entier à partir de 1" if minimum == 1 else f"un nombre entier ≥ {minimum}"
        raise UserError(f"{what[:1].upper()}{what[1:]} invalide : « {text} » ({wanted} attendu).")
    return value


def required(value: str | None, message: str) -> str:
    """`value` when given, else a UserError saying what to type (`message`, one French sentence)."""
    if value is None or not value.strip():
        raise UserError(message)
    return value
