"""The CERFA budget (dossier 12156*06) and the compte rendu financier (15059*02), as pure computation.

A `Budget` is built from what is stored (`BudgetSources`: the budget lines and the applications whose
grants make the "74 Subventions d'exploitation" lines) by `build_budget`. It is laid out as the CERFA:
four blocks (charges, produits, then the contributions in kind 86 and 87 in a block of their own), each
a tuple of CERFA accounts (60, 61… every heading, even empty, as the form prints them all), each with its
lines. Totals, subtotals and the balance are computed here, once, for the window, the PDF, the XLSX and
the command line.

Decisions:
- Amounts are whole euros stored as cents: `parse_euros` refuses cents, negative amounts and more than
  `MAX_EUROS_DIGITS` digits.
- The 74 lines are the applications of the project (or, for the association, those whose funded period
  starts in the fiscal year), refused and withdrawn ones left out; the amount is the amount granted when
  there is one, else the amount requested (for a multi-year grant: the amount of the budget's year). A
  stored line with `application_id` overrides that amount (and carries the actual amount and the gap
  explanation of the compte rendu).
- A gap between forecast and actual above `SIGNIFICANT_GAP_PERCENT` (15 %) asks for an explanation, as
  the compte rendu's notice does.
- The official CERFA labels are French data of the form itself (like the account codes), kept here once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from coopdesk.domain.enums import ApplicationStatus, BudgetSection, Cerfa74Group, FundingType
from coopdesk.domain.errors import CoopDeskError, FieldErrors, InvalidValue, InvalidValueCode
from coopdesk.domain.money import parse_money

S = ApplicationStatus
SUBSIDY_ACCOUNT: Final = "74"
INDIRECT_ACCOUNT: Final = "CI"  # charges indirectes affectées à l'action (project budget only)
OWN_RESOURCES_ACCOUNT: Final = "RP"  # ressources propres affectées à l'action (project budget only)
SIGNIFICANT_GAP_PERCENT: Final = 15
MAX_EUROS_DIGITS: Final = 10
MAX_EUROS: Final = 10**MAX_EUROS_DIGITS - 1  # 9 999 999 999 €
MAX_LABEL: Final = 300
LEFT_OUT_STATUSES: Final = frozenset({S.REFUSED, S.WITHDRAWN})
"""Applications that are no longer in the budget."""
GRANTED_STATUSES: Final = frozenset(
    {S.GRANTED, S.PARTIALLY_GRANTED, S.PAID, S.REPORT_DUE, S.REPORT_FILED, S.CLOSED}
)
"""Statuses of an application that has a grant, hence a compte rendu financier."""
CERFA_STATUS_WORDS: Final = {
    S.IDEA: "envisagée",
    S.DRAFTING: "sollicitée",
    S.SUBMITTED: "sollicitée",
    S.UNDER_REVIEW: "sollicitée",
    S.GRANTED: "acquise",
    S.PARTIALLY_GRANTED: "acquise",
    S.PAID: "acquise",
    S.REPORT_DUE: "acquise",
    S.REPORT_FILED: "acquise",
    S.CLOSED: "acquise",
    S.REFUSED: "non obtenue",
    S.WITHDRAWN: "retirée",
}
"""How a subsidy's state reads on a budget sent to a funder (the CERFA's "sollicitée" / "acquise"):
never the association's internal statuses. An application still at the idea stage is printed as
"envisagée" (kept, so that printed totals are those of the window)."""


# -- the CERFA chart of accounts ---------------------------------------------------------------------


@dataclass(frozen=True)
class CerfaAccount:
    """An account of the CERFA form: a heading ("60", "74"…) or a detail line ("613", "756"…)."""

    code: str
    label: str
    details: tuple[tuple[str, str], ...] = ()  # (code, label) of the detail accounts the user can pick


CHARGE_ACCOUNTS: Final = (
    CerfaAccount(
        "60",
        "Achats",
        (("604", "Prestations de services"), ("606", "Achats matières et fournitures"),
         ("607", "Autres fournitures")),
    ),
    CerfaAccount(
        "61",
        "Services extérieurs",
        (("613", "Locations"), ("615", "Entretien et réparation"), ("616", "Assurance"),
         ("618", "Documentation")),
    ),
    CerfaAccount(
        "62",
        "Autres services extérieurs",
        (("622", "Rémunérations intermédiaires et honoraires"), ("623", "Publicité, publication"),
         ("625", "Déplacements, missions"), ("627", "Services bancaires, autres")),
    ),
    CerfaAccount(
        "63",
        "Impôts et taxes",
        (("631", "Impôts et taxes sur rémunération"), ("635", "Autres impôts et taxes")),
    ),
    CerfaAccount(
        "64",
        "Charges de personnel",
        (("641", "Rémunération des personnels"), ("645", "Charges sociales"),
         ("647", "Autres charges de personnel")),
    ),
    CerfaAccount("65", "Autres charges de gestion courante"),
    CerfaAccount("66", "Charges financières"),
    CerfaAccount("67", "Charges exceptionnelles"),
    CerfaAccount("68", "Dotation aux amortissements"),
    CerfaAccount("69", "Impôts sur les bénéfices (IS) ; participation des salariés"),
)  # fmt: skip
INDIRECT_CHARGES: Final = CerfaAccount(
    INDIRECT_ACCOUNT,
    "Charges indirectes affectées à l'action",
    (("CIFIX", "Charges fixes de fonctionnement"), ("CIFIN", "Frais financiers"), ("CIAUT", "Autres")),
)
OWN_RESOURCES: Final = CerfaAccount(OWN_RESOURCES_ACCOUNT, "Ressources propres affectées à l'action")
PRODUCT_ACCOUNTS: Final = (
    CerfaAccount("70", "Ventes de produits finis, de marchandises, prestations de services"),
    CerfaAccount("73", "Dotations et produits de tarification"),
    CerfaAccount(SUBSIDY_ACCOUNT, "Subventions d'exploitation"),
    CerfaAccount(
        "75",
        "Autres produits de gestion courante",
        (("756", "Cotisations"), ("758", "Dons manuels, mécénat")),
    ),
    CerfaAccount("76", "Produits financiers"),
    CerfaAccount("77", "Produits exceptionnels"),
    CerfaAccount("78", "Reprises sur amortissements et provisions"),
    CerfaAccount("79", "Transferts de charges"),
)
IN_KIND_USE_ACCOUNTS: Final = (
    CerfaAccount("860", "Secours en nature"),
    CerfaAccount("861", "Mise à disposition gratuite de biens et services"),
    CerfaAccount("862", "Prestations"),
    CerfaAccount("864", "Personnel bénévole"),
)
IN_KIND_RESOURCE_ACCOUNTS: Final = (
    CerfaAccount("870", "Bénévolat"),
    CerfaAccount("871", "Prestations en nature"),
    CerfaAccount("875", "Dons en nature"),
)
SECTION_TITLES: Final = {
    BudgetSection.CHARGES: "Charges",
    BudgetSection.PRODUCTS: "Produits",
    BudgetSection.IN_KIND_USES: "86 – Emplois des contributions volontaires en nature",
    BudgetSection.IN_KIND_RESOURCES: "87 – Contributions volontaires en nature",
}
CERFA_GROUP_LABELS: Final = {
    Cerfa74Group.STATE: "État",
    Cerfa74Group.REGION: "Région(s)",
    Cerfa74Group.DEPARTMENT: "Département(s)",
    Cerfa74Group.INTERCOMMUNALITY: "Intercommunalité(s) – EPCI",
    Cerfa74Group.MUNICIPALITY: "Commune(s)",
    Cerfa74Group.SOCIAL_BODIES: "Organismes sociaux (CAF, etc.)",
    Cerfa74Group.EUROPEAN_FUNDS: "Fonds européens (FSE, FEDER, etc.)",
    Cerfa74Group.ASP: "Agence de services et de paiement (emplois aidés)",
    Cerfa74Group.OTHER_PUBLIC: "Autres établissements publics",
    Cerfa74Group.PRIVATE: "Aides privées (fondations)",
}


def cerfa_accounts(section: BudgetSection, *, project: bool = True) -> tuple[CerfaAccount, ...]:
    """The headings of one block, in the order of the form (indirect charges and own resources
    affected to the action: project budgets only)."""
    if section is BudgetSection.CHARGES:
        return CHARGE_ACCOUNTS + ((INDIRECT_CHARGES,) if project else ())
    if section is BudgetSection.PRODUCTS:
        return PRODUCT_ACCOUNTS + ((OWN_RESOURCES,) if project else ())
    if section is BudgetSection.IN_KIND_USES:
        return IN_KIND_USE_ACCOUNTS
    return IN_KIND_RESOURCE_ACCOUNTS


def heading_of(section: BudgetSection, account: str) -> str | None:
    """The CERFA heading a line's account belongs to ("613" → "61"), None when the account is unknown."""
    if section in (BudgetSection.IN_KIND_USES, BudgetSection.IN_KIND_RESOURCES):
        codes = {heading.code for heading in cerfa_accounts(section)}
        return account if account in codes else None
    if not account.isdigit():  # the project's own headings: CI (and its details), RP
        for heading in cerfa_accounts(section, project=True):
            if account == heading.code or account in {code for code, _ in heading.details}:
                return heading.code
        return None
    codes = {heading.code for heading in cerfa_accounts(section)}
    prefix = account[:2]
    return prefix if account.isdigit() and prefix in codes else None


