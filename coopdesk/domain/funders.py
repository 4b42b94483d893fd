"""Funders, their contacts and the exchanges with them: rows and rules of "qui fait quoi".

Decisions written down here because the budget, the sheet and the erasure rely on them:

- A CCAS goes on the "Autres établissements publics" line of the CERFA 74 block, not on "Commune(s)":
  it is an établissement public administratif of its own (Code de l'action sociale et des familles,
  art. L123-6), with its own board and budget. The grant is decided and paid by the CCAS, not by the
  commune, and a commune that also funds the association keeps its own line.
- The totals of a funder's sheet count each application in the year it was submitted (the decision year
  when no submission date was recorded), so that one year reads "asked X: granted Y, refused Z, W still
  pending". Ideas, drafts and withdrawn requests are not counted.
- Erasing a contact (GDPR) deletes the contact and its topics; exchanges are kept (date, kind,
  summary) without the link, and every mention of the person in free texts (participants and summary
  of exchanges, notes of funders, contacts, applications and time entries) becomes
  ERASED_PERSON_MARK. A mention is the full name as recorded (whatever the case, accents or spacing),
  the e-mail address, or the phone number (any spacing). Limit: a first name alone, a surname alone
  ("Mme Castan"), initials or a misspelling are not recognized and stay in the texts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from coopdesk.domain.calls import CallRow
from coopdesk.domain.contact_details import (
    normalize_email,
    normalize_phone,
    normalize_postal_code,
    normalize_website,
)
from coopdesk.domain.dates import format_date
from coopdesk.domain.enums import (
    ApplicationStatus,
    Cerfa74Group,
    FunderKind,
    FunderLevel,
    InteractionKind,
    SubmissionPlatform,
)
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode
from coopdesk.domain.text_search import fold

MAX_NAME = 200
MAX_SERVICE = 200
MAX_STREET = 200
MAX_CITY = 100
MAX_WEBSITE = 300
MAX_ROLE = 200
MAX_TOPIC = 100
ERASED_PERSON_MARK = "(personne supprimée)"
"""Stored in place of an erased person's name, e-mail or phone: data, not a message of the window."""

_CERFA_GROUPS: dict[FunderKind, Cerfa74Group] = {
    FunderKind.STATE_SERVICE: Cerfa74Group.STATE,
    FunderKind.REGION: Cerfa74Group.REGION,
    FunderKind.DEPARTMENT: Cerfa74Group.DEPARTMENT,
    FunderKind.INTERCOMMUNALITY: Cerfa74Group.INTERCOMMUNALITY,
    FunderKind.MUNICIPALITY: Cerfa74Group.MUNICIPALITY,
    FunderKind.CCAS: Cerfa74Group.OTHER_PUBLIC,  # see the module docstring
    FunderKind.CAF: Cerfa74Group.SOCIAL_BODIES,
    FunderKind.MSA: Cerfa74Group.SOCIAL_BODIES,
    FunderKind.EUROPEAN_FUND: Cerfa74Group.EUROPEAN_FUNDS,
    FunderKind.FOUNDATION: Cerfa74Group.PRIVATE,
    FunderKind.COMPANY: Cerfa74Group.PRIVATE,
    FunderKind.OTHER: Cerfa74Group.OTHER_PUBLIC,
}

_DEFAULT_LEVELS: dict[FunderKind, FunderLevel] = {
    # The State service a food-aid association meets most is the DDETS/DDETSPP of its département.
    FunderKind.STATE_SERVICE: FunderLevel.DEPARTMENTAL,
    FunderKind.REGION: FunderLevel.REGIONAL,
    FunderKind.DEPARTMENT: FunderLevel.DEPARTMENTAL,
    FunderKind.INTERCOMMUNALITY: FunderLevel.LOCAL,
    FunderKind.MUNICIPALITY: FunderLevel.LOCAL,
    FunderKind.CCAS: FunderLevel.LOCAL,
    FunderKind.CAF: FunderLevel.DEPARTMENTAL,  # one CAF per département
    FunderKind.MSA: FunderLevel.REGIONAL,  # MSA caisses cover several départements
    FunderKind.EUROPEAN_FUND: FunderLevel.EUROPEAN,
    FunderKind.FOUNDATION: FunderLevel.NATIONAL,
    FunderKind.COMPANY: FunderLevel.LOCAL,
    FunderKind.OTHER: FunderLevel.LOCAL,
}


