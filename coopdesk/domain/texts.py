"""The library of reusable texts and the sections of applications filled from it.

Rows and inputs, the checks of what a volunteer types, the counts portals care about (characters with
and without spaces, words), the "to review" rule and a word-by-word comparison of two versions.
Search excerpts carry two control characters around each match (`MATCH_START`, `MATCH_END`): the
window escapes the text before turning them into bold, the command line turns them into « ».
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from coopdesk.domain.enums import TextCategory
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode
from coopdesk.domain.text_search import fold

MAX_TITLE = 300
MAX_TAGS = 500
MAX_BODY = 200_000
MAX_CHAR_LIMIT = 100_000

MATCH_START = "\x02"
MATCH_END = "\x03"

# Control characters other than tab and new line: never part of a text a volunteer means to keep
# (and the two match markers must not come from the user).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# -- rows and inputs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextBlockInput:
    title: str
    category: TextCategory
    body: str
    tags: tuple[str, ...] = ()
    last_reviewed_on: dt.date | None = None
    author: str = ""


@dataclass(frozen=True)
class TextBlockRow:
    id: int
    title: str
    category: TextCategory
    tags: tuple[str, ...]
    body: str
    current_version: int
    last_reviewed_on: dt.date | None
    updated_at: dt.datetime
    author: str
    version: int


@dataclass(frozen=True)
class TextBlockVersionRow:
    text_block_id: int
    number: int
    body: str
    author: str
    created_at: dt.datetime


@dataclass(frozen=True)
class TextSearchHit:
    """One text found by a search: `excerpt` holds MATCH_START/MATCH_END around each match."""

    id: int
    title: str
    category: TextCategory
    excerpt: str
    current_version: int


@dataclass(frozen=True)
class SectionInput:
    title: str
    body: str = ""
    char_limit: int | None = None


@dataclass(frozen=True)
class SectionRow:
    """A section of an application; `library_version` is the text block's current version, if any."""

    id: int
    application_id: int
    position: int
    title: str
    body: str
    char_limit: int | None
    text_block_id: int | None
    text_block_version: int | None
    text_block_title: str
    library_version: int | None
    version: int

    @property
    def newer_in_library(self) -> bool:
        return (
            self.library_version is not None
            and self.text_block_version is not None
            and self.library_version > self.text_block_version
        )


# -- counts and limits -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextCounts:
    characters: int
    characters_without_spaces: int
    words: int

    def over(self, limit: int | None) -> int:
        """How many characters beyond `limit` (0 when within it or without limit)."""
        if limit is None:
            return 0
        return max(0, self.characters - limit)


def count_text(text: str) -> TextCounts:
    """Characters as portals count them (every character, new lines included), then without any white
    space, then words (an apostrophe or a hyphen joins: "l'association" and "porte-à-porte" are one).
    Accents count once however they were typed (the text is composed first)."""
    text = unicodedata.normalize("NFC", text)
    return TextCounts(
        characters=len(text),
        characters_without_spaces=sum(1 for char in text if not char.isspace()),
        words=len(text.split()),
    )


# -- review ------------------------------------------------------------------------------------------


def review_due_on(last_reviewed_on: dt.date, months: int) -> dt.date:
    """The day a text reviewed on `last_reviewed_on` must be read again (end of month when shorter)."""
    month_index = last_reviewed_on.month - 1 + months
    year, month = last_reviewed_on.year + month_index // 12, month_index % 12 + 1
    for day in range(last_reviewed_on.day, 0, -1):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def needs_review(last_reviewed_on: dt.date | None, today: dt.date, months: int) -> bool:
    """A text never reviewed, or last reviewed `months` months ago or more, is to review."""
    if last_reviewed_on is None:
        return True
    return today >= review_due_on(last_reviewed_on, months)


# -- categories --------------------------------------------------------------------------------------


def parse_category(text: str, labels: dict[TextCategory, str]) -> TextCategory | None:
    """The category whose key or label (in `labels`) matches `text`, ignoring case and accents."""
    wanted = fold(text)
    if not wanted:
        return None
    for category in TextCategory:
        if wanted in (fold(category.value), fold(labels.get(category, ""))):
            return category
    return None


# -- input checks ------------------------------------------------------------------------------------