def shown_code(account: str) -> str:
    """The account number as the form prints it: "613", "74"; "" for the headings the form names
    without a number (charges indirectes, ressources propres)."""
    return account if account.isdigit() else ""


def account_label(section: BudgetSection, account: str) -> str:
    """The CERFA label of an account or of its heading."""
    for heading in cerfa_accounts(section):
        if heading.code == account:
            return heading.label
        for code, label in heading.details:
            if code == account:
                return label
    heading_code = heading_of(section, account)
    for heading in cerfa_accounts(section):
        if heading.code == heading_code:
            return heading.label
    return ""


# -- amounts -----------------------------------------------------------------------------------------


def parse_euros(text: str, *, kind: str = "euros") -> int:
    """Read an amount in whole euros ("1 250", "1 250 €", "1 250,00") as cents.

    Raises InvalidValue(kind, text, code): REQUIRED, BAD_FORMAT, NEGATIVE, TOO_MANY_DECIMALS (cents
    typed: the CERFA is in whole euros), TOO_LARGE (more than 10 digits).
    """
    try:
        cents = parse_money(text)
    except InvalidValue as error:
        raise InvalidValue(kind, text, error.code) from error
    if cents % 100:
        raise InvalidValue(kind, text, InvalidValueCode.TOO_MANY_DECIMALS)
    if cents > MAX_EUROS * 100:
        raise InvalidValue(kind, text, InvalidValueCode.TOO_LARGE)
    return cents


