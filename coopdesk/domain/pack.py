"""The printed application pack: what goes into it, in which order, and what is missing.

Decisions written down here because the pack, the window and the command line rely on them:

- The pack is one PDF, all of it for the funder: a cover, the table of contents, the association's
  identity, the project's sections, the budget, the declaration on honour, the list of pieces, then the
  pieces themselves in the order the user chose. What the association still has to complete (missing
  information, an unbalanced budget, missing, expired or unreadable pieces) is never printed in it: the
  pack dialog and the command line list it (PackPlan.missing, unbalanced_budget, the pieces' states).
- A piece is merged when its file is a readable PDF (as it is) or a PNG/JPEG image (one page, scaled
  to fit). A PDF that cannot be parsed, a PDF that needs a password to be opened or a damaged image is
  *unreadable*: listed as such, never merged, and the pack is still made (a PDF encrypted only against
  changes, which opens without a password as many certificates do, is merged as any viewer shows it).
  Any other file (a spreadsheet, a text document) is listed as "fournie séparément". A piece without a
  document is *missing*.
- Public aid received (the declaration on honour, CERFA 12156, asks for the aid "perçue"): the
  payments actually received by the association (the payments of its applications, by the day they
  were received) from public funders (every kind of funder but foundations, companies and "other")
  in the current fiscal year or in the two before it ("les trois derniers exercices, dont l'exercice
  en cours"), the fiscal years following the association's fiscal year end, whichever application
  they belong to — the application the pack is for included (a payment already received on it is
  public aid received). An amount granted but not yet paid does not count, a multi-year grant counts
  each payment in the year it was received, whatever the application's status, and a refund to the
  funder (« reversement », a negative payment) is taken off the total.
- Kinds of request (CERFA section 0): a request for the association's operation as a whole
  (« fonctionnement global ») carries the association's budget of the financed year (section 5), this
  request's line highlighted; a project request carries that association budget too, then the project's
  budget (section 6) and, for an investment, its plan de financement (in place of the project budget
  when the project has no operating charges, beside it for a mixed project). A year with no association
  budget typed prints what to fill, never an empty grid.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from coopdesk.domain.applications import PieceState
from coopdesk.domain.budget import Budget, BudgetBalance, financed_year
from coopdesk.domain.dates import fiscal_year_containing
from coopdesk.domain.enums import ApplicationStatus, DocumentType, FunderKind, FundingType, RequestObject
from coopdesk.domain.investment import InvestmentPlan
from coopdesk.domain.rows import AssociationProfile

S = ApplicationStatus

PUBLIC_FUNDER_KINDS = frozenset(
    {
        FunderKind.STATE_SERVICE,
        FunderKind.REGION,
        FunderKind.DEPARTMENT,
        FunderKind.INTERCOMMUNALITY,
        FunderKind.MUNICIPALITY,
        FunderKind.CCAS,
        FunderKind.CAF,
        FunderKind.MSA,
        FunderKind.EUROPEAN_FUND,
    }
)
"""Funders whose grants are public aid (foundations, companies and "other" are not)."""

GRANTED_STATUSES = frozenset({S.GRANTED, S.PARTIALLY_GRANTED, S.PAID, S.REPORT_DUE, S.REPORT_FILED, S.CLOSED})
"""Statuses of an application that holds a grant."""

PUBLIC_AID_YEARS = 3
PUBLIC_AID_THRESHOLD_CENTS = 500_000_00
"""The threshold printed on the CERFA 12156 declaration (aides publiques sur trois exercices)."""


class PackPart(StrEnum):
    """The generated parts of the pack, in their order (pieces come after them)."""

    COVER = "cover"
    CONTENTS = "contents"
    IDENTITY = "identity"
    PROJECT = "project"
    BUDGET = "budget"
    DECLARATION = "declaration"
    PIECES_LIST = "pieces_list"


class PieceStatus(StrEnum):
    """What the pack can do with a piece's file."""

    READABLE = "readable"  # merged (a PDF as it is, an image as a page)
    UNREADABLE = "unreadable"  # a damaged or encrypted PDF, a damaged image: listed only
    OTHER = "other"  # another kind of file: listed as "fourni séparément"
    MISSING = "missing"  # no document chosen for the piece


