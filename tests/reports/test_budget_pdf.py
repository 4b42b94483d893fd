"""Budget and compte rendu PDFs: readable, embedded font, whole euros, escaped user text, imbalance said."""

from __future__ import annotations

import dataclasses
import io

from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from coopdesk.domain.budget import CompteRendu
from coopdesk.domain.rows import AssociationProfile
from coopdesk.reports.budget_pdf import (
    balance_sentences,
    budget_flowables,
    budget_pdf,
    budget_styles,
    compte_rendu_pdf,
    result_sentences,
)
from tests.budget_factory import sample_budget


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data), strict=True)
    return "\n".join(page.extract_text() for page in reader.pages)


def _fonts(data: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(data), strict=True)
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        names |= {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    return names


def test_balanced_budget_pdf() -> None:
    data = budget_pdf(sample_budget(), AssociationProfile(name="Le Panier <du> Lez"))
    text = " ".join(_text(data).split())
    assert "Le Panier <du> Lez" in text
    assert "Denrées <b>& hygiène</b>" in text  # escaped, printed as typed
    assert "Le budget est équilibré" in text
    assert "DDETS — Aide alimentaire 2027 (déposée)" in text
    assert "Refusée" not in text
    assert "Page 1 / " in text
    assert any("DejaVuSans" in name for name in _fonts(data))  # embedded subset


def test_unbalanced_budget_says_by_how_much() -> None:
    budget = sample_budget(extra_charge=1_250)
    (sentence,) = balance_sentences(budget.balance)
    assert sentence == "Le budget est déséquilibré : les charges dépassent les produits de 1\u202f250\u00a0€."
    text = _text(budget_pdf(budget, None))
    assert "les charges dépassent les produits de 1" in text


def test_huge_amounts_and_many_lines_fit() -> None:
    data = budget_pdf(sample_budget(huge=True), None)
    assert "9 999 999 999 €" in _text(data).replace("\u202f", " ").replace("\u00a0", " ")


def test_flowables_fit_another_document() -> None:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(budget_flowables(sample_budget(), budget_styles()))
    assert PdfReader(io.BytesIO(buffer.getvalue()), strict=True).pages


def test_compte_rendu_pdf() -> None:
    budget = sample_budget()
    application = budget.applications[1]
    text = " ".join(_text(compte_rendu_pdf(CompteRendu(application, budget), None)).split())
    assert "Compte rendu financier" in text
    assert "Loyer augmenté." in text  # the 613 line: +20 %, explained
    assert "Explication à fournir" in text  # the 756 line: −37,5 %, not explained
    assert "+20,0" in text
    assert "en attente" in text  # the DDETS line, submitted, no decision yet
    assert "Résultat provisoire de l'action : déficit de 11 840 € (réalisation), sans 1 subvention" in text
    assert "Si elle est accordée comme prévu : déficit de 3 840 €." in text


def test_result_sentences() -> None:
    budget = sample_budget()
    sentences = result_sentences(CompteRendu(budget.applications[1], budget))
    assert [sentence.replace("\u202f", " ").replace("\xa0", " ") for sentence in sentences] == [
        "Résultat provisoire de l'action : déficit de 11 840 € (réalisation), sans 1 subvention encore "
        "sans décision (8 000 € prévus).",
        "Si elle est accordée comme prévu : déficit de 3 840 €.",
    ]
    no_actual = sample_budget(extra_charge=0)
    charges = dataclasses.replace(
        no_actual.charges,
        accounts=tuple(
            dataclasses.replace(
                account,
                items=tuple(dataclasses.replace(item, actual_cents=None) for item in account.items),
            )
            for account in no_actual.charges.accounts
        ),
    )
    blank = dataclasses.replace(no_actual, charges=charges)
    (sentence,) = result_sentences(CompteRendu(blank.applications[1], blank))
    assert "pas encore calculé" in sentence


def test_compte_rendu_of_a_multi_year_grant_names_the_share_of_the_budget() -> None:
    budget = sample_budget()
    whole = budget.applications[1]  # 20 000 € granted, all in this budget
    text = " ".join(_text(compte_rendu_pdf(CompteRendu(whole, budget), None)).split())
    assert "montant accordé 20 000 €." in text
    three_years = dataclasses.replace(whole, amount_granted_cents=6_000_000)  # 20 000 € a year
    text = " ".join(_text(compte_rendu_pdf(CompteRendu(three_years, budget), None)).split())
    assert "montant accordé 60 000 €, dont 20 000 € pour la période de ce budget." in text
