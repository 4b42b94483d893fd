"""The administrative-burden report: hours spent on applications, per application, funder, activity,
volunteer and status, set against what was obtained, and valued at the association's hourly rate.

Every figure is a SQL GROUP BY (storage.repositories.report_repository) over the entries of the period,
read in one session. The hourly valuation is an association-wide setting (HOURLY_VALUATION_CENTS).
Outputs: a PDF to hand over (coopdesk.reports.burden_report), and the table per application as CSV or
XLSX (coopdesk.formats.table_export).
"""

from __future__ import annotations

import datetime as dt

from coopdesk.domain.burden import BurdenFilter, BurdenReport, apportion
from coopdesk.domain.errors import NotFound
from coopdesk.formats.table_export import Cell, ColumnFormat
from coopdesk.reports.burden_report import application_label, funder_label, status_label
from coopdesk.services.shared_settings_service import HOURLY_VALUATION_CENTS, SharedSettingsService
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import association_repository, report_repository


class BurdenService:
    def __init__(self, database: Database, shared_settings: SharedSettingsService) -> None:
        self._database = database
        self._settings = shared_settings

    # -- the hourly valuation ------------------------------------------------------------------------

    def hourly_valuation(self) -> tuple[int, bool]:
        """(cents per hour, True when it is the default: the gross hourly SMIC on 1 January 2026)."""
        return self._settings.get_int(HOURLY_VALUATION_CENTS), self._settings.is_default(
            HOURLY_VALUATION_CENTS
        )

    def set_hourly_valuation(self, cents: int) -> None:
        """Store the value of one hour for the whole association (InvalidValue when out of bounds)."""
        self._settings.set_int(HOURLY_VALUATION_CENTS, cents)

    def reset_hourly_valuation(self) -> None:
        self._settings.reset(HOURLY_VALUATION_CENTS)

    @staticmethod
    def default_hourly_valuation() -> int:
        return HOURLY_VALUATION_CENTS.default

    # -- the report ----------------------------------------------------------------------------------

    def report(self, burden_filter: BurdenFilter, today: dt.date) -> BurdenReport:
        """Every figure of the filter. Raises InvalidValue("period") when it ends before it starts and
        NotFound("funder" / "volunteer") for an unknown funder or volunteer."""
        burden_filter.check()
        hourly, is_default = self.hourly_valuation()
        with self._database.session() as session:
            funder_name = volunteer_name = ""
            if burden_filter.funder_id is not None:
                found = report_repository.funder_name(session, burden_filter.funder_id)
                if found is None:
                    raise NotFound("funder", burden_filter.funder_id)
                funder_name = found
            if burden_filter.volunteer_id is not None:
                found = report_repository.volunteer_name(session, burden_filter.volunteer_id)
                if found is None:
                    raise NotFound("volunteer", burden_filter.volunteer_id)
                volunteer_name = found
            profile = association_repository.load(session)
            by_status, entries = report_repository.by_status(session, burden_filter)
            if entries == 0:
                by_application, by_funder, by_activity, by_volunteer = [], [], [], []
            else:
                by_application = report_repository.by_application(session, burden_filter)
                by_funder = report_repository.by_funder(session, burden_filter)
                by_activity = report_repository.by_activity(session, burden_filter)
                by_volunteer = report_repository.by_volunteer(session, burden_filter)
        return BurdenReport(
            filter=burden_filter,
            hourly_valuation_cents=hourly,
            hourly_valuation_is_default=is_default,
            association_name=profile.name if profile is not None else "",
            funder_name=funder_name,
            volunteer_name=volunteer_name,
            generated_on=today,
            entries=entries,
            by_application=tuple(by_application),
            by_funder=tuple(by_funder),
            by_status=tuple(by_status),
            by_activity=tuple(by_activity),
            by_volunteer=tuple(by_volunteer),
        )

    def total_minutes(self, burden_filter: BurdenFilter) -> tuple[int, int]:
        """(minutes, entries) of the filter by one plain SUM: a check of the report's totals."""
        with self._database.session() as session:
            return report_repository.total_minutes(session, burden_filter)

    # -- outputs -------------------------------------------------------------------------------------

    @staticmethod
    def pdf(report: BurdenReport) -> bytes:
        from coopdesk.reports.burden_report import render_pdf

        return render_pdf(report)

    @staticmethod
    def csv(report: BurdenReport) -> bytes:
        """The table per application for French Excel (UTF-8 with BOM, ";")."""
        from coopdesk.formats.table_export import write_table_csv

        return write_table_csv(BURDEN_COLUMNS, table_rows(report), column_formats=BURDEN_COLUMN_FORMATS)

    @staticmethod
    def xlsx(report: BurdenReport) -> bytes:
        """The table per application as a workbook, with a totals row of live SUM formulas."""
        from coopdesk.formats.table_export import write_xlsx

        return write_xlsx(
            BURDEN_SHEET_TITLE,
            BURDEN_COLUMNS,
            table_rows(report),
            column_formats=BURDEN_COLUMN_FORMATS,
            totals_row=BURDEN_TOTALLED_COLUMNS,
        )


# -- the exported table (French by design, like every export) ------------------------------------------

BURDEN_SHEET_TITLE = "Temps par dossier"
BURDEN_COLUMNS = (
    "N° du dossier", "Dossier", "Financeur", "Statut", "Saisies", "Minutes", "Heures", "Montant accordé",
    "Valorisation",
)  # fmt: skip
BURDEN_COLUMN_FORMATS = (
    ColumnFormat.INTEGER, ColumnFormat.TEXT, ColumnFormat.TEXT, ColumnFormat.TEXT, ColumnFormat.INTEGER,
    ColumnFormat.INTEGER, ColumnFormat.HOURS_HUNDREDTHS, ColumnFormat.MONEY_CENTS, ColumnFormat.MONEY_CENTS,
)  # fmt: skip
BURDEN_TOTALLED_COLUMNS = (4, 5, 6, 7, 8)
BURDEN_MINUTES_COLUMN = 5


def table_rows(report: BurdenReport) -> list[tuple[Cell, ...]]:
    """One row per application (and per funder for the time outside any application). Hours and
    valuations are rounded so that their columns add up to the report's totals."""
    minutes = [row.minutes for row in report.by_application]
    hours = apportion([line * 100 for line in minutes], 60)
    valuations = report.valuations_of(minutes)
    return [
        (
            row.application_id,
            application_label(row.title, row.application_id, row.funder_name),
            funder_label(row.funder_name),
            status_label(row.status),
            row.entries,
            row.minutes,
            hundredths,
            row.granted_cents,
            valuation,
        )
        for row, hundredths, valuation in zip(report.by_application, hours, valuations, strict=True)
    ]