def check_euros(kind: str, cents: int) -> None:
    """Raises InvalidValue when cents are not whole euros, negative, or more than 10 digits."""
    if cents < 0:
        raise InvalidValue(kind, str(cents), InvalidValueCode.NEGATIVE)
    if cents % 100:
        raise InvalidValue(kind, str(cents), InvalidValueCode.TOO_MANY_DECIMALS)
    if cents > MAX_EUROS * 100:
        raise InvalidValue(kind, str(cents), InvalidValueCode.TOO_LARGE)


def gap_percent(planned_cents: int, actual_cents: int | None) -> Decimal | None:
    """(actual − forecast) / forecast in percent, one decimal; None without an actual amount or a
    forecast of zero."""
    if actual_cents is None or planned_cents == 0:
        return None
    ratio = Decimal(actual_cents - planned_cents) * 100 / Decimal(planned_cents)
    return ratio.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def is_significant_gap(planned_cents: int, actual_cents: int | None) -> bool:
    """A gap above 15 % of the forecast (or an actual amount with no forecast) needs an explanation."""
    if actual_cents is None:
        return False
    if planned_cents == 0:
        return actual_cents != 0
    return abs(actual_cents - planned_cents) * 100 > SIGNIFICANT_GAP_PERCENT * planned_cents