class FileKind(StrEnum):
    PDF = "pdf"
    IMAGE = "image"
    OTHER = "other"


class UnreadableReason(StrEnum):
    DAMAGED = "damaged"
    ENCRYPTED = "encrypted"
    EMPTY = "empty"  # a PDF without any page


@dataclass(frozen=True)
class FileCheck:
    """What reading a piece's file found out."""

    kind: FileKind
    status: PieceStatus
    pages: int = 0  # pages it adds to the pack (0 when not merged)
    reason: UnreadableReason | None = None


@dataclass(frozen=True)
class PieceSource:
    """A piece of the checklist with its document and the digest of its stored file."""

    piece_id: int
    document_type: DocumentType
    label: str
    document_id: int | None
    document_title: str
    filename: str
    media_type: str
    blob_sha256: str | None
    valid_until: dt.date | None
    state: PieceState


@dataclass(frozen=True)
class PlannedPiece:
    """One piece of the checklist as the pack will show it."""

    piece_id: int
    document_type: DocumentType
    label: str
    document_id: int | None
    document_title: str
    filename: str
    valid_until: dt.date | None
    state: PieceState  # provided, expires soon, expired, missing
    status: PieceStatus
    kind: FileKind | None = None  # None when missing
    pages: int = 0
    reason: UnreadableReason | None = None
    include: bool = True

    @property
    def merged(self) -> bool:
        return self.include and self.status is PieceStatus.READABLE and self.pages > 0


@dataclass(frozen=True)
class PackPlan:
    """The parts and pieces of a pack, in order; the user may reorder pieces or leave some out."""

    application_id: int
    parts: tuple[PackPart, ...]
    pieces: tuple[PlannedPiece, ...]
    missing: tuple[MissingItem, ...] = ()  # information to complete (see missing_information)
    unbalanced_budget: BudgetBalance | None = None  # the project budget's balance when it is off
    unbalanced_investment_cents: int = 0  # the plan de financement: expenses − resources when off
    unbalanced_association_budget: BudgetBalance | None = None  # the association budget's, when off

    @property
    def included(self) -> tuple[PlannedPiece, ...]:
        return tuple(piece for piece in self.pieces if piece.include)

    def piece(self, piece_id: int) -> PlannedPiece:
        for piece in self.pieces:
            if piece.piece_id == piece_id:
                return piece
        raise KeyError(piece_id)

    def with_included(self, piece_id: int, include: bool) -> PackPlan:
        pieces = tuple(
            dataclasses.replace(piece, include=include) if piece.piece_id == piece_id else piece
            for piece in self.pieces
        )
        return dataclasses.replace(self, pieces=pieces)

    def with_order(self, piece_ids: Iterable[int]) -> PackPlan:
        """The pieces in the order of `piece_ids`; pieces not named keep their place after them."""
        order = {piece_id: index for index, piece_id in enumerate(piece_ids)}
        pieces = sorted(self.pieces, key=lambda piece: order.get(piece.piece_id, len(order)))
        return dataclasses.replace(self, pieces=tuple(pieces))

    def with_moved(self, piece_id: int, offset: int) -> PackPlan:
        """The piece moved `offset` places (negative: up), stopping at either end."""
        ids = [piece.piece_id for piece in self.pieces]
        index = ids.index(piece_id)
        target = max(0, min(len(ids) - 1, index + offset))
        ids.insert(target, ids.pop(index))
        return self.with_order(ids)


