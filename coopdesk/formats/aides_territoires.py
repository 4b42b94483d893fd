"""Aides-territoires files: one page of the API's aid list, saved by the user and imported offline.

The API lists aids as `{"count": …, "next": …, "previous": …, "results": [...]}`; a bare list of aids
(or a single aid) is accepted as well. Its serializer gives display values rather than codes in several
fields (`recurrence` is "Ponctuelle", `targeted_audiences` holds "Associations", `destinations` holds
"Dépenses de fonctionnement"…): both the codes and the displays are read.

Errors carry the physical line of the offending aid (or of the offending field inside it), found by
walking the text again only when something is wrong: the good path is one `json.loads`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Final

from coopdesk.domain.dates import parse_date
from coopdesk.domain.enums import FundingType, Recurrence
from coopdesk.domain.errors import InvalidValue
from coopdesk.domain.text_search import fold
from coopdesk.formats.errors import FormatError, FormatErrorCode
from coopdesk.formats.html_text import html_to_text

AIDES_TERRITOIRES_URL: Final = "https://aides-territoires.beta.gouv.fr"
"""Base of the relative `url` fields of older API versions ("/aides/slug/")."""


@dataclass(frozen=True)
class AidRecord:
    """One aid as read from the file: plain text, dates, tuples. Unknown fields are ignored."""

    source_id: str  # str(`id`), "" when the file has only a slug
    slug: str
    name: str
    url: str = ""
    short_title: str = ""
    financers: tuple[str, ...] = ()
    instructors: tuple[str, ...] = ()
    description: str = ""  # plain text (html_to_text)
    eligibility: str = ""  # plain text
    perimeter: str = ""
    categories: tuple[str, ...] = ()  # "Thème|Catégorie" as the API writes them
    is_call_for_project: bool = False
    application_url: str = ""
    origin_url: str = ""
    targeted_audiences: tuple[str, ...] = ()
    aid_types: tuple[str, ...] = ()
    destinations: tuple[str, ...] = ()
    start_date: date | None = None
    predeposit_date: date | None = None
    submission_deadline: date | None = None
    subvention_rate_lower_bound: int | None = None
    subvention_rate_upper_bound: int | None = None
    recurrence: Recurrence | None = None
    contact: str = ""  # plain text
    date_updated: datetime | None = None  # aware, UTC


@dataclass(frozen=True)
class AidsFile:
    """The aids of one file, with the paging the API wrote around them (None for a bare list)."""

    aids: tuple[AidRecord, ...]
    count: int | None = None  # total number of aids matching the search, over every page
    next_page: str | None = None
    previous_page: str | None = None

    @property
    def is_partial(self) -> bool:
        """True when the file is one page of a longer list: the user may want to save the others."""
        return self.next_page is not None or (self.count is not None and self.count > len(self.aids))


@dataclass(frozen=True)
class AidFilter:
    """What the user keeps of a file before importing it. The default keeps everything."""

    audience_association_only: bool = False
    calls_only: bool = False
    perimeter_contains: str = ""
    categories: frozenset[str] = field(default_factory=frozenset)  # a theme, a category or "theme|category"


# -- reading -----------------------------------------------------------------------------------------


def parse_aids(data: bytes, source: str) -> AidsFile:
    """Read one saved page of the Aides-territoires API (or a bare list of aids).

    Raises FormatError: EMPTY_FILE, UNREADABLE_ENCODING, MALFORMED_JSON (line of the syntax error),
    NOT_AN_AIDS_LIST, MISSING_FIELD (no id nor slug, no name), BAD_DATE, BAD_VALUE (line of the aid's
    field when it can be found, else of the aid).
    """
    text = _decode(data, source)
    if not text.strip():
        raise FormatError(source, None, FormatErrorCode.EMPTY_FILE)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError(source, error.lineno, FormatErrorCode.MALFORMED_JSON, error.msg) from error
    except RecursionError as error:  # thousands of nested brackets
        raise FormatError(source, None, FormatErrorCode.MALFORMED_JSON, "nesting") from error

    count: int | None = None
    next_page: str | None = None
    previous_page: str | None = None
    wrapped = False
    if isinstance(document, list):
        items: list[object] = document
    elif isinstance(document, dict) and "results" in document:
        results = document["results"]
        if not isinstance(results, list):
            raise FormatError(source, _line_of_member(text, "results"), FormatErrorCode.NOT_AN_AIDS_LIST)
        items = results
        wrapped = True
        raw_count = document.get("count")
        count = raw_count if isinstance(raw_count, int) and not isinstance(raw_count, bool) else None
        next_page = _optional_str(document.get("next"))
        previous_page = _optional_str(document.get("previous"))
    elif isinstance(document, dict) and "name" in document and ("id" in document or "slug" in document):
        return AidsFile(aids=(_Reader(text, source, None).record(document),))
    else:
        raise FormatError(source, 1, FormatErrorCode.NOT_AN_AIDS_LIST)

    locator = _Locator(text, wrapped)
    if items and not (isinstance(items[0], dict) and _looks_like_aid(items[0])):
        raise FormatError(source, locator.item_line(0), FormatErrorCode.NOT_AN_AIDS_LIST)
    aids: list[AidRecord] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise FormatError(source, locator.item_line(index), FormatErrorCode.NOT_AN_AIDS_LIST)
        aids.append(_Reader(text, source, (locator, index)).record(item))
    return AidsFile(tuple(aids), count=count, next_page=next_page, previous_page=previous_page)


def _decode(data: bytes, source: str) -> str:
    """JSON is UTF-8 (with or without BOM), or UTF-16/32 as json detects it; Windows-1252 as a last try."""
    encoding = json.detect_encoding(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    if encoding.startswith("utf-8"):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    raise FormatError(source, None, FormatErrorCode.UNREADABLE_ENCODING, encoding)


def _looks_like_aid(item: Mapping[str, object]) -> bool:
    return any(key in item for key in ("id", "slug", "name"))


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


_RECURRENCES: Final[dict[str, Recurrence]] = {
    "oneoff": Recurrence.ONEOFF,
    "one off": Recurrence.ONEOFF,
    "ponctuelle": Recurrence.ONEOFF,
    "ponctuel": Recurrence.ONEOFF,
    "ongoing": Recurrence.ONGOING,
    "permanente": Recurrence.ONGOING,
    "permanent": Recurrence.ONGOING,
    "recurring": Recurrence.RECURRING,
    "recurrente": Recurrence.RECURRING,
    "recurrent": Recurrence.RECURRING,
}
_TRUE_WORDS: Final = frozenset({"true", "1", "oui", "yes", "vrai"})
_FALSE_WORDS: Final = frozenset({"false", "0", "non", "no", "faux", ""})


class _Reader:
    """Reads the fields of one aid; knows where the aid is, to put a line number on an error."""

    def __init__(self, text: str, source: str, position: tuple[_Locator, int] | None) -> None:
        self._text = text
        self._source = source
        self._position = position

    def _error(self, code: FormatErrorCode, key: str, value: object = "") -> FormatError:
        if self._position is None:
            line = _line_of_member(self._text, key) or 1
        else:
            locator, index = self._position
            line = locator.field_line(index, key)
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)[:200]
        return FormatError(self._source, line, code, key, shown if value != "" else "")

    def record(self, aid: dict[str, object]) -> AidRecord:
        source_id = self._identifier(aid)
        slug = self._text_field(aid, "slug")
        if not source_id and not slug:
            raise self._error(FormatErrorCode.MISSING_FIELD, "id")
        name = self._text_field(aid, "name")
        if not name:
            raise self._error(FormatErrorCode.MISSING_FIELD, "name")
        lower = self._rate(aid, "subvention_rate_lower_bound")
        upper = self._rate(aid, "subvention_rate_upper_bound")
        return AidRecord(
            source_id=source_id,
            slug=slug,
            name=name,
            url=_absolute(self._text_field(aid, "url")),
            short_title=self._text_field(aid, "short_title"),
            financers=self._names(aid, "financers"),
            instructors=self._names(aid, "instructors"),
            description=html_to_text(self._text_field(aid, "description")),
            eligibility=html_to_text(self._text_field(aid, "eligibility")),
            perimeter=self._name(aid, "perimeter"),
            categories=self._names(aid, "categories"),
            is_call_for_project=self._flag(aid, "is_call_for_project"),
            application_url=self._text_field(aid, "application_url"),
            origin_url=self._text_field(aid, "origin_url"),
            targeted_audiences=self._names(aid, "targeted_audiences"),
            aid_types=self._names(aid, "aid_types"),
            destinations=self._names(aid, "destinations"),
            start_date=self._date(aid, "start_date"),
            predeposit_date=self._date(aid, "predeposit_date"),
            submission_deadline=self._date(aid, "submission_deadline"),
            subvention_rate_lower_bound=lower,
            subvention_rate_upper_bound=upper,
            recurrence=_RECURRENCES.get(normalize_org_name(self._name(aid, "recurrence"))),
            contact=html_to_text(self._text_field(aid, "contact")),
            date_updated=self._instant(aid, "date_updated"),
        )

    def _identifier(self, aid: Mapping[str, object]) -> str:
        value = aid.get("id")
        if value is None or isinstance(value, bool):
            return ""
        if isinstance(value, int):
            return str(value)
        if isinstance(value, str):
            return value.strip()
        raise self._error(FormatErrorCode.BAD_VALUE, "id", value)

    def _text_field(self, aid: Mapping[str, object], key: str) -> str:
        value = aid.get(key)
        if value is None:
            return ""
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        raise self._error(FormatErrorCode.BAD_VALUE, key, value)

    def _name(self, aid: Mapping[str, object], key: str) -> str:
        """A string, or an object with a "name" (perimeter, recurrence {id, name})."""
        value = aid.get(key)
        if isinstance(value, dict):
            name = value.get("name")
            if isinstance(name, str):
                return name.strip()
            if name is None:
                return ""
            raise self._error(FormatErrorCode.BAD_VALUE, key, value)
        return self._text_field(aid, key)

    def _names(self, aid: Mapping[str, object], key: str) -> tuple[str, ...]:
        """A list of names, or of objects with a "name"; a lone string is a list of one."""
        value = aid.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value.strip(),) if value.strip() else ()
        if not isinstance(value, list):
            raise self._error(FormatErrorCode.BAD_VALUE, key, value)
        names: list[str] = []
        for item in value:
            if isinstance(item, dict):
                item = item.get("name")
            if isinstance(item, str):
                if item.strip():
                    names.append(item.strip())
            elif item is not None:
                raise self._error(FormatErrorCode.BAD_VALUE, key, value)
        return tuple(names)

    def _flag(self, aid: Mapping[str, object], key: str) -> bool:
        value = aid.get(key)
        if value is None:
            return False
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str):
            word = value.strip().lower()
            if word in _TRUE_WORDS:
                return True
            if word in _FALSE_WORDS:
                return False
        raise self._error(FormatErrorCode.BAD_VALUE, key, value)

    def _rate(self, aid: Mapping[str, object], key: str) -> int | None:
        value = aid.get(key)
        if value is None:
            return None
        if isinstance(value, bool):
            raise self._error(FormatErrorCode.BAD_VALUE, key, value)
        if isinstance(value, int):
            return value
        if isinstance(value, float) and math.isfinite(value):
            return round(value)
        if isinstance(value, str):
            body = value.strip().rstrip("%").strip()
            if not body:
                return None
            if body.isdigit():
                return int(body)
        raise self._error(FormatErrorCode.BAD_VALUE, key, value)

    def _date(self, aid: Mapping[str, object], key: str) -> date | None:
        value = aid.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            parsed = _read_date(value.strip())
            if parsed is not None:
                return parsed
        raise self._error(FormatErrorCode.BAD_DATE, key, value)

    def _instant(self, aid: Mapping[str, object], key: str) -> datetime | None:
        value = aid.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                instant = datetime.fromisoformat(value.strip())
            except ValueError:
                instant = None
            if instant is not None:
                # A naive instant is taken as UTC, which is what the API writes when it omits the offset.
                if instant.tzinfo is None:
                    return instant.replace(tzinfo=UTC)
                return instant.astimezone(UTC)
            day = _read_date(value.strip())
            if day is not None:
                return datetime(day.year, day.month, day.day, tzinfo=UTC)
        raise self._error(FormatErrorCode.BAD_DATE, key, value)


def _read_date(text: str) -> date | None:
    """ "2026-12-31", "31/12/2026" (and the other French forms of parse_date), or a full ISO datetime.

    A datetime keeps its own calendar day (the funder's), whatever its offset.
    """
    if len(text) == 10 and text[4] == "-":
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    if len(text) > 10 and text[4] == "-" and text[10] in "T ":
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            return None
    try:
        return parse_date(text)
    except InvalidValue:
        return None


def _absolute(url: str) -> str:
    if url.startswith("/"):
        return AIDES_TERRITOIRES_URL + url
    return url


# -- lines of errors ---------------------------------------------------------------------------------

_WHITESPACE: Final = re.compile(r"[ \t\n\r]*")
_DECODER: Final = json.JSONDecoder()


def _skip(text: str, position: int) -> int:
    match = _WHITESPACE.match(text, position)
    return match.end() if match else position


def _line_at(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _member_offset(text: str, start: int, key: str) -> int | None:
    """Offset of the value of `key` in the object starting at `start` (the last one, like json)."""
    if not text.startswith("{", start):
        return None
    found: int | None = None
    position = _skip(text, start + 1)
    while text.startswith('"', position):
        name, position = _DECODER.raw_decode(text, position)
        position = _skip(text, _skip(text, position) + 1)  # past ':'
        if name == key:
            found = position
        _, position = _DECODER.raw_decode(text, position)
        position = _skip(text, position)
        if text.startswith(",", position):
            position = _skip(text, position + 1)
    return found


def _line_of_member(text: str, key: str) -> int | None:
    """Line of the value of a member of the top-level object."""
    start = _skip(text, 0)
    offset = _member_offset(text, start, key)
    return None if offset is None else _line_at(text, offset)


class _Locator:
    """Offsets of the aids in the text, computed once, on the first error only."""

    def __init__(self, text: str, wrapped: bool) -> None:
        self._text = text
        self._wrapped = wrapped
        self._offsets: list[int] | None = None

    def _items(self) -> list[int]:
        if self._offsets is None:
            text = self._text
            start = _skip(text, 0)
            if self._wrapped:
                start = _member_offset(text, start, "results") or start
            offsets: list[int] = []
            position = _skip(text, start + 1)
            while position < len(text) and not text.startswith("]", position):
                offsets.append(position)
                _, position = _DECODER.raw_decode(text, position)
                position = _skip(text, position)
                if text.startswith(",", position):
                    position = _skip(text, position + 1)
            self._offsets = offsets
        return self._offsets

    def item_line(self, index: int) -> int:
        return _line_at(self._text, self._items()[index])

    def field_line(self, index: int, key: str) -> int:
        start = self._items()[index]
        offset = _member_offset(self._text, start, key)
        return _line_at(self._text, start if offset is None else offset)


# -- deriving and filtering --------------------------------------------------------------------------


def normalize_org_name(name: str) -> str:
    """Fold a name for matching: lowercase, no accents, punctuation as spaces, one space between words.

    "Conseil départemental de l'Hérault" and "CONSEIL DEPARTEMENTAL DE L HERAULT" give the same
    "conseil departemental de l herault". It is exactly domain.text_search.fold, the normalization the
    storage layer keeps for funder names, so that a financer read here matches an existing funder there.
    """
    return fold(name)


_INVESTMENT_WORDS: Final = ("invest", "travaux", "works")
_OPERATING_WORDS: Final = ("fonctionnement", "supply", "operating")


def funding_type(record: AidRecord) -> FundingType | None:
    """Investissement, fonctionnement or both, from the aid's destinations; None when they say neither.

    Aides-territoires writes "Dépenses d'investissement" / "Dépenses de fonctionnement" (codes
    "investment" / "supply"); older files say "Travaux" for works.
    """
    investment = operating = False
    for destination in record.destinations:
        folded = normalize_org_name(destination)
        investment = investment or any(word in folded for word in _INVESTMENT_WORDS)
        operating = operating or any(word in folded for word in _OPERATING_WORDS)
    if investment and operating:
        return FundingType.BOTH
    if investment:
        return FundingType.INVESTMENT
    if operating:
        return FundingType.OPERATING
    return None


_ASSOCIATION: Final = frozenset({"association", "associations"})


def matches(record: AidRecord, aid_filter: AidFilter) -> bool:
    """Whether the aid passes every criterion of the filter (accents and case never matter)."""
    if aid_filter.calls_only and not record.is_call_for_project:
        return False
    if aid_filter.audience_association_only and not any(
        normalize_org_name(audience) in _ASSOCIATION for audience in record.targeted_audiences
    ):
        return False
    wanted_perimeter = normalize_org_name(aid_filter.perimeter_contains)
    if wanted_perimeter and wanted_perimeter not in normalize_org_name(record.perimeter):
        return False
    if aid_filter.categories:
        wanted = {normalize_org_name(category) for category in aid_filter.categories}
        if not wanted & _category_keys(record.categories):
            return False
    return True


def _category_keys(categories: tuple[str, ...]) -> set[str]:
    """Each "Thème|Catégorie" answers to the theme, to the category and to the pair."""
    keys: set[str] = set()
    for category in categories:
        keys.add(normalize_org_name(category))
        keys.update(normalize_org_name(part) for part in category.split("|"))
    keys.discard("")
    return keys
