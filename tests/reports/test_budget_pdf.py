"""Budget and compte rendu PDFs: readable, embedded font, whole euros, escaped user text, imbalance said."""

from __future__ import annotations

import dataclasses
import io

from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from coopdesk.domain.budget import (
    CERFA_GROUP_LABELS,
    BudgetApplication,
    BudgetOwner,
    CompteRendu,
    CompteRenduNotes,
    build_budget,
)
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import Cerfa74Group as G
from coopdesk.domain.rows import AssociationProfile
from coopdesk.reports.budget_pdf import (
    balance_sentences,
    budget_flowables,
    budget_pdf,
    budget_styles,
    compte_rendu_pdf,
    result_sentences,
)
from tests.budget_factory import sample_budget, sample_sources


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data), strict=True)
    return "\n".join(page.extract_text() for page in reader.pages)


def _plain(data: bytes) -> str:
    """The PDF's text on one line, every kind of space read as a plain one."""
    return " ".join(_text(data).replace("\u202f", " ").replace("\u00a0", " ").split())


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
    assert "DDETS — Aide alimentaire 2027 (sollicitée)" in text
    assert "Commune de Lunel — Convention 2027 (acquise)" in text
    assert "Refusée" not in text
    assert "Page 1 / " in text
    assert any("DejaVuSans" in name for name in _fonts(data))  # embedded subset


def test_subsidies_read_as_the_cerfa_says_never_as_internal_statuses() -> None:
    sources = sample_sources()
    extra = (
        BudgetApplication(20, "Idée", S.IDEA, 4, "CAF", G.SOCIAL_BODIES, 100_000, 100_000),
        BudgetApplication(21, "Brouillon", S.DRAFTING, 5, "Département", G.DEPARTMENT, 200_000, 200_000),
        BudgetApplication(22, "En instruction", S.UNDER_REVIEW, 6, "État", G.STATE, 300_000, 300_000),
        BudgetApplication(
            23, "Versée", S.PAID, 7, "Métropole", G.INTERCOMMUNALITY, 400_000, 400_000, 400_000
        ),
    )
    budget = build_budget(dataclasses.replace(sources, applications=sources.applications + extra))
    text = " ".join(_text(budget_pdf(budget, None)).split())
    assert "CAF — Idée (envisagée)" in text
    assert "Département — Brouillon (sollicitée)" in text
    assert "État — En instruction (sollicitée)" in text
    assert "Métropole — Versée (acquise)" in text
    for internal in ("(idée)", "(en rédaction)", "(déposée)", "(en instruction)", "(versée)", "(accordée)"):
        assert internal not in text
    assert "montant modifié" not in text


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


def test_a_compte_rendu_without_actuals_says_so_and_ends_with_the_signature() -> None:
    sources = sample_sources()
    lines = tuple(dataclasses.replace(line, actual_cents=None) for line in sources.lines)
    blank = build_budget(dataclasses.replace(sources, lines=lines))
    report = CompteRendu(blank.applications[1], blank)
    assert not report.actuals_entered
    association = AssociationProfile(
        name="Le Panier du Lez",
        city="Lunel",
        legal_representative="Camille Roussel",
        legal_representative_role="Présidente",
    )
    text = " ".join(_text(compte_rendu_pdf(report, association)).split())
    assert "Aucune réalisation saisie" in text
    assert "Aucun écart de plus de" not in text
    signature = text[text.index("Je soussigné(e), Camille Roussel, Présidente") :]
    assert "certifie exactes les informations du présent compte rendu" in signature
    assert "Fait à Lunel, le" in signature
    assert "Nom et qualité du représentant légal : Camille Roussel, Présidente" in signature
    assert "Signature" in signature
    # With actual amounts and none off by more than 15 %, the usual sentence; no profile: blanks to fill.
    assert CompteRendu(sample_budget().applications[1], sample_budget()).actuals_entered
    text = " ".join(_text(compte_rendu_pdf(CompteRendu(blank.applications[1], blank), None)).split())
    assert "Je soussigné(e), ………" in text


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


def test_a_long_budget_runs_over_pages_each_side_on_its_own() -> None:
    from coopdesk.domain.budget import BudgetApplication, BudgetOwner, BudgetSources, build_budget
    from coopdesk.domain.enums import ApplicationStatus as S
    from coopdesk.domain.enums import BudgetSection as B
    from coopdesk.domain.enums import Cerfa74Group as G
    from tests.budget_factory import stored

    charges = [stored(n, B.CHARGES, "606", 100 + n, f"Charge numéro {n}") for n in range(1, 81)]
    groups = list(G)
    applications = tuple(
        BudgetApplication(
            1000 + n,
            f"Dossier {n}",
            S.SUBMITTED,
            n,
            f"Financeur {n}",
            groups[n % len(groups)],
            10_000,
            10_000,
        )
        for n in range(30)
    )
    budget = build_budget(
        BudgetSources(BudgetOwner(project_id=1, title="Long"), tuple(charges), applications)
    )
    reader = PdfReader(io.BytesIO(budget_pdf(budget, None)), strict=True)
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert len(texts) >= 2
    assert texts[1].startswith("Charges Montant Produits Montant")  # the header again on the next page
    # every charge printed once, in order, and the totals once at the end
    everything = " ".join(texts)
    positions = [everything.index(f"Charge numéro {n} ") for n in range(1, 81)]
    assert positions == sorted(positions)
    assert everything.count("Total des charges") == 1
    # the charges column is not stretched by the subsidies beside it: page 1 holds most charges
    assert "Charge numéro 40 " in texts[0]
    # a funder group never ends a page alone
    for text in texts[:-1]:
        body = text.split(" Page ")[0]
        assert not body.rstrip().endswith(tuple(str(label) for label in CERFA_GROUP_LABELS.values()))