@dataclass(frozen=True)
class PackApplication:
    """The application the pack is for, with the names of what it is linked to ("" when none)."""

    id: int
    title: str
    status: ApplicationStatus
    funder_name: str = ""
    funder_service: str = ""
    funder_kind: FunderKind | None = None
    call_title: str = ""
    call_reference: str = ""
    project_title: str = ""
    project_description: str = ""
    project_starts_on: dt.date | None = None
    project_ends_on: dt.date | None = None
    project_id: int | None = None
    funding_type: FundingType = FundingType.OPERATING
    request_object: RequestObject = RequestObject.PROJECT
    in_kind: bool = False
    multi_year: bool = False
    submitted_on: dt.date | None = None
    amount_requested_cents: int = 0
    year_amounts: tuple[tuple[int, int], ...] = ()
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    deadline: dt.date | None = None
    owner_name: str = ""  # the person in charge of the application
    owner_role: str = ""
    owner_email: str = ""
    owner_phone: str = ""

    @property
    def for_operation(self) -> bool:
        """A request for the association's operation as a whole (« fonctionnement global »)."""
        return self.request_object is RequestObject.OPERATION

    @property
    def budget_year(self) -> int | None:
        """The fiscal year whose association budget goes with the request (see financed_year)."""
        return financed_year(self.period_start, self.submitted_on, self.deadline)


@dataclass(frozen=True)
class PackSection:
    title: str
    body: str
    char_limit: int | None = None


@dataclass(frozen=True)
class PublicAidLine:
    """One payment received from a public funder."""

    application_id: int
    title: str
    funder_name: str
    received_on: dt.date
    amount_cents: int


@dataclass(frozen=True)
class PublicAid:
    """Public aid received (paid) over the last fiscal years (see the module's decisions)."""

    first_day: dt.date
    last_day: dt.date
    lines: tuple[PublicAidLine, ...]

    @property
    def total_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines)

    @property
    def above_threshold(self) -> bool:
        return self.total_cents > PUBLIC_AID_THRESHOLD_CENTS


def public_aid_window(today: dt.date, end_month: int, end_day: int) -> tuple[dt.date, dt.date]:
    """First and last days of the current fiscal year and the PUBLIC_AID_YEARS - 1 before it."""
    start, end = fiscal_year_containing(today, end_month, end_day)
    for _ in range(PUBLIC_AID_YEARS - 1):
        start, _previous_end = fiscal_year_containing(start - dt.timedelta(days=1), end_month, end_day)
    return start, end


class MissingItem(StrEnum):
    """Something the pack would otherwise print blank (listed by the pack dialog and the command line)."""

    ASSOCIATION_PROFILE = "association_profile"
    ASSOCIATION_NAME = "association_name"
    SIRET = "siret"
    RNA = "rna"
    ADDRESS = "address"
    EMAIL = "email"
    PHONE = "phone"
    LEGAL_REPRESENTATIVE = "legal_representative"
    LEGAL_REPRESENTATIVE_ROLE = "legal_representative_role"
    HUMAN_RESOURCES = "human_resources"
    FUNDER = "funder"
    CALL = "call"
    PROJECT = "project"
    AMOUNT_REQUESTED = "amount_requested"
    PERSON_IN_CHARGE = "person_in_charge"
    SECTIONS = "sections"
    BUDGET = "budget"  # a project request whose project has no budget nor plan de financement
    BUDGET_YEAR = "budget_year"  # no funded period, submission or deadline: which year's budget?
    ASSOCIATION_BUDGET = "association_budget"  # no association budget typed for the year
    QUOTES = "quotes"  # an investment expense without its quote


