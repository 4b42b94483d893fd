"""The CERFA budget as an XLSX workbook whose subtotals, totals and balance are live formulas.

Treasurers rework the budget in a spreadsheet: every amount they type is a number, every subtotal is
"=SUM(…)" over its lines, every total sums its subtotals, and the balance is a difference of totals,
so that changing one line updates everything, as in CoopDesk. Charges on the left (columns A–D),
produits on the right (F–I), as on the CERFA 12156; the contributions in kind (86 | 87) below, in a
block of their own. Amounts are whole euros; the "Réalisation" column holds the actual amounts of the
compte rendu when known. Text typed by users is always text (a label starting with "=" stays a label).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Final

from coopdesk.domain.budget import (
    CERFA_GROUP_LABELS,
    CERFA_STATUS_WORDS,
    INDIRECT_ACCOUNT,
    INDIRECT_CHARGES,
    SUBSIDY_ACCOUNT,
    Budget,
    BudgetBlock,
    BudgetItem,
    shown_code,
)

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell, MergedCell
    from openpyxl.worksheet.worksheet import Worksheet

EUROS_FORMAT: Final = '#,##0\\ "€";\\-#,##0\\ "€"'
LEFT_COLUMN: Final = 1  # A
RIGHT_COLUMN: Final = 6  # F
_HEADINGS: Final = ("Compte", "Intitulé", "Prévision", "Réalisation")


def _text(cell: Cell | MergedCell, value: str) -> None:
    cell.value = value
    cell.data_type = "s"  # never a formula, whatever the user typed


def _euros(cents: int | None) -> int | None:
    return None if cents is None else cents // 100


def _write_block(
    sheet: Worksheet,
    block: BudgetBlock,
    first_row: int,
    column: int,
    total_label: str,
    highlighted: int | None = None,
) -> int:
    """Write one side from first_row (the line of application `highlighted` in bold); returns the row
    of its total."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    heading_fill = PatternFill("solid", fgColor="E8EFF5")
    total_fill = PatternFill("solid", fgColor="D5E3EE")
    planned = get_column_letter(column + 2)
    actual = get_column_letter(column + 3)
    row = first_row
    _text(sheet.cell(row, column), block.title)
    sheet.cell(row, column).font = bold
    for offset, heading in enumerate(_HEADINGS):
        cell = sheet.cell(row + 1, column + offset)
        _text(cell, heading)
        cell.font = bold
        cell.fill = total_fill
    row += 2
    heading_rows: list[int] = []
    for account in block.accounts:
        heading_row = row
        heading_rows.append(heading_row)
        _text(sheet.cell(row, column), shown_code(account.code))
        _text(sheet.cell(row, column + 1), account.label)
        for offset in range(4):
            sheet.cell(row, column + offset).fill = heading_fill
            sheet.cell(row, column + offset).font = bold
        row += 1
        rows: list[tuple[str, BudgetItem | None]] = []
        if account.code == SUBSIDY_ACCOUNT and block.section.value == "products":
            for group, items in account.all_groups:  # every group of the form, even empty
                rows.append((CERFA_GROUP_LABELS[group], None))
                rows += [("", item) for item in items]
        elif account.code == INDIRECT_ACCOUNT:  # the form's three lines, even empty
            rows = [("", item) for item in account.items if item.account == INDIRECT_ACCOUNT]
            for code, label in INDIRECT_CHARGES.details:
                detail = [("", item) for item in account.items if item.account == code]
                rows += detail or [(label, None)]
        else:
            rows = [("", item) for item in account.items]
        line_rows = []
        for group_label, item in rows:
            if item is None:
                _text(sheet.cell(row, column + 1), group_label)
                sheet.cell(row, column + 1).font = Font(italic=True)
            else:
                _text(sheet.cell(row, column), shown_code(item.account))
                label = item.label
                if item.application is not None:
                    label = f"{label} ({CERFA_STATUS_WORDS[item.application.status]})"
                if (
                    highlighted is not None
                    and item.application is not None
                    and item.application.id == highlighted
                ):
                    label = f"{label} — la présente demande"
                    for offset in range(4):
                        sheet.cell(row, column + offset).font = bold
                _text(sheet.cell(row, column + 1), label)
                sheet.cell(row, column + 2).value = _euros(item.planned_cents)
                sheet.cell(row, column + 3).value = _euros(item.actual_cents)
                line_rows.append(row)
            row += 1
        for letter, offset in ((planned, 2), (actual, 3)):
            cell = sheet.cell(heading_row, column + offset)
            cell.value = f"=SUM({letter}{heading_row + 1}:{letter}{row - 1})" if line_rows else 0
    total_row = row
    _text(sheet.cell(total_row, column + 1), total_label)
    for letter, offset in ((planned, 2), (actual, 3)):
        cell = sheet.cell(total_row, column + offset)
        cell.value = "=" + "+".join(f"{letter}{heading}" for heading in heading_rows) if heading_rows else 0
    for offset in range(4):
        sheet.cell(total_row, column + offset).font = bold
        sheet.cell(total_row, column + offset).fill = total_fill
    for line in range(first_row + 2, total_row + 1):
        for offset in (2, 3):
            sheet.cell(line, column + offset).number_format = EUROS_FORMAT
    return total_row