# -- what is stored ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetOwner:
    """Whose budget: a project's (project_id) or the association's for one fiscal year."""

    project_id: int | None = None
    fiscal_year: int | None = None
    title: str = ""  # the project's title, or "" for the association
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None

    @property
    def is_project(self) -> bool:
        return self.project_id is not None


@dataclass(frozen=True)
class BudgetLineInput:
    """What the editor sends for one line. A line with application_id overrides that application's
    amount on the 74 line (section products, account "74")."""

    section: BudgetSection
    account: str
    label: str = ""
    planned_cents: int = 0
    actual_cents: int | None = None
    gap_explanation: str = ""
    application_id: int | None = None
    position: int = 0


@dataclass(frozen=True)
class StoredBudgetLine:
    id: int
    version: int
    section: BudgetSection
    account: str
    label: str
    planned_cents: int
    actual_cents: int | None
    gap_explanation: str
    application_id: int | None
    funder_id: int | None
    funder_name: str
    funder_group: Cerfa74Group | None
    position: int

    def to_input(self) -> BudgetLineInput:
        return BudgetLineInput(
            section=self.section,
            account=self.account,
            label=self.label,
            planned_cents=self.planned_cents,
            actual_cents=self.actual_cents,
            gap_explanation=self.gap_explanation,
            application_id=self.application_id,
            position=self.position,
        )


@dataclass(frozen=True)
class BudgetApplication:
    """An application seen from the budget: its 74 line."""

    id: int
    title: str
    status: ApplicationStatus
    funder_id: int | None
    funder_name: str
    group: Cerfa74Group
    amount_cents: int  # granted when granted, else requested (the budget year's share if multi-year)
    amount_requested_cents: int = 0
    amount_granted_cents: int | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    funder_service: str = ""  # the ministry, direction or service asked (named on the form for the State)
    funding_type: FundingType = FundingType.OPERATING

    @property
    def granted(self) -> bool:
        return self.status in GRANTED_STATUSES and self.amount_granted_cents is not None


@dataclass(frozen=True)
class BudgetSources:
    owner: BudgetOwner
    lines: tuple[StoredBudgetLine, ...]
    applications: tuple[BudgetApplication, ...]
    investment_shares: tuple[tuple[int, int], ...] = ()
    """(application id, cents) that a plan de financement takes of a mixed application: its line 74
    is the rest."""


def validate_line(data: BudgetLineInput) -> BudgetLineInput:
    """Clean a line; raises FieldErrors (account, label, planned, actual) — nothing is half saved."""
    errors: dict[str, InvalidValue] = {}
    account = data.account.strip()
    if not account.isdigit():
        account = account.upper()
    if data.application_id is not None:
        if data.section is not BudgetSection.PRODUCTS or account != SUBSIDY_ACCOUNT:
            errors["account"] = InvalidValue("account", account, InvalidValueCode.BAD_FORMAT)
    elif heading_of(data.section, account) is None:
        errors["account"] = InvalidValue("account", account, InvalidValueCode.BAD_FORMAT)
    label = " ".join(data.label.split())
    if len(label) > MAX_LABEL:
        errors["label"] = InvalidValue("label", label, InvalidValueCode.TOO_LONG)
    for name, cents in (("planned", data.planned_cents), ("actual", data.actual_cents)):
        if cents is None:
            continue
        try:
            check_euros(name, cents)
        except InvalidValue as error:
            errors[name] = error
    if errors:
        raise FieldErrors(errors)
    return BudgetLineInput(
        section=data.section,
        account=account,
        label=label,
        planned_cents=data.planned_cents,
        actual_cents=data.actual_cents,
        gap_explanation=data.gap_explanation.strip(),
        application_id=data.application_id,
        position=data.position,
    )


