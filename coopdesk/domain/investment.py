"""The plan de financement of an investment project (a cold room, a refrigerated van), as pure computation.

Investment money is not an operating subsidy: it never makes a line 74 of an operating budget (see
coopdesk.domain.budget). An investment project is presented with its own plan: the expenses item by
item, each with its quote (a document of the permanent file), and the resources that pay for them —
subsidies through their applications, with the CERFA's words « sollicitée » / « acquise », the
association's own funds, loans, other resources — balanced the same way as a budget.

Decisions:
- An application of the project whose funding type is investment is a resource of the plan for its
  amount (granted when granted, else requested) without anything to type; a stored line naming it
  overrides that amount. A mixed application (investment and operation) is in the plan only for the
  share a stored line gives it; the rest of it stays a line 74 of the operating budget.
- Refused and withdrawn applications are left out, as in the budget.
- Amounts are whole euros, as on the CERFA (`check_euros`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from coopdesk.domain.budget import (
    CERFA_STATUS_WORDS,
    LEFT_OUT_STATUSES,
    MAX_LABEL,
    BudgetApplication,
    BudgetOwner,
    application_label,
    check_euros,
)
from coopdesk.domain.enums import FundingType, InvestmentLineKind
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode

K = InvestmentLineKind
RESOURCE_KINDS: Final = (K.SUBSIDY, K.OWN_FUNDS, K.LOAN, K.OTHER_RESOURCE)


@dataclass(frozen=True)
class InvestmentLineInput:
    """What the editor sends for one line of the plan."""

    kind: InvestmentLineKind
    label: str = ""
    amount_cents: int = 0
    document_id: int | None = None  # the quote of an expense
    application_id: int | None = None  # the application of a subsidy
    acquired: bool = False  # a resource without application: already obtained
    position: int = 0


@dataclass(frozen=True)
class StoredInvestmentLine:
    id: int
    version: int
    data: InvestmentLineInput
    document_title: str = ""


@dataclass(frozen=True)
class InvestmentChanges:
    """One save of the editor, applied in one transaction: a stale version anywhere saves nothing."""

    added: tuple[InvestmentLineInput, ...] = ()
    updated: tuple[tuple[int, int, InvestmentLineInput], ...] = ()
    deleted: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class InvestmentSources:
    owner: BudgetOwner
    lines: tuple[StoredInvestmentLine, ...]
    applications: tuple[BudgetApplication, ...]  # the project's applications (every funding type)


@dataclass(frozen=True)
class InvestmentItem:
    kind: InvestmentLineKind
    label: str
    amount_cents: int
    acquired: bool
    stored: StoredInvestmentLine | None = None  # None: an investment application taken as is
    application: BudgetApplication | None = None
    document_id: int | None = None
    document_title: str = ""

    @property
    def status_word(self) -> str:
        """ "acquise", "sollicitée"…: the state of a resource as printed for a funder ("" for an expense)."""
        if self.kind is K.EXPENSE:
            return ""
        if self.application is not None:
            return CERFA_STATUS_WORDS[self.application.status]
        return "acquise" if self.acquired else "sollicitée"


@dataclass(frozen=True)
class InvestmentPlan:
    owner: BudgetOwner
    expenses: tuple[InvestmentItem, ...]
    resources: tuple[InvestmentItem, ...]

    @property
    def expenses_cents(self) -> int:
        return sum(item.amount_cents for item in self.expenses)

    @property
    def resources_cents(self) -> int:
        return sum(item.amount_cents for item in self.resources)

    @property
    def difference_cents(self) -> int:
        """> 0: the expenses are not all financed."""
        return self.expenses_cents - self.resources_cents

    @property
    def balanced(self) -> bool:
        return self.difference_cents == 0

    @property
    def acquired_cents(self) -> int:
        return sum(item.amount_cents for item in self.resources if item.acquired)

    @property
    def is_empty(self) -> bool:
        return not (self.expenses or self.resources)

    @property
    def expenses_without_quote(self) -> tuple[InvestmentItem, ...]:
        return tuple(item for item in self.expenses if item.document_id is None)

    def resources_of(self, kind: InvestmentLineKind) -> tuple[InvestmentItem, ...]:
        return tuple(item for item in self.resources if item.kind is kind)


def validate_investment_line(data: InvestmentLineInput) -> InvestmentLineInput:
    """Clean a line; raises FieldErrors (label, amount, application, document) — nothing half saved."""
    errors: dict[str, InvalidValue] = {}
    label = " ".join(data.label.split())
    if len(label) > MAX_LABEL:
        errors["label"] = InvalidValue("label", label, InvalidValueCode.TOO_LONG)
    if not label and data.application_id is None:  # a subsidy's application names it
        errors["label"] = InvalidValue("label", label, InvalidValueCode.REQUIRED)
    try:
        check_euros("amount", data.amount_cents)
    except InvalidValue as error:
        errors["amount"] = error
    if data.application_id is not None and data.kind is not K.SUBSIDY:
        errors["application"] = InvalidValue(
            "application", str(data.application_id), InvalidValueCode.BAD_FORMAT
        )
    if data.document_id is not None and data.kind is not K.EXPENSE:
        errors["document"] = InvalidValue("document", str(data.document_id), InvalidValueCode.BAD_FORMAT)
    if errors:
        raise FieldErrors(errors)
    return InvestmentLineInput(
        kind=data.kind,
        label=label,
        amount_cents=data.amount_cents,
        document_id=data.document_id if data.kind is K.EXPENSE else None,
        application_id=data.application_id if data.kind is K.SUBSIDY else None,
        acquired=data.acquired and data.application_id is None,
        position=data.position,
    )


def build_investment_plan(sources: InvestmentSources) -> InvestmentPlan:
    """The plan as printed: expenses in their order, then resources (subsidies first, grouped as the
    form reads: subsidies, own funds, loans, other)."""
    applications = {application.id: application for application in sources.applications}
    stored = sorted(sources.lines, key=lambda line: (line.data.position, line.id))
    expenses: list[InvestmentItem] = []
    resources: list[InvestmentItem] = []
    named = {line.data.application_id for line in stored if line.data.application_id is not None}
    for line in stored:
        data = line.data
        application = applications.get(data.application_id) if data.application_id is not None else None
        item = InvestmentItem(
            kind=data.kind,
            label=data.label or (application_label(application) if application else ""),
            amount_cents=data.amount_cents,
            acquired=application.granted if application else data.acquired,
            stored=line,
            application=application,
            document_id=data.document_id,
            document_title=line.document_title,
        )
        (expenses if data.kind is K.EXPENSE else resources).append(item)
    for application in sources.applications:
        if application.funding_type is not FundingType.INVESTMENT or application.id in named:
            continue
        if application.status in LEFT_OUT_STATUSES:
            continue
        resources.append(
            InvestmentItem(
                kind=K.SUBSIDY,
                label=application_label(application),
                amount_cents=application.amount_cents,
                acquired=application.granted,
                application=application,
            )
        )
    resources.sort(key=lambda item: RESOURCE_KINDS.index(item.kind))
    return InvestmentPlan(sources.owner, tuple(expenses), tuple(resources))
