"""`coopdesk budget` and `coopdesk report compte-rendu`: CERFA budgets and comptes rendus to files.

coopdesk budget PROJET -o budget.pdf|.xlsx
coopdesk budget --association --year 2027 -o budget-2027.pdf|.xlsx
coopdesk report compte-rendu DOSSIER -o compte-rendu.pdf
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Final

from coopdesk.cli.common import EXIT_OK, UserError, open_registry, output_path, write_file
from coopdesk.cli.numbers import required, whole_number
from coopdesk.cli.report import report_kinds
from coopdesk.domain.budget import CompteRenduUnavailable
from coopdesk.domain.errors import FieldErrors, NotFound
from coopdesk.paths import Locations

BUDGET_FORMATS: Final = ("pdf", "xlsx")
_STATUS_WORDS: Final = {
    "idea": "à l'état d'idée",
    "drafting": "en rédaction",
    "submitted": "déposé",
    "under_review": "en instruction",
    "refused": "refusé",
    "withdrawn": "abandonné",
}


def add_commands(commands: Any) -> None:
    budget = commands.add_parser(
        "budget",
        help="budget CERFA d'un projet ou de l'association, en PDF ou XLSX (totaux en formules)",
        description="Écrit le budget prévisionnel au format du CERFA 12156 (charges, produits, "
        "contributions en nature) ; le format vient de l'extension du fichier.",
    )
    budget.add_argument("project_id", nargs="?", metavar="PROJET", help="numéro du projet")
    budget.add_argument("--association", action="store_true", help="le budget de l'association")
    budget.add_argument("--year", metavar="ANNÉE", help="exercice du budget de l'association")
    budget.add_argument(
        "--plan",
        action="store_true",
        help="le plan de financement de l'investissement du projet (dépenses et ressources), en PDF",
    )
    budget.add_argument("-o", "--output", metavar="FICHIER", help="fichier .pdf ou .xlsx")
    budget.set_defaults(handler=_cmd_budget)
    kinds = report_kinds(commands)
    report = kinds.add_parser(
        "compte-rendu",
        help="compte rendu financier (CERFA 15059) d'une subvention accordée, en PDF",
        description="Prévision, réalisation et écart de chaque ligne du budget du projet ; les écarts de "
        "plus de 15 % demandent une explication.",
    )
    report.add_argument("application_id", nargs="?", metavar="DOSSIER", help="numéro du dossier")
    report.add_argument(
        "--year",
        "--annee",
        dest="year",
        metavar="ANNÉE",
        help="pour une convention pluriannuelle de fonctionnement : l'année du compte rendu (la première "
        "par défaut)",
    )
    report.add_argument("-o", "--output", metavar="FICHIER", help="fichier .pdf")
    report.set_defaults(handler=_cmd_compte_rendu)


def _suffix(path_text: str, allowed: tuple[str, ...], example: str) -> str:
    suffix = Path(path_text).suffix.lower().lstrip(".")
    if suffix not in allowed:
        shown = f"« .{suffix} »" if suffix else "aucune extension"
        wanted = " ou ".join(f".{name}" for name in allowed)
        raise UserError(
            f"Format de fichier inconnu ({shown}) : indiquez un fichier {wanted} (par exemple -o {example})."
        )
    return suffix


def _cmd_budget(args: argparse.Namespace, locations: Locations) -> int:
    from coopdesk.reports.budget_pdf import balance_sentences, budget_title

    if args.plan and args.association:
        raise UserError(
            "--plan est le plan de financement d'un projet : indiquez son numéro, sans --association."
        )
    if args.association == (args.project_id is not None):
        raise UserError("Indiquez soit un numéro de projet, soit --association --year ANNÉE.")
    if args.association and args.year is None:
        raise UserError("Indiquez l'exercice du budget de l'association : --year 2027 par exemple.")
    if not args.association and args.year is not None:
        raise UserError(
            "--year ne sert qu'au budget de l'association (--association --year 2027) ; "
            "le budget d'un projet couvre la période du projet."
        )
    project_id = None if args.association else whole_number(args.project_id, "numéro de projet")
    if args.plan:
        assert project_id is not None
        return _write_plan(project_id, args, locations)
    args.output = required(args.output, "Indiquez le fichier à écrire : -o budget.pdf (ou budget.xlsx).")
    year = whole_number(args.year, "exercice", minimum=1900, maximum=2200) if args.association else 0
    path = output_path(args.output, locations)
    suffix = _suffix(args.output, BUDGET_FORMATS, "budget.pdf")
    registry = open_registry(locations, must_exist=True)
    try:
        try:
            if project_id is None:
                budget = registry.budgets.association_budget(year)
            else:
                budget = registry.budgets.project_budget(project_id)
        except NotFound as error:
            raise UserError(
                f"Aucun projet n°{error.entity_id} dans la base (voir coopdesk list projects)."
            ) from error
        except FieldErrors as error:
            raise UserError("Exercice invalide : indiquez une année entre 1900 et 2200.") from error
        title = budget_title(budget)
        if suffix == "pdf":
            data = registry.budgets.budget_pdf(budget, title)
        else:
            from coopdesk.formats.budget_xlsx import budget_xlsx

            data = budget_xlsx(budget, title)
    finally:
        registry.close()
    write_file(path, data)
    if budget.is_empty:
        print(f"Budget vide (aucune ligne saisie) : {path} écrit, qui le montre.")
    else:
        print(f"{title} écrit dans {path}.")
    for sentence in balance_sentences(budget.balance):
        if not budget.balance.balanced:
            print(sentence)
    return EXIT_OK


def _write_plan(project_id: int, args: argparse.Namespace, locations: Locations) -> int:
    """`coopdesk budget PROJET --plan -o plan.pdf`: the plan de financement of an investment."""
    from coopdesk.reports.budget_pdf import euros

    args.output = required(args.output, "Indiquez le fichier à écrire : -o plan-de-financement.pdf.")
    path = output_path(args.output, locations)
    _suffix(args.output, ("pdf",), "plan-de-financement.pdf")
    registry = open_registry(locations, must_exist=True)
    try:
        try:
            plan = registry.budgets.investment_plan(project_id)
        except NotFound as error:
            raise UserError(
                f"Aucun projet n°{error.entity_id} dans la base (voir coopdesk list projects)."
            ) from error
        data = registry.budgets.investment_pdf(plan)
    finally:
        registry.close()
    write_file(path, data)
    if plan.is_empty:
        print(f"Plan de financement vide (aucune dépense saisie) : {path} écrit, qui le montre.")
    else:
        print(f"Plan de financement du projet n°{project_id} écrit dans {path}.")
    if not plan.balanced:
        print(
            f"Le plan n'est pas équilibré : dépenses {euros(plan.expenses_cents)}, "
            f"ressources {euros(plan.resources_cents)}."
        )
    for item in plan.expenses_without_quote:
        print(f"Devis à joindre : {item.label} ({euros(item.amount_cents)}).")
    return EXIT_OK


def _cmd_compte_rendu(args: argparse.Namespace, locations: Locations) -> int:
    from coopdesk.reports.budget_pdf import euros, result_sentences

    required(
        args.application_id,
        "Indiquez le numéro du dossier : coopdesk report compte-rendu 22 -o compte-rendu.pdf.",
    )
    application_id = whole_number(args.application_id, "numéro de dossier")
    args.output = required(args.output, "Indiquez le fichier à écrire : -o compte-rendu.pdf.")
    path = output_path(args.output, locations)
    _suffix(args.output, ("pdf",), "compte-rendu.pdf")
    year = None if args.year is None else whole_number(args.year, "année", minimum=1900, maximum=2200)
    registry = open_registry(locations, must_exist=True)
    try:
        try:
            years = registry.budgets.report_years(application_id) if year is not None else ()
            if year is not None and year not in years:
                shown = ", ".join(str(item) for item in years)
                raise UserError(
                    f"Le dossier n°{application_id} n'a pas de compte rendu pour {year} : "
                    + (
                        f"ses années sont {shown}."
                        if years
                        else "ce n'est pas une convention pluriannuelle de fonctionnement (omettez --annee)."
                    )
                )
            report = registry.budgets.compte_rendu(application_id, year)
        except NotFound as error:
            raise UserError(
                f"Aucun dossier n°{error.entity_id} dans la base (voir coopdesk list applications)."
            ) from error
        except CompteRenduUnavailable as error:
            if error.reason == "no_year":
                raise UserError(
                    f"Le dossier n°{error.application_id} demande un financement du fonctionnement : son "
                    "compte rendu se fait sur le budget de l'association de l'année financée, mais ni sa "
                    "période financée, ni son dépôt, ni sa date limite ne disent laquelle. Indiquez la "
                    "période financée dans la fenêtre."
                ) from error
            state = _STATUS_WORDS.get(error.status, "sans subvention accordée")
            raise UserError(
                f"Pas de compte rendu financier pour le dossier n°{error.application_id} : il est {state}. "
                "Le compte rendu se fait après l'accord de la subvention."
            ) from error
        data = registry.budgets.compte_rendu_pdf(report)
    finally:
        registry.close()
    write_file(path, data)
    print(f"Compte rendu financier du dossier n°{application_id} écrit dans {path}.")
    for sentence in result_sentences(report):
        print(sentence)
    missing = report.items_needing_explanation
    for item in missing:
        print(
            f"Écart de plus de 15 % sans explication : {item.label} (prévu {euros(item.planned_cents)}, "
            f"réalisé {euros(item.actual_cents)})."
        )
    return EXIT_OK