@dataclass(frozen=True)
class BudgetChanges:
    """One save of the editor: lines added, lines changed (id, version read, new data), lines removed
    (id, version read). Applied in one transaction: a stale version anywhere saves nothing."""

    added: tuple[BudgetLineInput, ...] = ()
    updated: tuple[tuple[int, int, BudgetLineInput], ...] = ()
    deleted: tuple[tuple[int, int], ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.added or self.updated or self.deleted)


# -- the computed budget -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetItem:
    """One line as the CERFA prints it."""

    section: BudgetSection
    account: str
    label: str
    planned_cents: int
    actual_cents: int | None = None
    gap_explanation: str = ""
    stored: StoredBudgetLine | None = None  # None: a 74 line taken as is from its application
    application: BudgetApplication | None = None
    group: Cerfa74Group | None = None  # 74 lines only

    @property
    def overridden(self) -> bool:
        """A 74 line whose amount differs from its application's."""
        return (
            self.application is not None
            and self.stored is not None
            and self.stored.planned_cents != self.application.amount_cents
        )

    @property
    def gap_percent(self) -> Decimal | None:
        return gap_percent(self.planned_cents, self.actual_cents)

    @property
    def significant_gap(self) -> bool:
        return is_significant_gap(self.planned_cents, self.actual_cents)

    @property
    def explanation_missing(self) -> bool:
        return self.significant_gap and not self.gap_explanation.strip()


def _sum_actual(values: Iterable[int | None]) -> int | None:
    known = [value for value in values if value is not None]
    return sum(known) if known else None


@dataclass(frozen=True)
class BudgetAccount:
    """A CERFA heading ("61 Services extérieurs") with its lines and subtotal."""

    section: BudgetSection
    code: str
    label: str
    items: tuple[BudgetItem, ...] = ()

    @property
    def planned_cents(self) -> int:
        return sum(item.planned_cents for item in self.items)

    @property
    def actual_cents(self) -> int | None:
        return _sum_actual(item.actual_cents for item in self.items)

    @property
    def groups(self) -> tuple[tuple[Cerfa74Group, tuple[BudgetItem, ...]], ...]:
        """For the 74 heading: its lines per funder group, in the order of the form (empty ones left out)."""
        return tuple((group, items) for group, items in self.all_groups if items)

    @property
    def all_groups(self) -> tuple[tuple[Cerfa74Group, tuple[BudgetItem, ...]], ...]:
        """For the 74 heading: every funder group of the form, in its order, each with its lines (the
        form prints them all, even empty)."""
        return tuple(
            (group, tuple(item for item in self.items if item.group is group)) for group in Cerfa74Group
        )


@dataclass(frozen=True)
class BudgetBlock:
    section: BudgetSection
    title: str
    accounts: tuple[BudgetAccount, ...]

    @property
    def planned_cents(self) -> int:
        return sum(account.planned_cents for account in self.accounts)

    @property
    def actual_cents(self) -> int | None:
        return _sum_actual(account.actual_cents for account in self.accounts)

    @property
    def items(self) -> tuple[BudgetItem, ...]:
        return tuple(item for account in self.accounts for item in account.items)


