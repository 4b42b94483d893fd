"""Everything the association holds about one person, as a plain UTF-8 text file (GDPR access request).

Article 15 of the GDPR gives a person the right to a copy of their data. The file is meant to be read
by that person, in French, in any text editor: every field of the contact record (empty ones said
"non renseigné" rather than left out, so that the reader sees what is and is not kept), the topics, the
funder they work for, every exchange linked to them or naming them with its date and summary, and the
other free texts that mention them.

User text is written as it was typed: this is plain text, nothing is interpreted and nothing needs
escaping; only control characters (which no editor shows) are removed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Final

from coopdesk.domain.dates import format_date
from coopdesk.domain.enums import FunderKind, FunderLevel, InteractionKind
from coopdesk.domain.funders import InteractionRow, MentionRow, PersonRecord

FUNDER_KIND_LABELS: Final[dict[FunderKind, str]] = {
    FunderKind.STATE_SERVICE: "Service de l'État",
    FunderKind.REGION: "Région",
    FunderKind.DEPARTMENT: "Département",
    FunderKind.INTERCOMMUNALITY: "Intercommunalité",
    FunderKind.MUNICIPALITY: "Commune",
    FunderKind.CCAS: "CCAS",
    FunderKind.CAF: "CAF",
    FunderKind.MSA: "MSA",
    FunderKind.EUROPEAN_FUND: "Fonds européen",
    FunderKind.FOUNDATION: "Fondation",
    FunderKind.COMPANY: "Entreprise",
    FunderKind.OTHER: "Autre",
}
FUNDER_LEVEL_LABELS: Final[dict[FunderLevel, str]] = {
    FunderLevel.EUROPEAN: "européen",
    FunderLevel.NATIONAL: "national",
    FunderLevel.REGIONAL: "régional",
    FunderLevel.DEPARTMENTAL: "départemental",
    FunderLevel.LOCAL: "local",
}
INTERACTION_KIND_LABELS: Final[dict[InteractionKind, str]] = {
    InteractionKind.MEETING: "Réunion",
    InteractionKind.CALL: "Appel téléphonique",
    InteractionKind.EMAIL: "Courriel",
    InteractionKind.VISIT: "Visite",
    InteractionKind.COMMITTEE: "Comité",
}
_MENTION_PLACES: Final[dict[tuple[str, str], str]] = {
    ("funder", "notes"): "Notes du financeur n°{id}",
    ("contact", "notes"): "Notes de l'interlocuteur n°{id}",
    ("application", "notes"): "Notes du dossier de subvention n°{id}",
    ("time_entry", "note"): "Note du temps passé n°{id}",
    ("interaction", "summary"): "Compte rendu de l'échange n°{id}",
    ("interaction", "participants"): "Participants de l'échange n°{id}",
}
NOT_GIVEN: Final = "non renseigné"
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_INDENT: Final = "    "


def clean_text(text: str) -> str:
    """The text with its line breaks as "\\n" and without control characters (tabs kept as spaces)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text).strip()


def _value(text: str) -> str:
    cleaned = clean_text(text)
    if not cleaned:
        return NOT_GIVEN
    # A value on several lines: the next lines indented under the field.
    return cleaned.replace("\n", "\n" + _INDENT)


def _heading(title: str) -> list[str]:
    return ["", title, "=" * len(title)]


def _fields(pairs: Iterable[tuple[str, str]]) -> list[str]:
    return [f"{label} : {value}" for label, value in pairs]


def _exchange(row: InteractionRow, contact_id: int) -> list[str]:
    kind = INTERACTION_KIND_LABELS.get(row.kind, row.kind.value)
    lines = [f"- {format_date(row.occurred_on)} — {kind} (échange n°{row.id})"]
    link = "oui" if row.contact_id == contact_id else "non (la personne y est nommée)"
    details = [
        ("Financeur", _value(row.funder_name)),
        ("Lié à la personne", link),
        ("Participants", _value(row.participants)),
        ("Résumé", _value(row.summary)),
    ]
    if row.follow_up_on is not None:
        done = "faite" if row.follow_up_done else "à faire"
        details.append(("Relance prévue", f"{format_date(row.follow_up_on)} ({done})"))
    lines.extend(f"{_INDENT}{line}" for line in _fields(details))
    return [line.replace("\n" + _INDENT, "\n" + _INDENT * 2) for line in lines]


def _mention(row: MentionRow) -> list[str]:
    template = _MENTION_PLACES.get((row.entity, row.field), "{entity} n°{id}, champ {field}")
    place = template.format(id=row.entity_id, entity=row.entity, field=row.field)
    text = clean_text(row.text).replace("\n", "\n" + _INDENT)
    return [f"- {place} :", f"{_INDENT}{text}"]


def render_person_text(record: PersonRecord, *, generated_on: dt.date | None = None) -> str:
    """The file: French headings, every field, the exchanges newest first, the other mentions."""
    contact = record.contact
    funder = record.funder
    day = generated_on or dt.date.today()
    name = clean_text(contact.name) or NOT_GIVEN
    title = f"Données personnelles : {name}"
    lines = [
        title,
        "=" * len(title),
        f"Document établi le {format_date(day)} par l'association, à la demande de la personne "
        "(droit d'accès, article 15 du RGPD).",
        "Il contient tout ce que le logiciel CoopDesk de l'association conserve sur cette personne.",
    ]

    lines += _heading("Fiche de l'interlocuteur")
    if contact.active:
        status = "oui"
    elif contact.left_on is not None:
        status = f"non, a quitté ses fonctions le {format_date(contact.left_on)}"
    else:
        status = "non, a quitté ses fonctions"
    lines += _fields(
        [
            ("Numéro de fiche", str(contact.id)),
            ("Nom", _value(contact.name)),
            ("Fonction", _value(contact.role)),
            ("Service", _value(contact.service)),
            ("Téléphone", _value(contact.phone)),
            ("Courriel", _value(contact.email)),
            ("Thématiques suivies", _value(", ".join(contact.topics))),
            ("En poste", status),
            (
                "Dernier échange",
                format_date(contact.last_exchange_on) if contact.last_exchange_on else "aucun",
            ),
            ("Notes", _value(contact.notes)),
        ]
    )

    lines += _heading("Organisme")
    address = " ".join(part for part in (funder.street, funder.postal_code, funder.city) if part.strip())
    lines += _fields(
        [
            ("Nom", _value(funder.name)),
            ("Type", FUNDER_KIND_LABELS.get(funder.kind, funder.kind.value)),
            ("Niveau", FUNDER_LEVEL_LABELS.get(funder.level, funder.level.value)),
            ("Service", _value(funder.service)),
            ("Adresse", _value(address)),
            ("Site web", _value(funder.website)),
        ]
    )

    count = len(record.interactions)
    lines += _heading(f"Échanges ({count})")
    if not record.interactions:
        lines.append("Aucun échange enregistré.")
    for row in record.interactions:
        lines += _exchange(row, contact.id)

    lines += _heading(f"Mentions dans d'autres textes ({len(record.mentions)})")
    if not record.mentions:
        lines.append("Aucune autre mention.")
    for mention in record.mentions:
        lines += _mention(mention)

    return "\n".join(lines) + "\n"
