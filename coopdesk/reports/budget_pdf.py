"""The CERFA budget (12156) and the compte rendu financier (15059) as PDF tables (reportlab).

For the application pack:

    from coopdesk.reports.budget_pdf import budget_flowables
    story += budget_flowables(budget, styles)

`budget_flowables(budget: Budget, styles: StyleSheet1) -> list[Flowable]` is a stable signature: the
two-column CERFA table (charges | produits) with every heading and its subtotal, the 74 lines grouped by
funder group with the subsidy's state in the CERFA's words ("sollicitée", "acquise"), the totals,
the balance line (saying by how much it is off), then the contributions in kind (86 | 87) in a block of
their own. `styles` may be any stylesheet: the
styles named "Cell", "CellBold", "CellRight", "Small", "Muted", "Alert" and "Heading2" are used when
present, defaults built on the embedded DejaVu Sans otherwise. Whole documents: `budget_pdf` and
`compte_rendu_pdf` (page numbers "Page n / total"). Fonts come from coopdesk/reports/fonts.py (DejaVu
Sans embedded); user text goes through its `paragraph_markup` (escaped, printable).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, Final

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from coopdesk.domain.budget import (
    CERFA_GROUP_LABELS,
    CERFA_STATUS_WORDS,
    INDIRECT_ACCOUNT,
    INDIRECT_CHARGES,
    SIGNIFICANT_GAP_PERCENT,
    SUBSIDY_ACCOUNT,
    Budget,
    BudgetAccount,
    BudgetBalance,
    BudgetBlock,
    BudgetItem,
    CompteRendu,
    gap_percent,
    is_pending,
    shown_code,
)
from coopdesk.domain.dates import format_date
from coopdesk.domain.enums import BudgetSection, InvestmentLineKind
from coopdesk.domain.investment import RESOURCE_KINDS, InvestmentPlan
from coopdesk.domain.money import format_euros
from coopdesk.domain.rows import AssociationProfile
from coopdesk.reports.fonts import paragraph_markup, printable, register_fonts

ACCENT: Final = colors.HexColor("#1f5f8b")
MUTED: Final = colors.HexColor("#666666")
ALERT: Final = colors.HexColor("#b3261e")
OK: Final = colors.HexColor("#1e7a3a")
HEADING_FILL: Final = colors.HexColor("#e8eff5")
TOTAL_FILL: Final = colors.HexColor("#d5e3ee")
GRID: Final = colors.HexColor("#9fb3c3")
FULL_WIDTH: Final = 17 * cm

# -- sentences shared with the command line ------------------------------------------------------------


def euros(cents: int | None) -> str:
    """ "1 234 €" (thin no-break spaces as babel gives them); "—" for no amount."""
    return "—" if cents is None else format_euros(cents)


def percent_text(value: object | None) -> str:
    if value is None:
        return "—"
    text = f"{value:+}".replace(".", ",").replace("-", "−")
    return f"{text}\u202f%"


def balance_sentences(balance: BudgetBalance) -> list[str]:
    """What the balance indicator says: "Le budget est équilibré…" or by how much it is off."""
    sentences = []
    difference = balance.difference_cents
    if difference > 0:
        sentences.append(
            f"Le budget est déséquilibré : les charges dépassent les produits de {euros(difference)}."
        )
    elif difference < 0:
        sentences.append(
            f"Le budget est déséquilibré : les produits dépassent les charges de {euros(-difference)}."
        )
    in_kind = balance.in_kind_difference_cents
    if in_kind > 0:
        sentences.append(
            f"Les contributions en nature ne s'équilibrent pas : les emplois (86) dépassent les "
            f"ressources (87) de {euros(in_kind)}."
        )
    elif in_kind < 0:
        sentences.append(
            f"Les contributions en nature ne s'équilibrent pas : les ressources (87) dépassent les "
            f"emplois (86) de {euros(-in_kind)}."
        )
    if not sentences:
        sentences.append("Le budget est équilibré : total des charges = total des produits.")
    return sentences


SURPLUS_LABEL: Final = "Excédent prévisionnel (bénéfice)"
DEFICIT_LABEL: Final = "Insuffisance prévisionnelle (perte)"


def subsidy_share_sentence(budget: Budget) -> str:
    """Under a project budget printed for one application: « La subvention de … € représente …% du
    total des produits du projet » ("" for the association's budget or without a share)."""
    if not budget.owner.is_project or budget.highlighted_application_id is None:
        return ""
    share = budget.subsidy_share(budget.highlighted_application_id)
    if share is None:
        return ""
    amount, percent = share
    shown = str(percent).replace(".", ",")
    return f"La subvention de {euros(amount)} représente {shown}\u202f% du total des produits du projet."


def item_label(item: BudgetItem) -> str:
    """A line as printed for a funder: the 74 lines name the funder, the application and, in the
    CERFA's words, whether the subsidy is asked for or obtained (CERFA_STATUS_WORDS)."""
    if item.application is None:
        return item.label
    return f"{item.label} ({CERFA_STATUS_WORDS[item.application.status]})"


def budget_title(budget: Budget) -> str:
    owner = budget.owner
    if owner.is_project:
        return f"Budget prévisionnel de l'action « {owner.title} »"
    return f"Budget prévisionnel de l'association — exercice {owner.fiscal_year}"


# -- styles ----------------------------------------------------------------------------------------------


def budget_styles() -> StyleSheet1:
    """The styles budget_flowables uses, on the embedded font (the pack may hand its own)."""
    fonts = register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("Body", fontName=fonts.regular, fontSize=10, leading=14, splitLongWords=1)
    sheet.add(base)
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=8.5, leading=10.5))
    sheet.add(ParagraphStyle("CellBold", parent=base, fontSize=8.5, leading=10.5, fontName=fonts.bold))
    sheet.add(ParagraphStyle("CellRight", parent=base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("Small", parent=base, fontSize=8.5, leading=11))
    sheet.add(ParagraphStyle("Muted", parent=base, textColor=MUTED, fontName=fonts.italic))
    sheet.add(ParagraphStyle("Alert", parent=base, textColor=ALERT, fontName=fonts.bold))
    sheet.add(
        ParagraphStyle(
            "Heading1", parent=base, fontName=fonts.bold, fontSize=15, leading=19, textColor=ACCENT
        )
    )
    sheet.add(
        ParagraphStyle(
            "Heading2",
            parent=base,
            fontName=fonts.bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        )
    )
    return sheet  # fmt: skip


class _Styles:
    """The cell styles, taken from the given sheet when it has them (the pack's), sized for tables."""

    def __init__(self, sheet: StyleSheet1) -> None:
        defaults = budget_styles()
        self.fonts = register_fonts()

        def pick(name: str) -> ParagraphStyle:
            try:
                style: ParagraphStyle = sheet[name]
            except KeyError:
                style = defaults[name]
            return style

        self.cell = ParagraphStyle("BudgetCell", parent=pick("Cell"), fontSize=8.5, leading=10.5)
        self.bold = ParagraphStyle("BudgetBold", parent=pick("CellBold"), fontSize=8.5, leading=10.5)
        self.right = ParagraphStyle(
            "BudgetRight", parent=pick("Cell"), fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        )
        self.right_bold = ParagraphStyle("BudgetRightBold", parent=self.right, fontName=self.bold.fontName)
        self.right_alert = ParagraphStyle("BudgetRightAlert", parent=self.right_bold, textColor=ALERT)
        self.right_muted = ParagraphStyle(
            "BudgetRightMuted", parent=self.right, fontName=self.fonts.italic, textColor=MUTED
        )
        self.group = ParagraphStyle(
            "BudgetGroup", parent=self.cell, fontName=self.fonts.italic, textColor=MUTED, leftIndent=6
        )
        self.line = ParagraphStyle("BudgetLine", parent=self.cell, leftIndent=8)
        self.muted = pick("Muted")
        self.small = pick("Small")
        self.heading = pick("Heading2")
        self.alert = ParagraphStyle(
            "BudgetAlert", parent=pick("Body"), textColor=ALERT, fontName=self.fonts.bold
        )
        self.ok = ParagraphStyle("BudgetOk", parent=pick("Body"), textColor=OK, fontName=self.fonts.bold)

    def p(self, text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(paragraph_markup(text, style.fontName), style)


# -- the CERFA two-column table ----------------------------------------------------------------------


_Row = tuple[str, list[Paragraph]]  # kind ("heading", "group", "line", "empty"), two cells


def _side_rows(block: BudgetBlock, styles: _Styles, highlighted: int | None = None) -> list[_Row]:
    rows: list[_Row] = []
    for account in block.accounts:
        rows.append(
            (
                "heading",
                [
                    styles.p(f"{shown_code(account.code)} {account.label}".strip(), styles.bold),
                    styles.p(euros(account.planned_cents) if account.items else "", styles.right_bold),
                ],
            )
        )
        rows += _account_rows(account, styles, highlighted)
    return rows


_GridRow = tuple[str, Paragraph, "BudgetItem | None"]  # kind ("group", "empty", "line"), label, line


def _grid_rows(account: BudgetAccount, styles: _Styles, highlighted: int | None = None) -> list[_GridRow]:
    """The rows under one heading, as the form prints them: for 74 every funder group (even empty),
    for the indirect charges each of the form's three lines (even empty), else the lines typed."""
    rows: list[_GridRow] = []
    if account.code == SUBSIDY_ACCOUNT and account.section is BudgetSection.PRODUCTS:
        for group, items in account.all_groups:
            rows.append(
                ("group" if items else "empty", styles.p(CERFA_GROUP_LABELS[group], styles.group), None)
            )
            rows += [_line_cell(item, styles, indent=True, highlighted=highlighted) for item in items]
        return rows
    if account.code == INDIRECT_ACCOUNT:
        own = [item for item in account.items if item.account == INDIRECT_ACCOUNT]
        rows += [_line_cell(item, styles) for item in own]
        for code, label in INDIRECT_CHARGES.details:
            detail = [item for item in account.items if item.account == code]
            if not detail:
                rows.append(("empty", styles.p(label, styles.line), None))
            rows += [_line_cell(item, styles) for item in detail]
        return rows
    return [_line_cell(item, styles) for item in account.items]


def _account_rows(account: BudgetAccount, styles: _Styles, highlighted: int | None = None) -> list[_Row]:
    rows: list[_Row] = []
    for kind, label, item in _grid_rows(account, styles, highlighted):
        if item is None:
            rows.append((kind, [label, styles.p("", styles.right)]))
        else:
            bold = _is_highlighted(item, highlighted)
            rows.append(
                (
                    "line",
                    [label, styles.p(euros(item.planned_cents), styles.right_bold if bold else styles.right)],
                )
            )
    return rows


def line_code(item: BudgetItem) -> str:
    """ "613 – " before a detail line; nothing for a heading's own line, a 74 line or the named headings."""
    return f"{item.account} – " if item.account.isdigit() and len(item.account) > 2 else ""


def _is_highlighted(item: BudgetItem, highlighted: int | None) -> bool:
    return highlighted is not None and item.application is not None and item.application.id == highlighted


def _line_cell(
    item: BudgetItem, styles: _Styles, *, indent: bool = False, highlighted: int | None = None
) -> _GridRow:
    style = ParagraphStyle("Indented", parent=styles.line, leftIndent=16) if indent else styles.line
    label = f"{line_code(item)}{item_label(item)}"
    if _is_highlighted(item, highlighted):
        style = ParagraphStyle("Highlighted", parent=style, fontName=styles.bold.fontName)
        label = f"{label} — la présente demande"
    return ("line", styles.p(label, style), item)


_AMOUNT_WIDTH: Final = 26 * mm
_CELL_PADDING: Final = [
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
]


def _amount_width(styles: _Styles, *blocks: BudgetBlock) -> float:
    """Wide enough for the largest amount on one line (10-digit amounts and their totals included)."""
    return _width_for(
        styles,
        [block.planned_cents for block in blocks]
        + [abs(block.actual_cents or 0) for block in blocks]
        + [account.planned_cents for block in blocks for account in block.accounts],
    )


def _width_for(styles: _Styles, amounts: list[int]) -> float:
    """The amount column's width: the default, or wider for the largest of these amounts."""
    text = euros(max(amounts))
    needed = float(stringWidth(printable(text, styles.right_bold.fontName), styles.right_bold.fontName, 8.5))
    return float(max(_AMOUNT_WIDTH, needed + 20))


def _side_body(rows: list[_Row], width: float, amount_width: float) -> Table | str:
    if not rows:
        return ""
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"), *_CELL_PADDING]
    for index, (kind, _cells) in enumerate(rows):
        if kind == "heading":
            commands.append(("BACKGROUND", (0, index), (-1, index), HEADING_FILL))
    table = Table([cells for _kind, cells in rows], colWidths=[width - amount_width, amount_width])
    table.setStyle(TableStyle(commands))
    return table


class _SideBySide(Flowable):  # type: ignore[misc]
    """Charges | produits side by side like the CERFA: one header, each side a column of its own, the
    totals at the foot. Too tall for the page, each side is cut at its own last row that fits (never
    right after a heading or a funder group) and the rest goes on the next page under the header again:
    the two sides never force each other's rows to the same height."""

    def __init__(
        self,
        header: list[Paragraph],
        left: list[_Row],
        right: list[_Row],
        totals: list[list[Paragraph]] | None,
        widths: tuple[float, float],
    ) -> None:
        super().__init__()
        self._header, self._left, self._right, self._totals = header, left, right, totals
        self._widths = widths  # label, amount
        self._table = self._build(left, right, totals)

    def _build(self, left: list[_Row], right: list[_Row], totals: list[list[Paragraph]] | None) -> Table:
        label, amount = self._widths
        half = label + amount
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), TOTAL_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.6, GRID),
            ("LINEAFTER", (1, 0), (1, -1), 0.6, GRID),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID),
            *_CELL_PADDING,
            ("SPAN", (0, 1), (1, 1)),
            ("SPAN", (2, 1), (3, 1)),
            ("LEFTPADDING", (0, 1), (-1, 1), 0),
            ("RIGHTPADDING", (0, 1), (-1, 1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 0),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 0),
        ]
        data: list[list[Any]] = [
            self._header,
            [_side_body(left, half, amount), "", _side_body(right, half, amount), ""],
        ]
        if totals is not None:
            first = len(data)
            data += totals
            commands += [
                ("BACKGROUND", (0, first), (-1, first), TOTAL_FILL),
                ("LINEABOVE", (0, first), (-1, first), 0.8, GRID),
                ("LINEBELOW", (0, first), (-1, -1), 0.3, GRID),
            ]
        table = Table(data, colWidths=[label, amount, label, amount])
        table.setStyle(TableStyle(commands))
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self._table.wrap(available_width, available_height)
        self.width, self.height = width, height
        return width, height

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)

    def _fitting(self, rows: list[_Row], height: float) -> int:
        """How many rows of one side fit in `height`, not ending on a heading or a funder group."""
        if not rows:
            return 0
        label, amount = self._widths
        body = _side_body(rows, label + amount, amount)
        assert isinstance(body, Table)
        body.wrap(label + amount, 10**6)
        used, count = 0.0, 0
        for row_height in body._rowHeights:
            if used + row_height > height:
                break
            used += row_height
            count += 1
        while 0 < count < len(rows) and rows[count - 1][0] in ("heading", "group", "empty"):
            count -= 1
        return count

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self.wrap(available_width, available_height)[1] <= available_height:
            return [self]
        header = Table([self._header], colWidths=[*self._widths, *self._widths])
        header.setStyle(TableStyle(_CELL_PADDING))
        room = available_height - header.wrap(available_width, available_height)[1] - 2
        left, right = self._fitting(self._left, room), self._fitting(self._right, room)
        if left == 0 and right == 0:
            return []  # not even one row: the whole goes to the next page
        first = _SideBySide(self._header, self._left[:left], self._right[:right], None, self._widths)
        rest = _SideBySide(self._header, self._left[left:], self._right[right:], self._totals, self._widths)
        return [first, rest]


