"""Import of Aides-territoires files: a preview to choose from, then one transaction.

`preview` reads every file first (a malformed one raises FormatError, naming the file and the line,
before the database is even opened), matches each aid to the calls imported earlier (by id, then slug)
and to the funders (by folded name), and writes nothing. `apply` writes the aids the user kept in one
transaction: all of them or, on any error, none. It matches again inside that transaction, so that an
import made meanwhile from another PC is not duplicated. Re-importing the same file writes nothing at
all: no call is touched, no version goes up.

The call's funder is the aid's first financer (Aides-territoires lists the main funder first). It is
matched to an existing funder by its folded name ("CONSEIL DEPARTEMENTAL DE L'HERAULT" is "Conseil
départemental de l'Hérault"), or created with a kind guessed from its name
(coopdesk.domain.funder_kind_guess) when a call kept by the user needs it. Co-financers are shown in
the preview but create no funder: a funder list is the association's address book, not a copy of the
national catalogue. See coopdesk.domain.imports for what an update overwrites and what it keeps, and for
calls that disappeared (reported, never archived by the import).

Everything is batched: one query for the calls imported earlier, one for the funders' names, one insert
and one update statement for the calls, so that 2,000 aids import in well under the 5 s budget.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

from sqlalchemy.orm import Session

from coopdesk.domain.calls import MAX_TITLE, MAX_URL, CallInput, CallRow, ImportedSource, validate_call
from coopdesk.domain.contact_details import normalize_website
from coopdesk.domain.enums import FundingType, Recurrence
from coopdesk.domain.errors import FieldErrors, InvalidValue
from coopdesk.domain.funder_kind_guess import guess_funder_kind, guess_funder_level
from coopdesk.domain.funders import MAX_NAME, FunderInput, validate_funder
from coopdesk.domain.imports import (
    AidCandidate,
    AidesImportReport,
    AidesPreview,
    AidsFileSummary,
    DeadlineChange,
    DisappearedCall,
    FunderToCreate,
    MatchStatus,
    summarize,
)
from coopdesk.domain.text_search import fold
from coopdesk.formats.aides_territoires import (
    AidFilter,
    AidRecord,
    AidsFile,
    funding_type,
    matches,
    parse_aids,
)
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import call_repository, funder_repository

MAX_SOURCE_ID: Final = 50  # the widths of call.source_id and call.source_slug
MAX_SLUG: Final = 300
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ELLIPSIS: Final = "…"


class AidesImportService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def preview(
        self,
        files: Sequence[tuple[str, bytes]],
        aid_filter: AidFilter | None = None,
        today: dt.date | None = None,
    ) -> AidesPreview:
        """Read the files (name, content), match every aid, write nothing.

        Raises FormatError for the first file that cannot be read (source and line set); the database
        is not opened then.
        """
        wanted = aid_filter or AidFilter()
        parsed = [(source, parse_aids(data, source)) for source, data in files]
        records, duplicates = _distinct(parsed)
        candidates = [_candidate(source, record, wanted) for source, record in records]
        with self._database.session() as session:
            existing = call_repository.imported_calls(session, today or dt.date.today())
            funder_ids = funder_repository.ids_by_normalized_name(session)
        matched, disappeared = _match(candidates, existing, funder_ids)
        return AidesPreview(
            files=tuple(_summary(source, aids) for source, aids in parsed),
            candidates=tuple(matched),
            disappeared=tuple(disappeared),
            funders_to_create=_funders_to_create(matched),
            duplicates=duplicates,
        )

    def apply(
        self,
        preview: AidesPreview,
        selected_source_ids: set[str] | None = None,
        today: dt.date | None = None,
    ) -> AidesImportReport:
        """Import the candidates of `selected_source_ids` (their keys; None: those passing the filter)
        in one transaction, and report what was done. Unchanged calls are not touched."""
        chosen = preview.default_selection if selected_source_ids is None else selected_source_ids
        created: list[str] = []
        with self._database.session() as session:
            existing = call_repository.imported_calls(session, today or dt.date.today())
            funder_ids = funder_repository.ids_by_normalized_name(session)
            matched, disappeared = _match(list(preview.candidates), existing, funder_ids)
            selected = [candidate for candidate in matched if candidate.key in chosen]
            rows = {row.id: row for row in existing}
            inserts: list[tuple[CallInput, ImportedSource]] = []
            updates: list[tuple[int, CallInput, ImportedSource]] = []
            for candidate in selected:
                if candidate.status is MatchStatus.UNCHANGED:
                    continue
                funder_id = candidate.funder_id
                if funder_id is None and candidate.funder_name:
                    funder_id = _create_funder(session, candidate.funder_name, funder_ids, created)
                if candidate.status is MatchStatus.NEW:
                    inserts.append(
                        (dataclasses.replace(candidate.call, funder_id=funder_id), candidate.source)
                    )
                else:
                    assert candidate.call_id is not None
                    row = rows[candidate.call_id]
                    updates.append(
                        (row.id, _merged(candidate, row, funder_id), _merged_source(candidate, row))
                    )
            call_repository.insert_imported_many(session, inserts)
            call_repository.update_imported_many(session, updates)
        return summarize(
            selected,
            disappeared=tuple(disappeared),
            funders_created=tuple(created),
            skipped=len(matched) - len(selected),
        )


# -- reading -------------------------------------------------------------------------------------------


def _summary(source: str, aids: AidsFile) -> AidsFileSummary:
    return AidsFileSummary(source=source, aids=len(aids.aids), total=aids.count, partial=aids.is_partial)


def _newer(record: AidRecord, than: AidRecord) -> bool:
    """Whether `record` is at least as recent as `than` (an undated copy never wins over a dated one)."""
    if record.date_updated is None:
        return than.date_updated is None
    return than.date_updated is None or record.date_updated >= than.date_updated


def _distinct(parsed: list[tuple[str, AidsFile]]) -> tuple[list[tuple[str, AidRecord]], int]:
    """Each aid once (by id, then slug), at its first place; the most recently updated copy is kept."""
    kept: list[tuple[str, AidRecord]] = []
    by_id: dict[str, int] = {}
    by_slug: dict[str, int] = {}
    duplicates = 0
    for source, aids in parsed:
        for record in aids.aids:
            index = by_id.get(record.source_id) if record.source_id else None
            if index is None and record.slug:
                index = by_slug.get(record.slug)
            if index is not None:
                duplicates += 1
                if _newer(record, kept[index][1]):
                    kept[index] = (source, record)
                continue
            if record.source_id:
                by_id[record.source_id] = len(kept)
            if record.slug:
                by_slug[record.slug] = len(kept)
            kept.append((source, record))
    return kept, duplicates


def _plain(text: str) -> str:
    return " ".join(_CONTROL.sub("", text).split())


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + _ELLIPSIS


def _web_address(record: AidRecord) -> str:
    """The aid's page on Aides-territoires, else the funder's page, else the application form."""
    for candidate in (record.url, record.origin_url, record.application_url):
        if not candidate.strip():
            continue
        try:
            url = normalize_website(candidate)
        except InvalidValue:
            continue
        if len(url) <= MAX_URL:
            return url
    return ""


# A field the rules refuse is dropped rather than the whole aid: the dates and rates of the catalogue are
# sometimes inconsistent (an opening after the deadline, a lower rate above the upper one).
_DROPPED_ON_ERROR: Final[dict[str, tuple[str, ...]]] = {
    "opens_on": ("opens_on",),
    "predeposit_on": ("predeposit_on", "opens_on"),
    "deadline": ("opens_on", "predeposit_on"),
    "rate_min_percent": ("rate_min_percent", "rate_max_percent"),
    "rate_max_percent": ("rate_min_percent", "rate_max_percent"),
    "url": ("url",),
}
_EMPTY: Final[dict[str, object]] = {"url": ""}


def _valid_call(data: CallInput) -> CallInput:
    for _ in range(len(_DROPPED_ON_ERROR) + 1):
        try:
            return validate_call(data)
        except FieldErrors as errors:
            dropped: dict[str, object] = {}
            for name in errors.errors:
                for field in _DROPPED_ON_ERROR.get(name, ()):
                    dropped[field] = _EMPTY.get(field)
            if not dropped:
                raise
            data = dataclasses.replace(data, **dropped)  # type: ignore[arg-type]
    return validate_call(data)


def _candidate(source_file: str, record: AidRecord, aid_filter: AidFilter) -> AidCandidate:
    """The aid as the preview shows it, with the call the import would write; not matched yet (NEW)."""
    kind = funding_type(record)
    call = _valid_call(
        CallInput(
            title=_cut(_plain(record.name), MAX_TITLE),
            url=_web_address(record),
            opens_on=record.start_date,
            predeposit_on=record.predeposit_date,
            deadline=record.submission_deadline,
            rate_min_percent=record.subvention_rate_lower_bound,
            rate_max_percent=record.subvention_rate_upper_bound,
            funding_type=kind or FundingType.OPERATING,
            eligibility=record.eligibility,
            description=record.description,
            recurrence=record.recurrence or Recurrence.ONEOFF,
        )
    )
    source_id = record.source_id[:MAX_SOURCE_ID]
    slug = record.slug[:MAX_SLUG]
    financers = tuple(name for name in (_plain(financer) for financer in record.financers) if name)
    return AidCandidate(
        key=record.source_id or record.slug,
        source_file=source_file,
        source_id=record.source_id,
        slug=record.slug,
        name=_plain(record.name),
        financers=financers,
        deadline=record.submission_deadline,
        perimeter=record.perimeter,
        categories=record.categories,
        is_call_for_project=record.is_call_for_project,
        audiences=record.targeted_audiences,
        url=call.url,
        status=MatchStatus.NEW,
        passes_filter=matches(record, aid_filter),
        call=call,
        source=ImportedSource(source_id or None, slug or None, record.date_updated),
        funder_name=financers[0] if financers else "",
        funding_type_known=kind is not None,
    )


# -- matching ------------------------------------------------------------------------------------------


def _differs(candidate: AidCandidate, row: CallRow) -> bool:
    """Whether importing the candidate would change the call (imported fields only)."""
    call = candidate.call
    return (
        call.title != row.title
        or call.url != row.url
        or call.opens_on != row.opens_on
        or call.predeposit_on != row.predeposit_on
        or call.deadline != row.deadline
        or call.rate_min_percent != row.rate_min_percent
        or call.rate_max_percent != row.rate_max_percent
        or (candidate.funding_type_known and call.funding_type != row.funding_type)
        or call.eligibility != row.eligibility
        or call.description != row.description
        or call.recurrence != row.recurrence
        or (candidate.source.source_id is not None and candidate.source.source_id != row.source_id)
        or (candidate.source.slug is not None and candidate.source.slug != row.source_slug)
        or (row.funder_id is None and bool(candidate.funder_name))
    )


def _match(
    candidates: list[AidCandidate], existing: list[CallRow], funder_ids: dict[str, int]
) -> tuple[list[AidCandidate], list[DisappearedCall]]:
    """Each candidate with its status against the calls imported earlier; the calls none matched."""
    by_id: dict[str, CallRow] = {}
    by_slug: dict[str, CallRow] = {}
    for call in existing:
        if call.source_id:
            by_id.setdefault(call.source_id, call)
        if call.source_slug:
            by_slug.setdefault(call.source_slug, call)
    taken: set[int] = set()
    matched: list[AidCandidate] = []
    for candidate in candidates:
        source = candidate.source
        row: CallRow | None = by_id.get(source.source_id) if source.source_id else None
        if row is None and source.slug:
            row = by_slug.get(source.slug)
        if row is not None and row.id in taken:  # two aids claiming one call: the second is new
            row = None
        if row is None:
            funder_id = funder_ids.get(fold(candidate.funder_name)) if candidate.funder_name else None
            matched.append(
                dataclasses.replace(
                    candidate, status=MatchStatus.NEW, call_id=None, funder_id=funder_id, deadline_change=None
                )
            )
            continue
        taken.add(row.id)
        funder_id = row.funder_id
        if funder_id is None and candidate.funder_name:
            funder_id = funder_ids.get(fold(candidate.funder_name))
        changed = _differs(candidate, row)
        moved = changed and row.deadline != candidate.call.deadline
        matched.append(
            dataclasses.replace(
                candidate,
                status=MatchStatus.UPDATED if changed else MatchStatus.UNCHANGED,
                call_id=row.id,
                funder_id=funder_id,
                deadline_change=DeadlineChange(row.deadline, candidate.call.deadline) if moved else None,
            )
        )
    disappeared = [
        DisappearedCall(row.id, row.title, row.deadline, row.source_id, row.source_slug, row.version)
        for row in existing
        if row.id not in taken and not row.archived
    ]
    return matched, disappeared


def _funders_to_create(candidates: list[AidCandidate]) -> tuple[FunderToCreate, ...]:
    """The financers no funder matches, for every candidate that would link its call to one."""
    names: dict[str, str] = {}
    keys: dict[str, list[str]] = {}
    for candidate in candidates:
        if candidate.needs_new_funder:
            folded = fold(candidate.funder_name)
            names.setdefault(folded, candidate.funder_name)
            keys.setdefault(folded, []).append(candidate.key)
    return tuple(
        FunderToCreate(name, guess_funder_kind(name), tuple(keys[folded])) for folded, name in names.items()
    )


# -- writing -------------------------------------------------------------------------------------------


def _merged(candidate: AidCandidate, row: CallRow, funder_id: int | None) -> CallInput:
    """The imported fields over what the user chose on the call (funder once set, reference, amounts,
    multi-year, archived; the funding type when the aid does not say)."""
    return dataclasses.replace(
        candidate.call,
        funder_id=row.funder_id if row.funder_id is not None else funder_id,
        reference=row.reference,
        amount_min_cents=row.amount_min_cents,
        amount_max_cents=row.amount_max_cents,
        multi_year=row.multi_year,
        archived=row.archived,
        funding_type=candidate.call.funding_type if candidate.funding_type_known else row.funding_type,
    )


def _merged_source(candidate: AidCandidate, row: CallRow) -> ImportedSource:
    """The source of the aid, keeping an id or slug the call had when the file lacks it."""
    source = candidate.source
    return ImportedSource(
        source.source_id or row.source_id, source.slug or row.source_slug, source.updated_at
    )


def _create_funder(session: Session, name: str, funder_ids: dict[str, int], created: list[str]) -> int:
    """The funder of this (folded) name, created with a guessed kind if none exists yet."""
    folded = fold(name)
    known = funder_ids.get(folded)
    if known is not None:
        return known
    clean_name = _cut(name, MAX_NAME)
    kind = guess_funder_kind(clean_name)
    funder = funder_repository.add(
        session,
        validate_funder(FunderInput(name=clean_name, kind=kind, level=guess_funder_level(clean_name, kind))),
    )
    funder_ids[folded] = funder.id
    funder_ids.setdefault(fold(funder.name), funder.id)
    created.append(funder.name)
    return funder.id
