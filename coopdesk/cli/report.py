"""`coopdesk report KIND`: reports to hand over, written to a file (the format from its extension).

    coopdesk report burden [--from DATE] [--to DATE] [--funder ID] [--volunteer ID] -o FICHIER.pdf|.csv|.xlsx

Adding a kind of report (e.g. `compte-rendu`, from coopdesk/cli/budget.py): write a function taking the
`report` group's sub-parsers and adding one parser with its handler, then either

- call `report_kinds(commands).add_parser(...)` from your own `add_commands(commands)` (it finds the
  `report` group or creates it, so the order of the add_commands calls in build_parser does not matter), or
- call `register_report_kind(your_adder)` at import time of your module (cli/__init__ imports it before
  build_parser runs).

Nothing else here needs to change.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from coopdesk.cli.common import EXIT_OK, Parser, UserError, open_registry, output_path, write_file
from coopdesk.cli.numbers import required, whole_number
from coopdesk.domain.burden import BurdenFilter
from coopdesk.domain.dates import format_date, parse_date
from coopdesk.domain.errors import InvalidValue, NotFound
from coopdesk.paths import Locations

ReportKindAdder = Callable[[Any], None]
"""Adds one kind of report to the sub-parsers of the `report` group."""

GROUP: Final = "report"
BURDEN_FORMATS: Final = ("pdf", "csv", "xlsx")

_kind_adders: list[ReportKindAdder] = []
_subparsers: dict[int, Any] = {}  # id(commands) -> the report group's sub-parsers


def register_report_kind(adder: ReportKindAdder) -> None:
    """Have `adder(kinds)` called when the `report` group is built (once, whatever the calls)."""
    if adder not in _kind_adders:
        _kind_adders.append(adder)


def report_kinds(commands: Any) -> Any:
    """The sub-parsers of the `report` group of `commands`, the group created on first call."""
    found = _subparsers.get(id(commands))
    if found is not None and GROUP in commands.choices:
        return found
    group = commands.add_parser(
        GROUP,
        help="rapports à remettre (charge administrative des demandes…)",
        description="Écrit un rapport dans un fichier ; le format vient de l'extension du fichier.",
    )
    kinds = group.add_subparsers(dest="report_kind", metavar="TYPE", parser_class=Parser, required=True)
    _subparsers[id(commands)] = kinds
    return kinds


def add_commands(commands: Any) -> None:
    """The `report` group with the burden report and every registered kind."""
    kinds = report_kinds(commands)
    _add_burden(kinds)
    for adder in _kind_adders:
        adder(kinds)


# -- the burden report ---------------------------------------------------------------------------------


# Checked in the handler rather than by argparse: a mistake is then one French line, without the usage.


def _date(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return parse_date(text)
    except InvalidValue as error:
        raise UserError(
            f"Date illisible pour {option} : « {text} » (attendu : 31/12/2026 ou 2026-12-31)."
        ) from error


def _optional_id(text: str | None, what: str) -> int | None:
    return None if text is None else whole_number(text, what)


def _add_burden(kinds: Any) -> None:
    burden = kinds.add_parser(
        "burden",
        help="charge administrative : heures passées sur les demandes et ce qu'elles ont rapporté "
        "(PDF, CSV ou XLSX)",
        description="Heures de bénévolat passées sur les demandes de subvention de la période, par dossier, "
        "financeur, activité, bénévole et statut ; euros obtenus par heure ; valorisation du bénévolat "
        "(comptes 864 et 870). PDF à remettre, ou tableau par dossier en CSV ou XLSX (totaux en formules).",
    )
    burden.add_argument(
        "--from", dest="start", metavar="DATE", help="premier jour (par défaut : le 1er janvier)"
    )
    burden.add_argument("--to", dest="end", metavar="DATE", help="dernier jour (par défaut : le 31 décembre)")
    burden.add_argument("--funder", metavar="ID", help="un seul financeur")
    burden.add_argument("--volunteer", metavar="ID", help="un seul bénévole")
    burden.add_argument("-o", "--output", metavar="FICHIER", help="fichier .pdf, .csv ou .xlsx à écrire")
    burden.set_defaults(handler=_cmd_burden)


def burden_period(start: dt.date | None, end: dt.date | None, today: dt.date) -> tuple[dt.date, dt.date]:
    """Without dates, this calendar year; with one date, the rest of its calendar year."""
    if start is None:
        start = dt.date(end.year if end is not None else today.year, 1, 1)
    if end is None:
        end = dt.date(start.year, 12, 31)
    return start, end


def _cmd_burden(args: argparse.Namespace, locations: Locations) -> int:
    year = dt.date.today().year
    output = required(args.output, f"Indiquez le fichier à écrire : -o charge-{year}.pdf (ou .csv, .xlsx).")
    start_date, end_date = _date(args.start, "--from"), _date(args.end, "--to")
    funder_id = _optional_id(args.funder, "numéro de financeur")
    volunteer_id = _optional_id(args.volunteer, "numéro de bénévole")
    path = output_path(output, locations)  # before the extension: a folder has none either
    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix not in BURDEN_FORMATS:
        shown = f"« .{suffix} »" if suffix else "aucune extension"
        raise UserError(
            f"Format de fichier inconnu ({shown}) : indiquez un fichier .pdf, .csv ou .xlsx "
            f"(par exemple -o charge-{dt.date.today().year}.pdf)."
        )
    today = dt.date.today()
    start, end = burden_period(start_date, end_date, today)
    if start > end:
        raise UserError(
            f"La période est inversée : --from {format_date(start)} est après --to {format_date(end)}."
        )
    chosen = BurdenFilter(start, end, funder_id=funder_id, volunteer_id=volunteer_id)
    registry = open_registry(locations, must_exist=True)
    try:
        service = registry.burden
        try:
            report = service.report(chosen, today)
        except NotFound as error:
            what = "financeur" if error.entity == "funder" else "bénévole"
            listing = "coopdesk list funders" if error.entity == "funder" else "la page Paramètres"
            raise UserError(f"Aucun {what} n°{error.entity_id} dans la base (voir {listing}).") from error
        if suffix == "pdf":
            data = service.pdf(report)
        elif suffix == "xlsx":
            data = service.xlsx(report)
        else:
            data = service.csv(report)
    finally:
        registry.close()
    write_file(path, data)
    period = f"du {format_date(start)} au {format_date(end)}"
    if report.is_empty:
        narrowed = " avec ces filtres" if funder_id is not None or volunteer_id is not None else ""
        written = "rapport écrit dans {}, qui le signale" if suffix == "pdf" else "tableau vide écrit dans {}"
        print(f"Aucun temps saisi {period}{narrowed} : {written.format(path)}.")
    else:
        from coopdesk.reports.burden_report import hours_text

        print(f"Rapport de charge administrative ({period}, {hours_text(report.minutes)}) écrit dans {path}.")
    return EXIT_OK
