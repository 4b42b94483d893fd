"""The budget workbook: subtotals, totals and balance are formulas, and they compute what CoopDesk shows."""

from __future__ import annotations

import io
import re

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from coopdesk.formats.budget_xlsx import budget_xlsx
from tests.budget_factory import sample_budget

_REFERENCE = re.compile(r"([A-Z])(\d+)")


def evaluate(sheet: Worksheet, coordinate: str) -> int:
    """What a spreadsheet computes for the formulas written here: SUM(range), + and − of cells."""
    value = sheet[coordinate].value
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    assert isinstance(value, str)
    assert value.startswith("=")
    body = value[1:]
    match = re.fullmatch(r"SUM\(([A-Z])(\d+):([A-Z])(\d+)\)", body)
    if match:
        column, first, _, last = match.groups()
        return sum(evaluate(sheet, f"{column}{row}") for row in range(int(first), int(last) + 1))
    total, sign = 0, 1
    for token in re.split(r"([+-])", body):
        if token == "+":
            sign = 1
        elif token == "-":
            sign = -1
        else:
            total += sign * evaluate(sheet, token)
    return total


def _find(sheet: Worksheet, label: str) -> int:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == label:
                return int(cell.row)
    raise AssertionError(label)


def test_formulas_compute_the_totals() -> None:
    budget = sample_budget(extra_charge=1_250)
    sheet = load_workbook(io.BytesIO(budget_xlsx(budget, "Budget"))).active
    assert sheet is not None
    charges = _find(sheet, "Total des charges")
    products = _find(sheet, "Total des produits")
    assert charges == products
    assert str(sheet[f"C{charges}"].value).startswith("=")
    assert evaluate(sheet, f"C{charges}") * 100 == budget.charges.planned_cents
    assert evaluate(sheet, f"H{products}") * 100 == budget.products.planned_cents
    assert evaluate(sheet, f"D{charges}") * 100 == budget.charges.actual_cents
    assert evaluate(sheet, f"C{charges + 1}") == 1_250  # the balance: charges exceed produits
    headings = [row for row in range(1, sheet.max_row + 1) if sheet[f"A{row}"].value == "60"]
    assert sheet[f"C{headings[0]}"].value.startswith("=SUM(")
    uses = _find(sheet, "Total des emplois (86)")
    assert evaluate(sheet, f"C{uses}") == 74_400
    assert evaluate(sheet, f"C{uses + 1}") == 0


def test_user_text_is_never_a_formula_and_huge_amounts_fit() -> None:
    data = budget_xlsx(sample_budget(huge=True), '=HYPERLINK("x")')
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    assert sheet["A1"].data_type == "s"
    labels = [
        cell for row in sheet.iter_rows() for cell in row if cell.value == "Denrées <b>& hygiène</b> =SUM(A1)"
    ]
    assert labels
    assert labels[0].data_type == "s"
    charges = _find(sheet, "Total des charges")
    assert evaluate(sheet, f"C{charges}") == 9_999_999_999 + 65_600


def test_subsidies_read_as_the_cerfa_says() -> None:
    workbook = load_workbook(io.BytesIO(budget_xlsx(sample_budget(), "Budget")))
    labels = {cell.value for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row}
    assert "DDETS — Aide alimentaire 2027 (sollicitée)" in labels
    assert "Commune de Lunel — Convention 2027 (acquise)" in labels
    assert not any(isinstance(label, str) and "(déposée)" in label for label in labels)


def test_the_result_lines_and_the_whole_grid_of_the_form() -> None:
    import dataclasses

    budget = sample_budget(extra_charge=1_250)
    highlighted = budget.applications[1].id
    budget = dataclasses.replace(budget, highlighted_application_id=highlighted)
    sheet = load_workbook(io.BytesIO(budget_xlsx(budget, "Budget"))).active
    assert sheet is not None
    surplus, deficit = (
        _find(sheet, "Excédent prévisionnel (bénéfice)"),
        _find(sheet, "Insuffisance prévisionnelle (perte)"),
    )
    assert surplus == deficit  # side by side, as on the form
    charges = _find(sheet, "Total des charges")

    def max_zero(coordinate: str) -> int:
        match = re.fullmatch(r"=MAX\(0,([A-Z]\d+)-([A-Z]\d+)\)", str(sheet[coordinate].value))
        assert match is not None
        return max(0, evaluate(sheet, match.group(1)) - evaluate(sheet, match.group(2)))

    difference = budget.balance.difference_cents // 100  # charges − produits: 1 250 € of deficit
    assert max_zero(f"C{surplus}") == max(0, -difference)
    assert max_zero(f"H{deficit}") == max(0, difference) == 1_250
    assert charges < surplus
    labels = [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    for detail in ("Charges fixes de fonctionnement", "Frais financiers", "Autres"):
        assert detail in labels  # the three lines of the indirect charges, even empty
    (mine,) = [label for label in labels if label.endswith("— la présente demande")]
    assert budget.applications[1].title in mine