def cerfa_group(kind: FunderKind) -> Cerfa74Group:
    """The "74 Subventions d'exploitation" group of the CERFA 12156 budget a funder's grants go in."""
    return _CERFA_GROUPS[kind]


def default_level(kind: FunderKind) -> FunderLevel:
    """The level proposed when a funder of this kind is created."""
    return _DEFAULT_LEVELS[kind]


# -- rows ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FunderInput:
    """What the funder editor sends. `level` None: the default level of the kind."""

    name: str
    kind: FunderKind
    level: FunderLevel | None = None
    service: str = ""  # direction, service
    street: str = ""
    postal_code: str = ""
    city: str = ""
    website: str = ""
    platform: SubmissionPlatform | None = None
    notes: str = ""
    archived: bool = False


@dataclass(frozen=True)
class FunderRow:
    id: int
    name: str
    kind: FunderKind
    level: FunderLevel
    service: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    website: str = ""
    platform: SubmissionPlatform | None = None
    notes: str = ""
    archived: bool = False
    version: int = 0

    @property
    def cerfa_group(self) -> Cerfa74Group:
        return cerfa_group(self.kind)


@dataclass(frozen=True)
class FunderListRow:
    """One line of the funders list (and of `coopdesk list funders`)."""

    id: int
    name: str
    kind: FunderKind
    level: FunderLevel
    service: str
    city: str
    archived: bool
    active_contacts: int
    last_exchange_on: dt.date | None

    @property
    def cerfa_group(self) -> Cerfa74Group:
        return cerfa_group(self.kind)


@dataclass(frozen=True)
class ContactInput:
    """What the contact editor sends. A contact who left: active=False, left_on (optional) set."""

    funder_id: int
    name: str
    role: str = ""
    service: str = ""
    phone: str = ""
    email: str = ""
    topics: tuple[str, ...] = ()
    active: bool = True
    left_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ContactRow:
    id: int
    funder_id: int
    funder_name: str
    name: str
    role: str = ""
    service: str = ""
    phone: str = ""
    email: str = ""
    topics: tuple[str, ...] = ()
    active: bool = True
    left_on: dt.date | None = None
    notes: str = ""
    last_exchange_on: dt.date | None = None  # the latest exchange linked to this contact
    version: int = 0


@dataclass(frozen=True)
class InteractionInput:
    """An exchange with a funder, possibly with one of its contacts, possibly setting a follow-up."""

    funder_id: int
    occurred_on: dt.date
    kind: InteractionKind
    contact_id: int | None = None
    participants: str = ""
    summary: str = ""
    follow_up_on: dt.date | None = None
    follow_up_done: bool = False


@dataclass(frozen=True)
class InteractionRow:
    id: int
    funder_id: int
    funder_name: str
    occurred_on: dt.date
    kind: InteractionKind
    contact_id: int | None = None
    contact_name: str = ""
    participants: str = ""
    summary: str = ""
    follow_up_on: dt.date | None = None
    follow_up_done: bool = False
    version: int = 0

    def follow_up_overdue(self, today: dt.date) -> bool:
        return self.follow_up_on is not None and not self.follow_up_done and self.follow_up_on < today


@dataclass(frozen=True)
class FunderApplicationRow:
    """An application to the funder, as listed on its sheet."""

    id: int
    title: str
    status: ApplicationStatus
    amount_requested_cents: int
    amount_granted_cents: int | None
    submitted_on: dt.date | None
    decision_on: dt.date | None


@dataclass(frozen=True)
class YearTotals:
    """What was asked of one funder in one year (year of submission), and what came of it."""

    year: int
    applications: int
    requested_cents: int
    granted_cents: int
    refused_cents: int  # the amounts requested by the refused applications
    pending_cents: int  # the amounts requested still awaiting a decision


