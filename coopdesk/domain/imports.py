"""Rows of the Aides-territoires import: what the preview shows, what the import reports.

The import works in two calls: a PREVIEW (files read, every aid matched to the calls imported earlier,
nothing written), then APPLY of the aids the user kept. Each candidate carries the call exactly as the
import would write it (`call`, already validated, without its funder id) and where it comes from
(`source`), so that apply needs nothing but the preview.

Matching: by the aid's `id`, then by its `slug`. A candidate is NEW (no call yet), UPDATED (a field the
import writes differs from the call in the database) or UNCHANGED. Fields the import writes: title, web
address, opening, pre-deposit and deadline dates, rates, funding type (when the aid says), eligibility,
description, recurrence, the source id and slug. Fields it never overwrites on an existing call: its
funder once set, its reference, amounts, multi-year flag, and archived flag (what the user chose stays).
A call previously imported (source id or slug set, not archived) that none of the files holds any more
has DISAPPEARED: it is reported, never deleted nor archived by the import (a file may hold another
search, or one page of a longer list; an aid whose deadline passed also leaves the catalogue).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from coopdesk.domain.calls import CallInput, ImportedSource
from coopdesk.domain.enums import FunderKind


class MatchStatus(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class DeadlineChange:
    old: dt.date | None
    new: dt.date | None


@dataclass(frozen=True)
class AidCandidate:
    """One aid of the files, as the preview shows it (a line the user may tick or untick)."""

    key: str  # the aid's id, or its slug when the file has no id: what `apply` selects by
    source_file: str
    source_id: str
    slug: str
    name: str
    financers: tuple[str, ...]
    deadline: dt.date | None
    perimeter: str
    categories: tuple[str, ...]
    is_call_for_project: bool
    audiences: tuple[str, ...]
    url: str
    status: MatchStatus
    passes_filter: bool  # ticked by default
    call: CallInput  # what the import writes (funder_id None: see funder_name)
    source: ImportedSource
    funder_name: str = ""  # the first financer: the call's funder, matched by folded name or created
    funder_id: int | None = None  # the funder the call is (or will be) linked to, when one exists
    funding_type_known: bool = True  # False: the aid does not say (an update keeps the call's own)
    call_id: int | None = None  # the call imported earlier, when matched
    deadline_change: DeadlineChange | None = None  # an UPDATED call whose deadline moves

    @property
    def needs_new_funder(self) -> bool:
        """Importing it creates a funder: a call to write, a financer named, no funder of that name."""
        return self.status is not MatchStatus.UNCHANGED and self.funder_id is None and bool(self.funder_name)


@dataclass(frozen=True)
class DisappearedCall:
    """A call imported earlier that the files no longer hold (the user may archive it: version given)."""

    call_id: int
    title: str
    deadline: dt.date | None
    source_id: str | None
    slug: str | None
    version: int


@dataclass(frozen=True)
class FunderToCreate:
    """A financer that no funder's name matches: created (with this guessed kind) if a call needs it."""

    name: str
    kind: FunderKind
    for_keys: tuple[str, ...]  # the candidates whose call would be linked to it


@dataclass(frozen=True)
class AidsFileSummary:
    source: str
    aids: int  # aids in the file
    total: int | None  # what the API said the whole search holds (None for a bare list)
    partial: bool  # one page of a longer list: the other pages were not saved


@dataclass(frozen=True)
class AidesPreview:
    files: tuple[AidsFileSummary, ...]
    candidates: tuple[AidCandidate, ...]  # in file order, one per aid (an aid twice: the newest kept)
    disappeared: tuple[DisappearedCall, ...]
    funders_to_create: tuple[FunderToCreate, ...]  # for the candidates that pass the filter
    duplicates: int = 0  # aids found more than once across the files

    @property
    def default_selection(self) -> set[str]:
        return {candidate.key for candidate in self.candidates if candidate.passes_filter}

    def selected(self, keys: set[str] | None) -> list[AidCandidate]:
        """The candidates of `keys` (None: those passing the filter), in file order."""
        chosen = self.default_selection if keys is None else keys
        return [candidate for candidate in self.candidates if candidate.key in chosen]

    def planned_report(self, keys: set[str] | None = None) -> AidesImportReport:
        """What apply would report for this selection if the database does not change meanwhile."""
        chosen = self.selected(keys)
        funder_of = {key: funder.name for funder in self.funders_to_create for key in funder.for_keys}
        needed: list[str] = []  # in the order apply creates them: that of the first call needing each
        for candidate in chosen:
            name = funder_of.get(candidate.key)
            if name is not None and name not in needed:
                needed.append(name)
        return summarize(
            chosen,
            disappeared=self.disappeared,
            funders_created=tuple(needed),
            skipped=len(self.candidates) - len(chosen),
        )


@dataclass(frozen=True)
class DeadlineMove:
    title: str
    old: dt.date | None
    new: dt.date | None


@dataclass(frozen=True)
class AidesImportReport:
    new_titles: tuple[str, ...]
    deadline_moves: tuple[DeadlineMove, ...]
    updated_titles: tuple[str, ...]  # changed without a deadline move (description, dates, rates…)
    disappeared: tuple[DisappearedCall, ...]
    unchanged: int
    funders_created: tuple[str, ...]
    skipped: int = 0  # aids of the files left out (filter or unticked)

    @property
    def new(self) -> int:
        return len(self.new_titles)

    @property
    def updated(self) -> int:
        return len(self.deadline_moves) + len(self.updated_titles)

    @property
    def nothing_new(self) -> bool:
        """Every kept aid is already up to date: the import wrote (or would write) nothing."""
        return not self.new_titles and not self.updated and not self.funders_created


def summarize(
    candidates: list[AidCandidate],
    *,
    disappeared: tuple[DisappearedCall, ...],
    funders_created: tuple[str, ...],
    skipped: int,
) -> AidesImportReport:
    """The report of importing these candidates (statuses as matched)."""
    new_titles: list[str] = []
    moves: list[DeadlineMove] = []
    updated: list[str] = []
    unchanged = 0
    for candidate in candidates:
        if candidate.status is MatchStatus.NEW:
            new_titles.append(candidate.call.title)
        elif candidate.status is MatchStatus.UNCHANGED:
            unchanged += 1
        elif candidate.deadline_change is not None:
            change = candidate.deadline_change
            moves.append(DeadlineMove(candidate.call.title, change.old, change.new))
        else:
            updated.append(candidate.call.title)
    return AidesImportReport(
        new_titles=tuple(new_titles),
        deadline_moves=tuple(moves),
        updated_titles=tuple(updated),
        disappeared=disappeared,
        unchanged=unchanged,
        funders_created=funders_created,
        skipped=skipped,
    )