def missing_information(
    association: AssociationProfile | None,
    application: PackApplication,
    sections: int,
    has_budget: bool,
    *,
    has_association_budget: bool = True,
    investment: InvestmentPlan | None = None,
) -> tuple[MissingItem, ...]:
    """What is missing, in the order the checklist shows it (pieces are listed apart). `has_budget`:
    the project has a budget (or a plan de financement); `has_association_budget`: the association's
    budget of the request's year is typed."""
    items: list[MissingItem] = []
    if association is None:
        items.append(MissingItem.ASSOCIATION_PROFILE)
    else:
        checks = (
            (MissingItem.ASSOCIATION_NAME, association.name),
            (MissingItem.SIRET, association.siret),
            (MissingItem.RNA, association.rna),
            (MissingItem.ADDRESS, association.street and association.postal_code and association.city),
            (MissingItem.EMAIL, association.email),
            (MissingItem.PHONE, association.phone),
            (MissingItem.LEGAL_REPRESENTATIVE, association.legal_representative),
            (MissingItem.LEGAL_REPRESENTATIVE_ROLE, association.legal_representative_role),
        )
        items.extend(item for item, value in checks if not (value or "").strip())
        if not association.volunteers_count and not association.employees_count:
            items.append(MissingItem.HUMAN_RESOURCES)
    if not application.funder_name:
        items.append(MissingItem.FUNDER)
    # No call: a spontaneous application ("demande hors appel à projets" on the cover), nothing missing.
    if not application.project_title and not application.for_operation:
        items.append(MissingItem.PROJECT)
    if application.amount_requested_cents <= 0:
        items.append(MissingItem.AMOUNT_REQUESTED)
    if not application.owner_name:
        items.append(MissingItem.PERSON_IN_CHARGE)
    if sections == 0:
        items.append(MissingItem.SECTIONS)
    if not has_budget and application.project_title and not application.for_operation:
        items.append(MissingItem.BUDGET)  # without a project, PROJECT says it already
    if application.budget_year is None:
        items.append(MissingItem.BUDGET_YEAR)
    elif not has_association_budget:
        items.append(MissingItem.ASSOCIATION_BUDGET)
    if investment is not None and investment.expenses_without_quote:
        items.append(MissingItem.QUOTES)
    return tuple(items)


def piece_needs_attention(piece: PlannedPiece) -> bool:
    """A piece the checklist names: missing, expired, unreadable."""
    return piece.include and (
        piece.status in (PieceStatus.MISSING, PieceStatus.UNREADABLE) or piece.state is PieceState.EXPIRED
    )


@dataclass(frozen=True)
class PackContent:
    """Everything the pack prints, read in one transaction. `budget` is the budget part's own row
    (None when the application has no project budget)."""

    application: PackApplication
    association: AssociationProfile | None
    sections: tuple[PackSection, ...]
    public_aid: PublicAid
    pieces: tuple[PlannedPiece, ...]  # included pieces, in the chosen order
    missing: tuple[MissingItem, ...]
    made_on: dt.date
    budget: Budget | None = None  # the project's budget (CERFA section 6)
    association_budget: Budget | None = None  # the association's budget of the year (section 5)
    investment: InvestmentPlan | None = None  # the project's plan de financement

    @property
    def attention_pieces(self) -> tuple[PlannedPiece, ...]:
        return tuple(piece for piece in self.pieces if piece_needs_attention(piece))

    @property
    def unbalanced_budget(self) -> BudgetBalance | None:
        return unbalanced_balance(self.budget)

    @property
    def unbalanced_association_budget(self) -> BudgetBalance | None:
        return unbalanced_balance(self.association_budget)

    @property
    def unbalanced_investment_cents(self) -> int:
        """Expenses − resources of the plan de financement (0 when balanced or without a plan)."""
        return self.investment.difference_cents if self.investment is not None else 0


def unbalanced_balance(budget: Budget | None) -> BudgetBalance | None:
    """The budget's balance when charges and produits (or 86 and 87) differ, None when it is balanced
    or there is no budget: a funder rejects an unbalanced CERFA budget."""
    if budget is None or budget.balance.balanced:
        return None
    return budget.balance


@dataclass(frozen=True)
class PackResult:
    """A pack made: its PDF, what it holds, and its number of pages."""

    data: bytes
    content: PackContent
    pages: int