@dataclass(frozen=True)
class BudgetBalance:
    """Charges against produits (and 86 against 87). difference > 0: charges exceed produits."""

    charges_cents: int
    products_cents: int
    in_kind_uses_cents: int
    in_kind_resources_cents: int

    @property
    def difference_cents(self) -> int:
        return self.charges_cents - self.products_cents

    @property
    def in_kind_difference_cents(self) -> int:
        return self.in_kind_uses_cents - self.in_kind_resources_cents

    @property
    def balanced(self) -> bool:
        return self.difference_cents == 0 and self.in_kind_difference_cents == 0

    @property
    def surplus_cents(self) -> int:
        """The form's « excédent prévisionnel (bénéfice) »: produits above charges, else 0."""
        return max(-self.difference_cents, 0)

    @property
    def deficit_cents(self) -> int:
        """The form's « insuffisance prévisionnelle (perte) »: charges above produits, else 0."""
        return max(self.difference_cents, 0)


@dataclass(frozen=True)
class Budget:
    """A CERFA 12156 budget. Import it (with `build_budget`) to print or export a budget."""

    owner: BudgetOwner
    charges: BudgetBlock
    products: BudgetBlock
    in_kind_uses: BudgetBlock
    in_kind_resources: BudgetBlock
    applications: tuple[BudgetApplication, ...] = field(default=())
    highlighted_application_id: int | None = None  # the application a pack or compte rendu is for

    @property
    def blocks(self) -> tuple[BudgetBlock, BudgetBlock, BudgetBlock, BudgetBlock]:
        return (self.charges, self.products, self.in_kind_uses, self.in_kind_resources)

    def block(self, section: BudgetSection) -> BudgetBlock:
        return {block.section: block for block in self.blocks}[section]

    @property
    def balance(self) -> BudgetBalance:
        return BudgetBalance(
            self.charges.planned_cents,
            self.products.planned_cents,
            self.in_kind_uses.planned_cents,
            self.in_kind_resources.planned_cents,
        )

    @property
    def actual_balance(self) -> BudgetBalance:
        return BudgetBalance(
            self.charges.actual_cents or 0,
            self.products.actual_cents or 0,
            self.in_kind_uses.actual_cents or 0,
            self.in_kind_resources.actual_cents or 0,
        )

    @property
    def is_empty(self) -> bool:
        return not any(block.items for block in self.blocks)

    @property
    def has_charges(self) -> bool:
        """Whether any charge line is typed: the 74 lines alone, made from the applications, are not a
        budget yet."""
        return bool(self.charges.items)

    def is_highlighted(self, item: BudgetItem) -> bool:
        return item.application is not None and item.application.id == self.highlighted_application_id

    def subsidy_share(self, application_id: int) -> tuple[int, Decimal] | None:
        """The form's « La subvention de … € représente …% du total des produits »: the amount of the
        application's 74 line and its share of the total produits (one decimal); None when the
        application has no line here or the produits are nil."""
        item = next(
            (
                item
                for item in self.products.items
                if item.application and item.application.id == application_id
            ),
            None,
        )
        total = self.products.planned_cents
        if item is None or total <= 0:
            return None
        share = (Decimal(item.planned_cents) * 100 / Decimal(total)).quantize(Decimal("0.1"), ROUND_HALF_UP)
        return item.planned_cents, share


def _sort_key(line: StoredBudgetLine) -> tuple[int, int]:
    return (line.position, line.id)