@dataclass(frozen=True)
class FunderSheet:
    funder: FunderRow
    contacts: tuple[ContactRow, ...]  # active ones first, then former, by name
    calls: tuple[CallRow, ...]
    applications: tuple[FunderApplicationRow, ...]  # newest first
    totals: tuple[YearTotals, ...]  # newest year first
    interactions: tuple[InteractionRow, ...]  # the timeline of exchanges, newest first
    last_exchange_on: dt.date | None = None


@dataclass(frozen=True)
class TopicContacts:
    """ "Qui fait quoi": the people in post handling one topic, across every funder."""

    topic: str
    contacts: tuple[ContactRow, ...]


@dataclass(frozen=True)
class MentionRow:
    """A free text of another record mentioning a person (a note of a funder, an application…)."""

    entity: str  # "funder", "contact", "application", "time_entry"
    entity_id: int
    field: str
    text: str


@dataclass(frozen=True)
class PersonRecord:
    """Everything CoopDesk holds about one contact: what "export this person's data" writes."""

    contact: ContactRow
    funder: FunderRow
    interactions: tuple[InteractionRow, ...]  # linked to the contact or naming them, newest first
    mentions: tuple[MentionRow, ...] = field(default_factory=tuple)


# -- rules ---------------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(text.split())


def _check_length(errors: dict[str, InvalidValue], name: str, raw: str, value: str, limit: int) -> None:
    if len(value) > limit:
        errors[name] = InvalidValue(name, raw, InvalidValueCode.TOO_LONG)


def _required_name(errors: dict[str, InvalidValue], raw: str) -> str:
    name = _clean(raw)
    if not name:
        errors["name"] = InvalidValue("name", raw, InvalidValueCode.REQUIRED)
    _check_length(errors, "name", raw, name, MAX_NAME)
    return name


def validate_funder(data: FunderInput) -> FunderInput:
    """The funder with its texts trimmed, its level chosen and its address checked, or FieldErrors."""
    errors: dict[str, InvalidValue] = {}
    name = _required_name(errors, data.name)
    service, street, city = _clean(data.service), _clean(data.street), _clean(data.city)
    _check_length(errors, "service", data.service, service, MAX_SERVICE)
    _check_length(errors, "street", data.street, street, MAX_STREET)
    _check_length(errors, "city", data.city, city, MAX_CITY)
    postal_code = data.postal_code.strip()
    if postal_code:
        try:
            postal_code = normalize_postal_code(postal_code)
        except InvalidValue as error:
            errors["postal_code"] = InvalidValue("postal_code", data.postal_code, error.code)
    website = data.website.strip()
    if website:
        try:
            website = normalize_website(website)
        except InvalidValue as error:
            errors["website"] = InvalidValue("website", data.website, error.code)
        else:
            _check_length(errors, "website", data.website, website, MAX_WEBSITE)
    if errors:
        raise FieldErrors(errors)
    return dataclasses.replace(
        data,
        name=name,
        level=data.level or default_level(data.kind),
        service=service,
        street=street,
        postal_code=postal_code,
        city=city,
        website=website,
        notes=data.notes.strip(),
    )


def clean_topics(topics: tuple[str, ...]) -> tuple[str, ...]:
    """Topics trimmed, blanks dropped, duplicates (whatever their case or accents) kept once."""
    seen: set[str] = set()
    kept: list[str] = []
    for topic in topics:
        value = _clean(topic)
        key = fold(value)
        if value and key not in seen:
            seen.add(key)
            kept.append(value)
    return tuple(kept)