def _balance_row(sheet: Worksheet, row: int, label: str, left_total: int, right_total: int) -> None:
    from openpyxl.styles import Font

    _text(sheet.cell(row, LEFT_COLUMN + 1), label)
    sheet.cell(row, LEFT_COLUMN + 1).font = Font(bold=True)
    for letter_left, letter_right, column in (("C", "H", LEFT_COLUMN + 2), ("D", "I", LEFT_COLUMN + 3)):
        cell = sheet.cell(row, column)
        cell.value = f"={letter_left}{left_total}-{letter_right}{right_total}"
        cell.number_format = EUROS_FORMAT
        cell.font = Font(bold=True)


def _result_rows(sheet: Worksheet, row: int, total: int) -> None:
    """The form's « Excédent prévisionnel (bénéfice) » under the charges and « Insuffisance
    prévisionnelle (perte) » under the produits, each a formula that is 0 unless the budget is off
    that way (forecast and actual)."""
    from openpyxl.styles import Font

    for column, label, ours, theirs in (
        (LEFT_COLUMN, "Excédent prévisionnel (bénéfice)", ("C", "D"), ("H", "I")),
        (RIGHT_COLUMN, "Insuffisance prévisionnelle (perte)", ("H", "I"), ("C", "D")),
    ):
        _text(sheet.cell(row, column + 1), label)
        sheet.cell(row, column + 1).font = Font(bold=True)
        for offset, mine, other in ((2, ours[0], theirs[0]), (3, ours[1], theirs[1])):
            cell = sheet.cell(row, column + offset)
            cell.value = f"=MAX(0,{other}{total}-{mine}{total})"
            cell.number_format = EUROS_FORMAT


def budget_xlsx(budget: Budget, title: str) -> bytes:
    """The workbook: one sheet "Budget" (see the module's docstring)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Budget"
    _text(sheet.cell(1, 1), title)
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    _text(sheet.cell(2, 1), "Montants en euros entiers ; sous-totaux, totaux et écarts sont des formules.")
    highlighted = budget.highlighted_application_id
    left_total = _write_block(sheet, budget.charges, 4, LEFT_COLUMN, "Total des charges", highlighted)
    right_total = _write_block(sheet, budget.products, 4, RIGHT_COLUMN, "Total des produits", highlighted)
    row = max(left_total, right_total)
    if left_total != right_total:  # the totals on one line, as on the CERFA
        sheet.move_range(
            f"A{left_total}:D{left_total}" if left_total < row else f"F{right_total}:I{right_total}",
            rows=row - min(left_total, right_total),
            translate=False,
        )
        left_total = right_total = row
    _balance_row(sheet, row + 1, "Écart charges − produits (0 si équilibré)", left_total, right_total)
    _result_rows(sheet, row + 2, row)
    start = row + 4
    uses_total = _write_block(sheet, budget.in_kind_uses, start, LEFT_COLUMN, "Total des emplois (86)")
    resources_total = _write_block(
        sheet, budget.in_kind_resources, start, RIGHT_COLUMN, "Total des ressources (87)"
    )
    row = max(uses_total, resources_total)
    if uses_total != resources_total:
        sheet.move_range(
            f"A{uses_total}:D{uses_total}" if uses_total < row else f"F{resources_total}:I{resources_total}",
            rows=row - min(uses_total, resources_total),
            translate=False,
        )
    _balance_row(sheet, row + 1, "Écart 86 − 87 (0 si équilibré)", row, row)
    for letter, width in (
        ("A", 8),
        ("B", 46),
        ("C", 14),
        ("D", 14),
        ("E", 3),
        ("F", 8),
        ("G", 46),
        ("H", 14),
        ("I", 14),
    ):
        sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