def build_budget(sources: BudgetSources, highlighted_application_id: int | None = None) -> Budget:
    """Lay the stored lines and the applications out as the CERFA; unknown accounts go to the closest
    heading of their section's first digits, or are left out when none fits (never silently merged).
    Investment grants are never a 74 line (they finance the plan de financement, not the operation)."""
    project = sources.owner.is_project
    stored = sorted(sources.lines, key=_sort_key)
    overrides = {line.application_id: line for line in stored if line.application_id is not None}
    per_heading: dict[tuple[BudgetSection, str], list[BudgetItem]] = {}
    for line in stored:
        if line.application_id is not None:
            continue  # placed with its application below
        heading = heading_of(line.section, line.account)
        if heading is None:
            continue
        group = None
        if heading == SUBSIDY_ACCOUNT and line.section is BudgetSection.PRODUCTS:
            group = line.funder_group or Cerfa74Group.OTHER_PUBLIC
        per_heading.setdefault((line.section, heading), []).append(
            BudgetItem(
                section=line.section,
                account=line.account,
                label=line.label or account_label(line.section, line.account),
                planned_cents=line.planned_cents,
                actual_cents=line.actual_cents,
                gap_explanation=line.gap_explanation,
                stored=line,
                group=group,
            )
        )
    subsidies = per_heading.setdefault((BudgetSection.PRODUCTS, SUBSIDY_ACCOUNT), [])
    shares = dict(sources.investment_shares)
    for application in sources.applications:
        if application.status in LEFT_OUT_STATUSES and application.id not in overrides:
            continue
        if application.funding_type is FundingType.INVESTMENT:
            continue
        override = overrides.get(application.id)
        label = application_label(application)
        operating = max(application.amount_cents - shares.get(application.id, 0), 0)
        if application.funding_type is FundingType.BOTH and application.id in shares:
            label = f"{label}, part fonctionnement"
        if override is not None:
            planned, actual, explanation = (
                override.planned_cents,
                override.actual_cents,
                override.gap_explanation,
            )
        else:
            planned, explanation = operating, ""
            actual = operating if application.granted else None
        subsidies.append(
            BudgetItem(
                section=BudgetSection.PRODUCTS,
                account=SUBSIDY_ACCOUNT,
                label=label,
                planned_cents=planned,
                actual_cents=actual,
                gap_explanation=explanation,
                stored=override,
                application=application,
                group=application.group,
            )
        )
    subsidies.sort(key=lambda item: list(Cerfa74Group).index(item.group or Cerfa74Group.OTHER_PUBLIC))

    def block(section: BudgetSection) -> BudgetBlock:
        return BudgetBlock(
            section=section,
            title=SECTION_TITLES[section],
            accounts=tuple(
                BudgetAccount(
                    section, heading.code, heading.label, tuple(per_heading.get((section, heading.code), ()))
                )
                for heading in cerfa_accounts(section, project=project)
            ),
        )

    return Budget(
        owner=sources.owner,
        charges=block(BudgetSection.CHARGES),
        products=block(BudgetSection.PRODUCTS),
        in_kind_uses=block(BudgetSection.IN_KIND_USES),
        in_kind_resources=block(BudgetSection.IN_KIND_RESOURCES),
        applications=sources.applications,
        highlighted_application_id=highlighted_application_id,
    )


def application_label(application: BudgetApplication) -> str:
    """ "Funder — title" of an application's line (the State's service named, as the form asks)."""
    funder = application.funder_name
    if funder and application.funder_service and application.group is Cerfa74Group.STATE:
        # the form asks to name the ministry, direction or service of the State that is asked
        funder = f"{funder} ({application.funder_service})"
    if funder and application.title:
        return f"{funder} — {application.title}"
    return funder or application.title


def financed_year(
    period_start: dt.date | None, submitted_on: dt.date | None, deadline: dt.date | None
) -> int | None:
    """The fiscal year an application finances, as the association's budget counts it: the year its
    funded period starts, else the year it was submitted, else the year of its deadline."""
    day = period_start or submitted_on or deadline
    return day.year if day is not None else None


def changes_between(
    before: Sequence[StoredBudgetLine], after: Sequence[tuple[int | None, BudgetLineInput]]
) -> BudgetChanges:
    """What to save to go from the stored lines to the edited ones ((id or None for a new line, data))."""
    by_id = {line.id: line for line in before}
    kept = {line_id for line_id, _ in after if line_id is not None}
    added = tuple(data for line_id, data in after if line_id is None)
    updated = tuple(
        (line_id, by_id[line_id].version, data)
        for line_id, data in after
        if line_id is not None and line_id in by_id and by_id[line_id].to_input() != data
    )
    deleted = tuple((line.id, line.version) for line in before if line.id not in kept)
    return BudgetChanges(added, updated, deleted)


# -- the compte rendu financier (CERFA 15059) ----------------------------------------------------------


