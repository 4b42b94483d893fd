"""Contacts of funders, the topics they handle ("qui fait quoi"), and the erasure of a person.

Every save of a contact refreshes the search text of its funder (funder_repository.refresh_search_text):
a funder is found by the names and topics of its contacts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, String, bindparam, false, func, or_, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from coopdesk.domain.errors import NotFound, StaleEdit
from coopdesk.domain.funders import ContactInput, ContactRow, MentionRow, erase_mentions, mention_pattern
from coopdesk.domain.text_search import fold, search_text
from coopdesk.storage.repositories import funder_repository
from coopdesk.storage.repositories.funder_repository import words_condition
from coopdesk.storage.tables import Application, Contact, ContactTopic, Funder, Interaction, TimeEntry

_CONTACT_TABLE = Contact.metadata.tables["contact"]


def _last_exchange() -> Any:
    return (
        select(func.max(Interaction.occurred_on))
        .where(Interaction.contact_id == Contact.id)
        .correlate(Contact)
        .scalar_subquery()
    )


def _query() -> Select[*tuple[Any, ...]]:
    return (
        select(Contact, Funder.name, _last_exchange())
        .join(Funder, Funder.id == Contact.funder_id)
        .options(selectinload(Contact.topics))
    )


def _row(contact: Contact, funder_name: str, last_exchange_on: dt.date | None) -> ContactRow:
    return ContactRow(
        id=contact.id,
        funder_id=contact.funder_id,
        funder_name=funder_name,
        name=contact.name,
        role=contact.role,
        service=contact.service,
        phone=contact.phone,
        email=contact.email,
        topics=tuple(topic.topic for topic in sorted(contact.topics, key=lambda topic: topic.id)),
        active=contact.active,
        left_on=contact.left_on,
        notes=contact.notes,
        last_exchange_on=last_exchange_on,
        version=contact.version,
    )


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[ContactRow]:
    return [_row(contact, funder_name, last) for contact, funder_name, last in session.execute(query)]


def _get(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound("contact", contact_id)
    return contact


def get(session: Session, contact_id: int) -> ContactRow:
    found = _rows(session, _query().where(Contact.id == contact_id))
    if not found:
        raise NotFound("contact", contact_id)
    return found[0]


def list_contacts(
    session: Session,
    *,
    funder_id: int | None = None,
    include_former: bool = True,
    words: list[str] | None = None,
    limit: int | None = None,
) -> list[ContactRow]:
    """Contacts in post first, then former ones, by name; `words` (folded) must all appear in the
    contact's name, role, service or topics, or in its funder's name."""
    query = _query().order_by(Contact.active.desc(), Contact.normalized_name, Contact.id)
    if funder_id is not None:
        query = query.where(Contact.funder_id == funder_id)
    if not include_former:
        query = query.where(Contact.active.is_(True))
    if words:
        query = query.where(words_condition(Contact.search_text + " " + Funder.normalized_name, words))
    if limit is not None:
        query = query.limit(limit)
    return _rows(session, query)


def belongs_to(session: Session, contact_id: int, funder_id: int) -> bool:
    """Whether the contact exists and works for this funder (NotFound when it does not exist)."""
    owner = session.scalar(select(Contact.funder_id).where(Contact.id == contact_id))
    if owner is None:
        raise NotFound("contact", contact_id)
    return bool(owner == funder_id)


# -- saving --------------------------------------------------------------------------------------------


def _canonical_topics(session: Session, topics: tuple[str, ...]) -> list[str]:
    """Each topic spelled as it already is elsewhere ("Aide Alimentaire" -> "aide alimentaire")."""
    if not topics:
        return []
    known: dict[str, str] = {}
    for (existing,) in session.execute(select(ContactTopic.topic).distinct().order_by(ContactTopic.topic)):
        known.setdefault(fold(existing), existing)
    return [known.get(fold(topic), topic) for topic in topics]


def _apply(session: Session, contact: Contact, data: ContactInput) -> None:
    contact.funder_id = data.funder_id
    contact.name = data.name
    contact.normalized_name = fold(data.name)
    contact.role = data.role
    contact.service = data.service
    contact.phone = data.phone
    contact.email = data.email
    contact.active = data.active
    contact.left_on = data.left_on
    contact.notes = data.notes
    wanted = _canonical_topics(session, data.topics)
    kept = [topic for topic in contact.topics if topic.topic in wanted]
    present = {topic.topic for topic in kept}
    contact.topics = kept + [ContactTopic(topic=topic) for topic in wanted if topic not in present]
    # Topics live in their own table: the search text changes with them, and so the version goes up.
    contact.search_text = search_text(data.name, data.role, data.service, *wanted)


def add(session: Session, data: ContactInput) -> ContactRow:
    if not funder_repository.exists(session, data.funder_id):
        raise NotFound("funder", data.funder_id)
    contact = Contact(topics=[])
    _apply(session, contact, data)
    session.add(contact)
    session.flush()
    funder_repository.refresh_search_text(session, [data.funder_id])
    return get(session, contact.id)


def update(session: Session, contact_id: int, expected_version: int, data: ContactInput) -> ContactRow:
    contact = _get(session, contact_id)
    if contact.version != expected_version:
        raise StaleEdit("contact", contact_id)
    if data.funder_id != contact.funder_id and not funder_repository.exists(session, data.funder_id):
        raise NotFound("funder", data.funder_id)
    previous_funder = contact.funder_id
    _apply(session, contact, data)
    session.flush()
    funder_repository.refresh_search_text(session, {previous_funder, data.funder_id})
    return get(session, contact_id)


def mark_left(
    session: Session, contact_id: int, expected_version: int, left_on: dt.date | None
) -> ContactRow:
    contact = _get(session, contact_id)
    if contact.version != expected_version:
        raise StaleEdit("contact", contact_id)
    contact.active = False
    contact.left_on = left_on
    session.flush()
    return get(session, contact_id)


def refresh_search_text(session: Session) -> None:
    """Recompute the normalized name and search text of every contact written without this repository
    (the demo data), leaving versions alone."""
    session.flush()
    parts: dict[int, list[str]] = {}
    names: dict[int, str] = {}
    for contact_id, name, role, service in session.execute(
        select(Contact.id, Contact.name, Contact.role, Contact.service)
    ):
        names[contact_id] = name
        parts[contact_id] = [name, role, service]
    for contact_id, topic in session.execute(
        select(ContactTopic.contact_id, ContactTopic.topic).order_by(ContactTopic.id)
    ):
        parts[contact_id].append(topic)
    if not parts:
        return
    statement = (
        sql_update(_CONTACT_TABLE)
        .where(_CONTACT_TABLE.c.id == bindparam("b_id"))
        .values(normalized_name=bindparam("b_name"), search_text=bindparam("b_text"))
    )
    session.execute(
        statement,
        [
            {"b_id": key, "b_name": fold(names[key]), "b_text": search_text(*texts)}
            for key, texts in parts.items()
        ],
    )
    for loaded in list(session.identity_map.values()):
        if isinstance(loaded, Contact):
            session.expire(loaded, ["normalized_name", "search_text"])


# -- qui fait quoi -------------------------------------------------------------------------------------


def topics(session: Session) -> list[str]:
    """Every topic handled by a contact, sorted without regard to case or accents."""
    found = session.scalars(select(ContactTopic.topic).distinct())
    return sorted(found, key=lambda topic: (fold(topic), topic))


def who_does_what(
    session: Session, *, include_archived_funders: bool = False
) -> list[tuple[str, ContactRow]]:
    """(topic, contact) for every topic of every contact in post, by topic, funder, then name."""
    query = (
        select(ContactTopic.topic, Contact, Funder.name, _last_exchange())
        .join(Contact, Contact.id == ContactTopic.contact_id)
        .join(Funder, Funder.id == Contact.funder_id)
        .where(Contact.active.is_(True))
        .options(selectinload(Contact.topics))
        .order_by(ContactTopic.topic, Funder.normalized_name, Contact.normalized_name, Contact.id)
    )
    if not include_archived_funders:
        query = query.where(Funder.archived.is_(False))
    return [(topic, _row(contact, funder, last)) for topic, contact, funder, last in session.execute(query)]


# -- mentions of a person: export and erasure ----------------------------------------------------------


@dataclass(frozen=True)
class _FreeText:
    entity: str
    model: type[Any]
    fields: tuple[str, ...]


# Every free text that may name a contact. Structured fields (a contact's own name…) are not listed.
_FREE_TEXTS = (
    _FreeText("interaction", Interaction, ("participants", "summary")),
    _FreeText("funder", Funder, ("notes",)),
    _FreeText("contact", Contact, ("notes",)),
    _FreeText("application", Application, ("notes",)),
    _FreeText("time_entry", TimeEntry, ("note",)),
)


@dataclass(frozen=True)
class Mention:
    entity: str
    record: Any  # the ORM object
    field: str
    text: str


def _ascii_fragment(name: str) -> str:
    """The longest run of ASCII letters and digits of the lower-cased name: SQLite's lower() folds
    only ASCII, so this fragment is found whatever the case of the text (a pre-filter, not the test)."""
    runs = re.findall(r"[a-z0-9]+", name.lower())
    return max(runs, key=len) if runs else name.lower()


def _without_separators(column: SQLColumnExpression[str]) -> SQLColumnExpression[str]:
    for separator in (" ", ".", "-", "\u00a0"):
        column = func.replace(column, separator, "")
    return column


def _prefilter(column: InstrumentedAttribute[str], contact: Contact) -> ColumnElement[bool]:
    """A superset of the records mentioning the contact, for the exact regular expression to sift."""
    lowered = func.lower(column, type_=String)
    conditions: list[ColumnElement[bool]] = []
    if contact.name.strip():
        conditions.append(lowered.contains(_ascii_fragment(contact.name), autoescape=True))
    if contact.email:
        conditions.append(lowered.contains(contact.email.lower(), autoescape=True))
    digits = re.sub(r"\D", "", contact.phone)
    if len(digits) >= 6:
        significant = digits[1:] if contact.phone.startswith("0") else digits
        conditions.append(_without_separators(column).contains(significant, autoescape=True))
    return or_(false(), *conditions)


def mentions(session: Session, contact_id: int) -> Iterator[Mention]:
    """Every free text naming the contact (name, e-mail or phone: see coopdesk.domain.funders)."""
    contact = _get(session, contact_id)
    pattern = mention_pattern(contact.name, contact.email, contact.phone)
    for free_text in _FREE_TEXTS:
        columns = [getattr(free_text.model, name) for name in free_text.fields]
        query = select(free_text.model).where(or_(*(_prefilter(column, contact) for column in columns)))
        query = query.order_by(free_text.model.id)
        for record in session.scalars(query):
            if record is contact:  # the contact's own notes are part of the contact, not a mention
                continue
            for name in free_text.fields:
                text = getattr(record, name) or ""
                if pattern.search(text):
                    yield Mention(free_text.entity, record, name, text)


def mention_rows(session: Session, contact_id: int) -> tuple[list[int], list[MentionRow]]:
    """Ids of the exchanges naming the contact, and the other free texts naming them."""
    interaction_ids: list[int] = []
    others: list[MentionRow] = []
    for mention in mentions(session, contact_id):
        if mention.entity == "interaction":
            if mention.record.id not in interaction_ids:
                interaction_ids.append(mention.record.id)
        else:
            others.append(MentionRow(mention.entity, mention.record.id, mention.field, mention.text))
    return interaction_ids, others


def erase(session: Session, contact_id: int) -> int:
    """Erase a person: every mention in free texts replaced, the contact and its topics deleted,
    its exchanges kept without the link. Returns the number of texts changed."""
    contact = _get(session, contact_id)
    pattern = mention_pattern(contact.name, contact.email, contact.phone)
    found = list(mentions(session, contact_id))
    for mention in found:
        setattr(mention.record, mention.field, erase_mentions(mention.text, pattern))
    for interaction in session.scalars(select(Interaction).where(Interaction.contact_id == contact_id)):
        interaction.contact_id = None  # the database would too (ON DELETE SET NULL); this bumps versions
    funder_id = contact.funder_id
    session.delete(contact)
    session.flush()
    funder_repository.refresh_search_text(session, [funder_id])
    return len(found)


# -- imports -------------------------------------------------------------------------------------------


def identities(session: Session) -> list[tuple[int, str, str, str]]:
    """(contact id, funder name, contact name, e-mail) of every contact, by id: one query, for an
    import telling which rows of a spreadsheet are people already recorded."""
    query = (
        select(Contact.id, Funder.name, Contact.name, Contact.email)
        .join(Funder, Funder.id == Contact.funder_id)
        .order_by(Contact.id)
    )
    return [(contact_id, funder, name, email) for contact_id, funder, name, email in session.execute(query)]