def _two_columns(
    left: BudgetBlock,
    right: BudgetBlock,
    styles: _Styles,
    left_total: str,
    right_total: str,
    *,
    highlighted: int | None = None,
    result: BudgetBalance | None = None,
) -> Flowable:
    """Charges | produits side by side like the CERFA, the headers and the totals aligned; with
    `result`, the form's excédent (charges side) / insuffisance (produits side) row under the totals."""
    half = FULL_WIDTH / 2
    amount_width = _amount_width(styles, left, right)
    header = [
        styles.p(left.title, styles.bold),
        styles.p("Montant", styles.right_bold),
        styles.p(right.title, styles.bold),
        styles.p("Montant", styles.right_bold),
    ]
    totals = [
        [
            styles.p(left_total, styles.bold),
            styles.p(euros(left.planned_cents), styles.right_bold),
            styles.p(right_total, styles.bold),
            styles.p(euros(right.planned_cents), styles.right_bold),
        ]
    ]
    if result is not None:
        totals.append(
            [
                styles.p(SURPLUS_LABEL, styles.cell),
                styles.p(euros(result.surplus_cents), styles.right),
                styles.p(DEFICIT_LABEL, styles.cell),
                styles.p(euros(result.deficit_cents), styles.right),
            ]
        )
    return _SideBySide(
        header,
        _side_rows(left, styles, highlighted),
        _side_rows(right, styles, highlighted),
        totals,
        (half - amount_width, amount_width),
    )