def clean_body(text: str) -> str:
    """Line ends made "\\n", control characters removed, blank lines at both ends and trailing spaces
    of each line dropped; everything else (emoji, < > &, inner spacing) kept exactly as typed."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def clean_tags(tags: tuple[str, ...] | list[str] | str) -> tuple[str, ...]:
    """Tags trimmed, without duplicates (ignoring case and accents), in the order given."""
    raw = tags.split(",") if isinstance(tags, str) else list(tags)
    kept: list[str] = []
    seen: set[str] = set()
    for tag in raw:
        tag = " ".join(_CONTROL.sub("", tag).replace(",", " ").split())
        key = fold(tag)
        if tag and key not in seen:
            seen.add(key)
            kept.append(tag)
    return tuple(kept)


def _one_line(text: str) -> str:
    return " ".join(_CONTROL.sub("", text).split())


def _bad(errors: dict[str, InvalidValue], name: str, value: str, code: InvalidValueCode) -> None:
    errors.setdefault(name, InvalidValue(name, value[:80], code))


def _check_title(errors: dict[str, InvalidValue], raw: str) -> str:
    title = _one_line(raw)
    if not title:
        _bad(errors, "title", raw, InvalidValueCode.REQUIRED)
    elif len(title) > MAX_TITLE:
        _bad(errors, "title", raw, InvalidValueCode.TOO_LONG)
    return title


def validate_text_block(data: TextBlockInput) -> TextBlockInput:
    """The text cleaned, or FieldErrors: a title (300 characters at most) and a body are required."""
    errors: dict[str, InvalidValue] = {}
    title = _check_title(errors, data.title)
    body = clean_body(data.body)
    if not body.strip():
        _bad(errors, "body", data.body, InvalidValueCode.REQUIRED)
    elif len(body) > MAX_BODY:
        _bad(errors, "body", body, InvalidValueCode.TOO_LONG)
    tags = clean_tags(data.tags)
    if len(", ".join(tags)) > MAX_TAGS:
        _bad(errors, "tags", ", ".join(tags), InvalidValueCode.TOO_LONG)
    if errors:
        raise FieldErrors(errors)
    return dataclasses.replace(data, title=title, body=body, tags=tags, author=_one_line(data.author)[:200])


def validate_section(data: SectionInput) -> SectionInput:
    """The section cleaned, or FieldErrors: a title is required; a limit is 1 to 100,000 characters."""
    errors: dict[str, InvalidValue] = {}
    title = _check_title(errors, data.title)
    body = clean_body(data.body)
    if len(body) > MAX_BODY:
        _bad(errors, "body", body, InvalidValueCode.TOO_LONG)
    if data.char_limit is not None and not 1 <= data.char_limit <= MAX_CHAR_LIMIT:
        _bad(errors, "char_limit", str(data.char_limit), InvalidValueCode.OUT_OF_RANGE)
    if errors:
        raise FieldErrors(errors)
    return dataclasses.replace(data, title=title, body=body)


# -- comparison --------------------------------------------------------------------------------------


class DiffKind(StrEnum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True)
class DiffPiece:
    kind: DiffKind
    text: str


_TOKENS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> tuple[list[DiffPiece], list[DiffPiece]]:
    """Both texts cut into pieces, word by word: the old one with what was removed marked, the new one
    with what was added marked. Joining the texts of a side gives that side back exactly."""
    old_tokens, new_tokens = _TOKENS.findall(old), _TOKENS.findall(new)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    left: list[DiffPiece] = []
    right: list[DiffPiece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part, new_part = "".join(old_tokens[i1:i2]), "".join(new_tokens[j1:j2])
        if tag == "equal":
            _append(left, DiffKind.SAME, old_part)
            _append(right, DiffKind.SAME, new_part)
        else:
            _append(left, DiffKind.REMOVED, old_part)
            _append(right, DiffKind.ADDED, new_part)
    return left, right


def _append(pieces: list[DiffPiece], kind: DiffKind, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1].kind == kind:
        pieces[-1] = DiffPiece(kind, pieces[-1].text + text)
    else:
        pieces.append(DiffPiece(kind, text))


def excerpt_parts(excerpt: str) -> list[tuple[str, bool]]:
    """The excerpt of a search hit as (text, is_match) parts, markers removed."""
    parts: list[tuple[str, bool]] = []
    for index, chunk in enumerate(re.split(f"[{MATCH_START}{MATCH_END}]", excerpt)):
        if chunk:
            parts.append((chunk, index % 2 == 1))
    return parts