def validate_contact(data: ContactInput) -> ContactInput:
    """The contact with a French phone shown as "04 67 12 34 56", a checked e-mail, clean topics."""
    errors: dict[str, InvalidValue] = {}
    name = _required_name(errors, data.name)
    role, service = _clean(data.role), _clean(data.service)
    _check_length(errors, "role", data.role, role, MAX_ROLE)
    _check_length(errors, "service", data.service, service, MAX_SERVICE)
    phone, email = data.phone.strip(), data.email.strip()
    if phone:
        try:
            phone = normalize_phone(phone)
        except InvalidValue as error:
            errors["phone"] = InvalidValue("phone", data.phone, error.code)
    if email:
        try:
            email = normalize_email(email)
        except InvalidValue as error:
            errors["email"] = InvalidValue("email", data.email, error.code)
    topics = clean_topics(data.topics)
    for topic in topics:
        if len(topic) > MAX_TOPIC:
            errors["topics"] = InvalidValue("topics", topic, InvalidValueCode.TOO_LONG)
    if data.active and data.left_on is not None:
        # A date of departure for someone still in post: the editor must untick "en poste" first.
        errors["left_on"] = InvalidValue("left_on", format_date(data.left_on), InvalidValueCode.OUT_OF_RANGE)
    if errors:
        raise FieldErrors(errors)
    return dataclasses.replace(
        data,
        name=name,
        role=role,
        service=service,
        phone=phone,
        email=email,
        topics=topics,
        notes=data.notes.strip(),
    )


def validate_interaction(data: InteractionInput) -> InteractionInput:
    """The exchange with its texts trimmed; a follow-up may not come before the exchange itself."""
    errors: dict[str, InvalidValue] = {}
    if data.follow_up_on is not None and data.follow_up_on < data.occurred_on:
        errors["follow_up_on"] = InvalidValue(
            "follow_up_on", format_date(data.follow_up_on), InvalidValueCode.OUT_OF_RANGE
        )
    if data.follow_up_done and data.follow_up_on is None:  # "done" says nothing without a follow-up
        errors["follow_up_on"] = InvalidValue("follow_up_on", "", InvalidValueCode.REQUIRED)
    if errors:
        raise FieldErrors(errors)
    return dataclasses.replace(data, participants=_clean(data.participants), summary=data.summary.strip())


# -- mentions of a person (erasure and export) ---------------------------------------------------------


def _letter_class(char: str) -> str:
    """A regex matching `char` with or without its accent (the pattern is compiled IGNORECASE)."""
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if base and base != char:
        return f"[{re.escape(char)}{re.escape(base)}]"
    return re.escape(char)


def _name_pattern(name: str) -> str:
    # Spaces and hyphens between the parts of a name may be typed either way: "Jean-Marc", "Jean Marc".
    words = [word for word in re.split(r"[\s\-]+", name) if word]
    return r"[\s\-]+".join("".join(_letter_class(char) for char in word) for word in words)


def _phone_pattern(phone: str) -> str | None:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 6:
        return None
    separator = r"[\s.\-]?"
    if phone.startswith("0") and len(digits) == 10:  # French: "04 67…", "+33 4 67…", "+33 (0)4 67…"
        rest = separator.join(digits[1:])
        return rf"(?:0|\+33{separator}(?:\(0\){separator})?){separator}{rest}"
    return r"(?:\+|00)?" + separator.join(digits)


def mention_pattern(name: str, email: str = "", phone: str = "") -> re.Pattern[str]:
    """What counts as a mention of a person in a free text: see the module docstring."""
    body = _name_pattern(name)
    # Not inside a longer name: "Marie-Élodie Castan" and "Élodie Castanet" are other people.
    alternatives = [rf"(?<![\w\-]){body}(?![\w\-])"] if body else []
    if email:
        alternatives.append(rf"(?<![\w.]){re.escape(email)}(?!\w)")
    phone_pattern = _phone_pattern(phone) if phone else None
    if phone_pattern:
        alternatives.append(rf"(?<![\d+]){phone_pattern}(?!\d)")
    if not alternatives:
        return re.compile(r"(?!x)x")  # matches nothing
    return re.compile("|".join(alternatives), re.IGNORECASE)


def erase_mentions(text: str, pattern: re.Pattern[str]) -> str:
    """The text with every mention replaced by ERASED_PERSON_MARK."""
    return pattern.sub(ERASED_PERSON_MARK, text)