def budget_flowables(budget: Budget, styles: StyleSheet1) -> list[Flowable]:
    """The CERFA budget as flowables for any document (see the module's docstring: stable signature)."""
    chosen = _Styles(styles)
    story: list[Flowable] = [
        _two_columns(
            budget.charges,
            budget.products,
            chosen,
            "Total des charges",
            "Total des produits",
            highlighted=budget.highlighted_application_id,
            result=budget.balance,
        )
    ]
    story.append(Spacer(1, 4))
    for sentence in balance_sentences(budget.balance):
        story.append(chosen.p(sentence, chosen.ok if budget.balance.balanced else chosen.alert))
    share = subsidy_share_sentence(budget)
    if share:
        story.append(chosen.p(share, chosen.bold))
    story.append(Spacer(1, 8))
    in_kind = _two_columns(
        budget.in_kind_uses,
        budget.in_kind_resources,
        chosen,
        "Total des emplois (86)",
        "Total des ressources (87)",
    )
    story.append(
        KeepTogether(
            [
                chosen.p("Contributions volontaires en nature", chosen.heading),
                in_kind,
                Spacer(1, 2),
                chosen.p(
                    "Les contributions volontaires en nature (bénévolat, dons et mises à disposition) sont "
                    "valorisées à part et ne comptent pas dans les totaux ci-dessus.",
                    chosen.small,
                ),
            ]
        )
    )
    if budget.owner.is_project and not budget.applications:
        story.append(chosen.p("Aucun dossier de subvention n'est encore rattaché à ce projet.", chosen.muted))
    return story