@dataclass(unsafe_hash=True)
class CompteRenduUnavailable(CoopDeskError):
    """No compte rendu for this application: reason "not_granted" (no grant yet, refused…) or
    "no_year" (a request for the association's operation whose funded period, submission and
    deadline are all unknown: no year tells which association budget to report against)."""

    application_id: int
    status: str
    reason: str

    def __str__(self) -> str:
        return f"no compte rendu for application {self.application_id} ({self.status}): {self.reason}"


MAX_REPORT_NOTE: Final = 10_000
"""Characters at most in each explanatory note of the compte rendu (about three printed pages)."""


@dataclass(frozen=True)
class CompteRenduNotes:
    """The three questions of the compte rendu's « annexe explicative » (CERFA 15059), as typed:
    how indirect charges were allocated to the action, why forecast and actual differ, how the
    contributions in kind were valued."""

    indirect: str = ""
    gaps: str = ""
    in_kind: str = ""

    @property
    def empty(self) -> bool:
        return not (self.indirect.strip() or self.gaps.strip() or self.in_kind.strip())


ANNEX_NOTE_FIELDS: Final = ("indirect", "gaps", "in_kind")


def validate_report_notes(notes: CompteRenduNotes) -> CompteRenduNotes:
    """Trimmed notes; FieldErrors (TOO_LONG) for a note over MAX_REPORT_NOTE characters."""
    clean = CompteRenduNotes(*(getattr(notes, name).strip() for name in ANNEX_NOTE_FIELDS))
    errors = {
        f"report_note_{name}": InvalidValue(
            f"report_note_{name}", getattr(clean, name)[:80], InvalidValueCode.TOO_LONG
        )
        for name in ANNEX_NOTE_FIELDS
        if len(getattr(clean, name)) > MAX_REPORT_NOTE
    }
    if errors:
        raise FieldErrors(errors)
    return clean


@dataclass(frozen=True)
class CompteRendu:
    """The compte rendu of one granted application: the budget it is made against (its project's, or
    the association's of the financed year) with forecast and actual, and the explanatory notes
    (`notes_version`: the application's version they were read at)."""

    application: BudgetApplication
    budget: Budget
    notes: CompteRenduNotes = field(default_factory=CompteRenduNotes)
    notes_version: int = 0

    @property
    def items_needing_explanation(self) -> tuple[BudgetItem, ...]:
        return tuple(item for block in self.budget.blocks for item in block.items if item.explanation_missing)

    @property
    def actuals_entered(self) -> bool:
        """Whether any actual amount was typed (a granted subsidy's own amount does not count)."""
        return any(
            item.stored is not None and item.stored.actual_cents is not None
            for block in self.budget.blocks
            for item in block.items
        )

    @property
    def pending_items(self) -> tuple[BudgetItem, ...]:
        """The 74 lines of applications still without a decision (no actual amount typed): no money was
        obtained yet, none lost either. The actual result leaves them out and says so."""
        return tuple(item for item in self.budget.products.items if is_pending(item))

    @property
    def pending_cents(self) -> int:
        return sum(item.planned_cents for item in self.pending_items)

    @property
    def actual_result_cents(self) -> int:
        """Actual products − actual charges (> 0: surplus), without the pending subsidies."""
        return -self.budget.actual_balance.difference_cents

    @property
    def result_if_granted_cents(self) -> int:
        """The actual result if the pending subsidies are granted as forecast."""
        return self.actual_result_cents + self.pending_cents


PENDING_STATUSES: Final = frozenset({S.IDEA, S.DRAFTING, S.SUBMITTED, S.UNDER_REVIEW})
"""Statuses of an application whose decision is still to come."""


def is_pending(item: BudgetItem) -> bool:
    """A 74 line whose application awaits its decision and whose actual amount is not typed."""
    return (
        item.application is not None
        and item.application.status in PENDING_STATUSES
        and item.actual_cents is None
    )