def test_a_compte_rendu_heading_never_ends_a_page_alone() -> None:
    from reportlab.platypus import Spacer

    from coopdesk.reports.budget_pdf import _report_table, _Styles

    budget = sample_budget()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer)
    # room left at the foot of the first page for the table's header and one heading, not its line
    room = 32
    story = [
        Spacer(1, document.height - room),
        _report_table(budget.charges, _Styles(budget_styles()), "Total"),
    ]
    document.build(story)
    first, *_rest = (page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    assert "Achats" not in first  # the header and the 60 heading went over with the first line


def test_the_pdf_prints_the_whole_grid_of_the_form() -> None:
    """Every heading of the form (69, charges indirectes, ressources propres), every 74 group even
    empty, the excédent / insuffisance lines, and the share of the subsidy the budget is printed for."""
    budget = build_budget(sample_sources(), highlighted_application_id=10)
    text = _plain(budget_pdf(budget, None))
    assert "69 Impôts sur les bénéfices (IS) ; participation des salariés" in text
    assert "Charges indirectes affectées à l'action" in text
    assert "Ressources propres affectées à l'action" in text
    for label in CERFA_GROUP_LABELS.values():
        assert label in text
    assert "Excédent prévisionnel (bénéfice)" in text
    assert "Insuffisance prévisionnelle (perte)" in text
    assert "DDETS — Aide alimentaire 2027 (sollicitée) — la présente demande" in text
    # 8 000 € of 65 600 € of produits
    assert "La subvention de 8 000 € représente 12,2 % du total des produits du projet." in text


def test_an_association_budget_has_no_project_headings_and_says_its_deficit() -> None:
    sources = sample_sources(extra_charge=1_000)
    owner = dataclasses.replace(sources.owner, project_id=None, fiscal_year=2027)
    budget = build_budget(dataclasses.replace(sources, owner=owner))
    text = _plain(budget_pdf(budget, None))
    assert "Charges indirectes" not in text
    assert "Ressources propres" not in text
    assert "La subvention de" not in text
    assert "Insuffisance prévisionnelle (perte) 1 000 €" in text


def test_the_compte_rendu_of_an_operating_grant_names_the_year_and_says_an_empty_budget() -> None:
    grant = BudgetApplication(
        30, "Fonctionnement 2026", S.PAID, 1, "CCAS", G.MUNICIPALITY, 300_000, 300_000, 300_000
    )
    budget = build_budget(
        dataclasses.replace(
            sample_sources(), owner=BudgetOwner(fiscal_year=2026), lines=(), applications=(grant,)
        ),
        30,
    )
    text = _plain(compte_rendu_pdf(CompteRendu(grant, budget), None))
    assert "Compte rendu financier — fonctionnement de l'association, exercice 2026" in text
    assert "« »" not in text
    assert "Aucune charge n'est saisie dans le budget de référence" in text
    assert "exercice 2026), puis les montants réalisés" in text


def test_compte_rendu_prints_the_whole_grid_of_the_form_and_its_annex() -> None:
    budget = sample_budget()
    application = budget.applications[1]
    notes = CompteRenduNotes(indirect="Loyer au prorata des surfaces : 20 %.", in_kind="Bénévolat au SMIC.")
    text = _plain(compte_rendu_pdf(CompteRendu(application, budget, notes), None))
    # every heading of the form, even with no line, and every funder group of 74
    for heading in ("65 Autres charges de gestion courante", "69 Impôts sur les bénéfices", "78 Reprises"):
        assert heading in text
    for label in CERFA_GROUP_LABELS.values():
        assert label in text
    for detail in ("Charges fixes de fonctionnement", "Frais financiers"):
        assert detail in text  # the three lines of the indirect charges, as on the form
    assert "860 Secours en nature" in text  # the 86 / 87 block, even empty
    assert "— la présente demande" in text  # the grant being reported on
    # the annexe explicative: the three questions of the form, with the notes typed
    assert "Annexe explicative au compte rendu financier" in text
    assert "règle de répartition des charges indirectes" in text
    assert "Loyer au prorata des surfaces : 20 %." in text
    assert "Bénévolat au SMIC." in text
    assert "Loyer augmenté." in text  # the gaps explained line by line under question 2


def test_compte_rendu_annex_says_what_is_missing() -> None:
    budget = sample_budget()
    text = _plain(compte_rendu_pdf(CompteRendu(budget.applications[1], budget), None))
    # a project without indirect charges: question 1 does not apply; in-kind lines typed: 3 must be answered
    assert "Sans objet : aucune charge indirecte n'est affectée à l'action." in text
    assert "À indiquer : des contributions en nature figurent aux comptes 86 et 87." in text
    operating = dataclasses.replace(budget, owner=BudgetOwner(fiscal_year=2027))
    text = _plain(compte_rendu_pdf(CompteRendu(operating.applications[1], operating), None))
    assert "Sans objet : subvention de fonctionnement global" in text