# -- the plan de financement of an investment -------------------------------------------------------------

RESOURCE_TITLES: Final = {
    InvestmentLineKind.SUBSIDY: "Subventions d'investissement",
    InvestmentLineKind.OWN_FUNDS: "Autofinancement (fonds propres)",
    InvestmentLineKind.LOAN: "Emprunts",
    InvestmentLineKind.OTHER_RESOURCE: "Autres ressources",
}


def investment_sentence(plan: InvestmentPlan) -> str:
    difference = plan.difference_cents
    unbalanced = "Le plan de financement est déséquilibré"
    if difference > 0:
        return f"{unbalanced} : les dépenses dépassent les ressources de {euros(difference)}."
    if difference < 0:
        return f"{unbalanced} : les ressources dépassent les dépenses de {euros(-difference)}."
    return "Le plan de financement est équilibré : total des dépenses = total des ressources."


def investment_flowables(plan: InvestmentPlan, styles: StyleSheet1) -> list[Flowable]:
    """The plan de financement: expenses item by item (with their quote) | resources by kind (with
    their state, « sollicitée » / « acquise »), the totals and the balance."""
    chosen = _Styles(styles)
    left: list[_Row] = [
        ("heading", [chosen.p("Dépenses d'investissement", chosen.bold), chosen.p("", chosen.right)])
    ]
    for item in plan.expenses:
        quote = f"devis : {item.document_title}" if item.document_id is not None else "devis à joindre"
        left.append(
            (
                "line",
                [
                    chosen.p(f"{item.label} ({quote})", chosen.line),
                    chosen.p(euros(item.amount_cents), chosen.right),
                ],
            )
        )
    right: list[_Row] = []
    for kind in RESOURCE_KINDS:
        items = plan.resources_of(kind)
        right.append(
            (
                "heading",
                [
                    chosen.p(RESOURCE_TITLES[kind], chosen.bold),
                    chosen.p(
                        euros(sum(item.amount_cents for item in items)) if items else "", chosen.right_bold
                    ),
                ],
            )
        )
        for item in items:
            word = f" ({item.status_word})" if kind is InvestmentLineKind.SUBSIDY or not item.acquired else ""
            right.append(
                (
                    "line",
                    [
                        chosen.p(f"{item.label}{word}", chosen.line),
                        chosen.p(euros(item.amount_cents), chosen.right),
                    ],
                )
            )
    half = FULL_WIDTH / 2
    amount_width = _width_for(chosen, [plan.expenses_cents, plan.resources_cents])
    header = [
        chosen.p("Dépenses", chosen.bold),
        chosen.p("Montant", chosen.right_bold),
        chosen.p("Ressources", chosen.bold),
        chosen.p("Montant", chosen.right_bold),
    ]
    totals = [
        [
            chosen.p("Total des dépenses", chosen.bold),
            chosen.p(euros(plan.expenses_cents), chosen.right_bold),
            chosen.p("Total des ressources", chosen.bold),
            chosen.p(euros(plan.resources_cents), chosen.right_bold),
        ]
    ]
    story: list[Flowable] = [
        chosen.p(
            "Les subventions d'investissement financent ces dépenses : elles ne figurent pas dans les "
            "subventions d'exploitation (74) du budget de fonctionnement.",
            chosen.small,
        ),
        Spacer(1, 4),
        _SideBySide(header, left, right, totals, (half - amount_width, amount_width)),
        Spacer(1, 4),
        chosen.p(investment_sentence(plan), chosen.ok if plan.balanced else chosen.alert),
    ]
    if plan.resources_cents:
        acquired = plan.acquired_cents
        story.append(
            chosen.p(
                f"Ressources acquises : {euros(acquired)} ; sollicitées ou envisagées : "
                f"{euros(plan.resources_cents - acquired)}.",
                chosen.cell,
            )
        )
    return story


def investment_pdf(plan: InvestmentPlan, association: AssociationProfile | None) -> bytes:
    """A whole PDF of the plan de financement, with page numbers."""
    styles = budget_styles()
    heading = f"Plan de financement de l'investissement « {plan.owner.title} »"
    story: list[Flowable] = [Paragraph(paragraph_markup(heading), styles["Heading1"])]
    story += _identity(association, styles)
    story.append(Paragraph("Montants en euros entiers.", styles["Small"]))
    story.append(Spacer(1, 6))
    story += investment_flowables(plan, styles)
    return _document(story, heading, association.name if association else "")


# -- the compte rendu ------------------------------------------------------------------------------------


def _report_table(block: BudgetBlock, styles: _Styles, total: str, highlighted: int | None = None) -> Table:
    """One block of the compte rendu with every heading of the form (empty ones kept, as printed on
    the form), 74 by funder group, forecast / actual / gap per line."""
    header = [styles.p(block.title, styles.bold)] + [
        styles.p(text, styles.right_bold) for text in ("Prévision", "Réalisation", "Écart")
    ]
    data: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), TOTAL_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.6, GRID),
        ("INNERGRID", (1, 0), (-1, -1), 0.3, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for account in block.accounts:
        data.append(
            [
                styles.p(f"{shown_code(account.code)} {account.label}".strip(), styles.bold),
                styles.p(euros(account.planned_cents) if account.items else "", styles.right_bold),
                styles.p(euros(account.actual_cents) if account.items else "", styles.right_bold),
                styles.p("", styles.right),
            ]
        )
        commands.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), HEADING_FILL))
        # the heading (and the table's header above the first one) never alone at the foot of a page
        first_row = 0 if len(data) == 2 else len(data) - 1
        commands.append(("NOSPLIT", (0, first_row), (-1, len(data))))
        for kind, label, item in _grid_rows(account, styles, highlighted):
            if item is None:
                data.append([label, "", "", ""])
                if kind == "group":
                    commands.append(("NOSPLIT", (0, len(data) - 1), (-1, len(data))))
                continue
            bold = _is_highlighted(item, highlighted)
            amount_style = styles.right_bold if bold else styles.right
            gap = percent_text(item.gap_percent)
            flag = " ▲" if item.significant_gap else ""
            data.append(
                [
                    label,
                    styles.p(euros(item.planned_cents), amount_style),
                    styles.p("en attente", styles.right_muted)
                    if is_pending(item)
                    else styles.p(euros(item.actual_cents), amount_style),
                    styles.p(gap + flag, styles.right_alert if item.significant_gap else styles.right),
                ]
            )
    data.append(
        [
            styles.p(total, styles.bold),
            styles.p(euros(block.planned_cents), styles.right_bold),
            styles.p(euros(block.actual_cents), styles.right_bold),
            styles.p(percent_text(gap_percent(block.planned_cents, block.actual_cents)), styles.right_bold),
        ]
    )
    commands += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL)]
    amount = _amount_width(styles, block)
    table = Table(data, colWidths=[FULL_WIDTH - 2 * amount - 22 * mm, amount, amount, 22 * mm], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _result_words(result_cents: int) -> str:
    if result_cents < 0:
        return f"déficit de {euros(-result_cents)}"
    if result_cents > 0:
        return f"excédent de {euros(result_cents)}"
    return "équilibre"


def result_sentences(report: CompteRendu) -> list[str]:
    """The actual result of the action; while subsidies await their decision, a provisional result
    that leaves them out, and what it becomes if they are granted as forecast."""
    if report.budget.charges.actual_cents is None:
        return [
            "Résultat de l'action : pas encore calculé, aucune charge réalisée n'est saisie "
            "(colonne Réalisation)."
        ]
    pending = report.pending_items
    if not pending:
        return [f"Résultat de l'action : {_result_words(report.actual_result_cents)} (réalisation)."]
    count = len(pending)
    subsidies = (
        "1 subvention encore sans décision" if count == 1 else f"{count} subventions encore sans décision"
    )
    return [
        f"Résultat provisoire de l'action : {_result_words(report.actual_result_cents)} (réalisation), "
        f"sans {subsidies} ({euros(report.pending_cents)} prévus).",
        f"Si {'elle est accordée' if count == 1 else 'elles sont accordées'} comme prévu : "
        f"{_result_words(report.result_if_granted_cents)}.",
    ]


def compte_rendu_flowables(report: CompteRendu, styles: StyleSheet1) -> list[Flowable]:
    """The compte rendu financier (CERFA 15059): forecast, actual and gap per line, the explanations of
    the gaps above 15 %."""
    chosen = _Styles(styles)
    budget = report.budget
    application = report.application
    share = ""
    if (
        application.amount_granted_cents is not None
        and application.amount_cents != application.amount_granted_cents
    ):
        # a multi-year grant: the budget of the action holds the share of its year
        share = f", dont {euros(application.amount_cents)} pour la période de ce budget"
    story: list[Flowable] = [
        chosen.p(
            f"Subvention : {application.funder_name or 'financeur non renseigné'} — {application.title} "
            f"({CERFA_STATUS_WORDS[application.status]}), montant accordé "
            f"{euros(application.amount_granted_cents)}{share}.",
            chosen.cell,
        )
    ]
    if application.period_start and application.period_end:
        story.append(
            chosen.p(
                f"Période financée : du {format_date(application.period_start)} au "
                f"{format_date(application.period_end)}.",
                chosen.cell,
            )
        )
    if not budget.has_charges:
        where = (
            "page Projets, bouton Budget"
            if budget.owner.is_project
            else f"page Projets, bouton « Budget de l'association », exercice {budget.owner.fiscal_year}"
        )
        story.append(
            chosen.p(
                "Aucune charge n'est saisie dans le budget de référence : saisissez d'abord le budget "
                f"({where}), puis les montants réalisés.",
                chosen.alert,
            )
        )
    highlighted = application.id
    story.append(Spacer(1, 6))
    story.append(_report_table(budget.charges, chosen, "Total des charges", highlighted))
    story.append(Spacer(1, 6))
    story.append(_report_table(budget.products, chosen, "Total des produits", highlighted))
    story.append(Spacer(1, 6))
    first, *rest = result_sentences(report)
    story.append(chosen.p(first, chosen.bold))
    story += [chosen.p(sentence, chosen.cell) for sentence in rest]
    story.append(Spacer(1, 6))
    story.append(_report_table(budget.in_kind_uses, chosen, "Total des emplois (86)"))
    story.append(Spacer(1, 4))
    story.append(_report_table(budget.in_kind_resources, chosen, "Total des ressources (87)"))
    story += _annex_flowables(report, chosen)
    return story


ANNEX_QUESTIONS: Final = (
    "1. Quelle a été la règle de répartition des charges indirectes affectées à l'action subventionnée "
    "(exemple : quote-part ou pourcentage des loyers, des salaires, etc.) ?",
    f"2. Expliquer et justifier les écarts significatifs éventuels entre le budget prévisionnel et le "
    f"budget réalisé (écarts de plus de {SIGNIFICANT_GAP_PERCENT} %).",
    "3. Contributions volontaires en nature affectées à la réalisation de l'action subventionnée : "
    "nature et méthode de valorisation.",
)
"""The three questions of the « annexe explicative » of the CERFA 15059, in its words."""


def _annex_answer(text: str, styles: _Styles, missing: str, *, required: bool) -> list[Flowable]:
    """The note typed, one paragraph per blank-line-separated block; else what is missing (in red
    when the form needs an answer, greyed when the question does not apply)."""
    paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
    if not paragraphs:
        return [styles.p(missing, styles.alert if required else styles.muted)] if missing else []
    return [styles.p(part, styles.cell) for part in paragraphs]


def _annex_flowables(report: CompteRendu, styles: _Styles) -> list[Flowable]:
    """The « annexe explicative »: the form's three questions with the notes typed, the gaps above
    15 % line by line under the second."""
    budget = report.budget
    notes = report.notes
    story: list[Flowable] = [styles.p("Annexe explicative au compte rendu financier", styles.heading)]
    has_indirect = any(
        account.items for account in budget.charges.accounts if account.code == INDIRECT_ACCOUNT
    )
    story.append(styles.p(ANNEX_QUESTIONS[0], styles.bold))
    story += _annex_answer(
        notes.indirect,
        styles,
        "À indiquer : des charges indirectes sont affectées à l'action."
        if has_indirect
        else "Sans objet : aucune charge indirecte n'est affectée à l'action."
        if budget.owner.is_project
        else "Sans objet : subvention de fonctionnement global, le budget est celui de l'association.",
        required=has_indirect,
    )
    story.append(Spacer(1, 4))
    story.append(styles.p(ANNEX_QUESTIONS[1], styles.bold))
    gaps = [item for block in budget.blocks for item in block.items if item.significant_gap]
    if notes.gaps.strip():
        story += _annex_answer(notes.gaps, styles, "", required=False)
    if not report.actuals_entered:
        story.append(
            styles.p(
                "Aucune réalisation saisie : les montants réalisés restent à indiquer avant de "
                "comparer prévision et réalisation.",
                styles.alert,
            )
        )
    elif not gaps:
        story.append(
            styles.p(
                f"Aucun écart de plus de {SIGNIFICANT_GAP_PERCENT} % entre prévision et réalisation.",
                styles.muted,
            )
        )
    for item in gaps:
        story.append(
            styles.p(
                f"{item_label(item)} : prévu {euros(item.planned_cents)}, réalisé {euros(item.actual_cents)} "
                f"({percent_text(item.gap_percent)}).",
                styles.bold,
            )
        )
        if item.gap_explanation.strip():
            story.append(styles.p(item.gap_explanation, styles.cell))
        else:
            story.append(styles.p("Explication à fournir.", styles.alert))
    story.append(Spacer(1, 4))
    story.append(styles.p(ANNEX_QUESTIONS[2], styles.bold))
    has_in_kind = bool(budget.in_kind_uses.items or budget.in_kind_resources.items)
    story += _annex_answer(
        notes.in_kind,
        styles,
        "À indiquer : des contributions en nature figurent aux comptes 86 et 87."
        if has_in_kind
        else "Sans objet : aucune contribution volontaire en nature n'est valorisée.",
        required=has_in_kind,
    )
    return story


# -- whole documents -------------------------------------------------------------------------------------


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Draws "Page n / total" once the total is known."""

    font_name = "Helvetica"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(self.font_name, 8)
            self.setFillColor(MUTED)
            self.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"Page {self._pageNumber} / {total}")
            super().showPage()
        super().save()


def _document(story: Sequence[Flowable], title: str, author: str) -> bytes:
    fonts = register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.6 * cm,
        bottomMargin=1.8 * cm,
        title=printable(title, fonts.regular),
        author=printable(author, fonts.regular),
        creator="CoopDesk",
    )

    class Numbered(_NumberedCanvas):
        font_name = fonts.regular

    document.build(list(story), canvasmaker=Numbered)
    return buffer.getvalue()


def _identity(association: AssociationProfile | None, styles: StyleSheet1) -> list[Flowable]:
    if association is None:
        return []
    details = [association.name]
    if association.siret:
        details.append(f"SIRET {association.siret}")
    if association.rna:
        details.append(f"RNA {association.rna}")
    return [Paragraph(paragraph_markup(" — ".join(details)), styles["Muted"])]


def budget_pdf(budget: Budget, association: AssociationProfile | None, title: str | None = None) -> bytes:
    """A whole PDF of the budget (CERFA 12156 layout), with page numbers."""
    styles = budget_styles()
    heading = title or budget_title(budget)
    story: list[Flowable] = [Paragraph(paragraph_markup(heading), styles["Heading1"])]
    story += _identity(association, styles)
    owner = budget.owner
    if owner.is_project and owner.starts_on and owner.ends_on:
        story.append(
            Paragraph(
                paragraph_markup(
                    f"Période : du {format_date(owner.starts_on)} au {format_date(owner.ends_on)}"
                ),
                styles["Muted"],
            )
        )
    story.append(
        Paragraph("Montants en euros entiers, présentation du formulaire CERFA n° 12156.", styles["Small"])
    )
    story.append(Spacer(1, 6))
    story += budget_flowables(budget, styles)
    return _document(story, heading, association.name if association else "")


def compte_rendu_title(report: CompteRendu) -> str:
    owner = report.budget.owner
    if owner.is_project:
        return f"Compte rendu financier de l'action « {owner.title} »"
    return f"Compte rendu financier — fonctionnement de l'association, exercice {owner.fiscal_year}"


def compte_rendu_pdf(report: CompteRendu, association: AssociationProfile | None) -> bytes:
    """A whole PDF of the compte rendu financier (CERFA 15059 layout), with page numbers."""
    styles = budget_styles()
    heading = compte_rendu_title(report)
    story: list[Flowable] = [Paragraph(paragraph_markup(heading), styles["Heading1"])]
    story += _identity(association, styles)
    story.append(
        Paragraph(
            "Montants en euros entiers, présentation du formulaire CERFA n° 15059. Un écart de plus de "
            f"{SIGNIFICANT_GAP_PERCENT} % entre prévision et réalisation est expliqué en fin de document.",
            styles["Small"],
        )
    )
    story.append(Spacer(1, 6))
    story += compte_rendu_flowables(report, styles)
    story.append(_signature(association, styles))
    return _document(story, heading, association.name if association else "")


def _signature(association: AssociationProfile | None, styles: StyleSheet1) -> Flowable:
    """The CERFA 15059's closing: the legal representative certifies, dates and signs."""
    blank = "…………………………………………"
    name = association.legal_representative.strip() if association else ""
    role = association.legal_representative_role.strip() if association else ""
    city = association.city.strip() if association and association.city.strip() else "…………………"
    association_name = association.name.strip() if association and association.name.strip() else blank
    signer = ", ".join(part for part in (name or blank, role) if part)
    lines = [
        f"Je soussigné(e), {signer}, représentant(e) légal(e) de l'association {association_name}, "
        "certifie exactes les informations du présent compte rendu.",
        f"Fait à {city}, le ……/……/…………",
        f"Nom et qualité du représentant légal : {name or blank}, {role or blank}",
        "Signature",
    ]
    flowables: list[Flowable] = [Spacer(1, 10 * mm)]
    for line in lines:
        flowables.append(Paragraph(paragraph_markup(line), styles["Body"]))
        flowables.append(Spacer(1, 3 * mm))
    flowables.append(Spacer(1, 25 * mm))
    return KeepTogether(flowables)
