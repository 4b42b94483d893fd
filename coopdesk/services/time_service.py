"""Time spent on applications (or on funders and calls before any application): entries, totals,
the day of a volunteer, and the export of every entry for a spreadsheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from coopdesk.domain.durations import hundredths_of_hour
from coopdesk.domain.enums import TimeActivity
from coopdesk.domain.time_entries import (
    DayOverfull,
    TimeEntryInput,
    TimeEntryRow,
    TimeFilter,
    TimeTargetChoice,
    TimeTotals,
    day_is_overfull,
    validate_time_entry,
)
from coopdesk.formats.table_export import Cell, ColumnFormat, write_table_csv, write_xlsx
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import time_repository

TIME_SHEET_TITLE = "Temps passé"  # the exported workbook is French by design
TIME_COLUMNS = (
    "Date", "Bénévole", "Dossier", "Financeur", "Appel à projets", "Activité", "Durée (heures)",
    "Durée (minutes)", "Note",
)  # fmt: skip
TIME_HOURS_COLUMN, TIME_MINUTES_COLUMN = 6, 7
ACTIVITY_LABELS = {  # French on purpose: the exports and the command line are French
    "research": "veille et recherche",
    "writing": "rédaction",
    "collecting_pieces": "collecte des pièces",
    "platform_entry": "saisie sur la plateforme",
    "meetings": "réunions et échanges",
    "follow_up": "suivi et relances",
    "reporting": "compte rendu",
    "other": "autre",
}


class TimeService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def entries(self, chosen: TimeFilter | None = None, limit: int | None = None) -> list[TimeEntryRow]:
        with self._database.session() as session:
            return time_repository.list_entries(session, chosen or TimeFilter(), limit)

    def totals(self, chosen: TimeFilter | None = None) -> TimeTotals:
        with self._database.session() as session:
            return time_repository.totals(session, chosen or TimeFilter())

    def get(self, entry_id: int) -> TimeEntryRow:
        with self._database.session() as session:
            return time_repository.get(session, entry_id)

    def targets(self) -> list[TimeTargetChoice]:
        with self._database.session() as session:
            return time_repository.targets(session)

    def volunteer_named(self, name: str) -> int | None:
        with self._database.session() as session:
            return time_repository.volunteer_named(session, name)

    def create(
        self, data: TimeEntryInput, today: dt.date, *, allow_overfull_day: bool = False
    ) -> TimeEntryRow:
        """Save a new entry. Raises FieldErrors (nothing saved), NotFound for an unknown volunteer,
        application, funder or call, and DayOverfull when the volunteer's day would exceed 24 hours
        unless `allow_overfull_day` (the user confirmed)."""
        clean = validate_time_entry(data, today)
        with self._database.session() as session:
            self._check_day(session, clean, None, allow_overfull_day)
            return time_repository.add(session, clean)

    def update(
        self,
        entry_id: int,
        expected_version: int,
        data: TimeEntryInput,
        today: dt.date,
        *,
        allow_overfull_day: bool = False,
    ) -> TimeEntryRow:
        """Like create; StaleEdit when the entry was changed elsewhere since it was read."""
        clean = validate_time_entry(data, today)
        with self._database.session() as session:
            self._check_day(session, clean, entry_id, allow_overfull_day)
            return time_repository.update(session, entry_id, expected_version, clean)

    @staticmethod
    def _check_day(session: Session, data: TimeEntryInput, entry_id: int | None, allowed: bool) -> None:
        if allowed or data.volunteer_id is None or data.spent_on is None:
            return
        already = time_repository.day_minutes(session, data.volunteer_id, data.spent_on, excluding=entry_id)
        if day_is_overfull(already, data.minutes):
            raise DayOverfull(data.volunteer_id, data.spent_on, already, data.minutes)

    def delete(self, entry_id: int) -> TimeEntryRow:
        """Delete an entry; returns it as it was (to undo: create it again)."""
        with self._database.session() as session:
            return time_repository.delete(session, entry_id)

    def restore(self, row: TimeEntryRow) -> TimeEntryRow:
        """Create again an entry just deleted (undo): its day is not checked again."""
        data = TimeEntryInput(
            volunteer_id=row.volunteer_id,
            spent_on=row.spent_on,
            minutes=row.minutes,
            activity=row.activity,
            application_id=row.application_id,
            funder_id=None if row.application_id is not None else row.funder_id,
            call_id=None if row.application_id is not None else row.call_id,
            note=row.note,
        )
        with self._database.session() as session:
            return time_repository.add(session, data)

    # -- exports -------------------------------------------------------------------------------------

    def _export_rows(self) -> list[Sequence[Cell]]:
        labels = {activity: ACTIVITY_LABELS[activity.value] for activity in TimeActivity}
        return [
            (
                row.spent_on,
                row.volunteer_name,
                row.application_title,
                row.funder_name,
                row.call_title,
                labels[row.activity],
                hundredths_of_hour(row.minutes),
                row.minutes,
                row.note,
            )
            for row in reversed(self.entries())  # oldest first, as a spreadsheet is read
        ]

    def export_csv(self) -> bytes:
        """Every entry for French Excel: hours as "1,50", minutes as an integer."""
        return write_table_csv(TIME_COLUMNS, self._export_rows(), column_formats=_formats())

    def export_xlsx(self) -> bytes:
        """Every entry as a workbook with a totals row (live SUM formulas) for hours and minutes."""
        return write_xlsx(
            TIME_SHEET_TITLE,
            TIME_COLUMNS,
            self._export_rows(),
            column_formats=_formats(),
            totals_row=(TIME_HOURS_COLUMN, TIME_MINUTES_COLUMN),
        )


def _formats() -> tuple[ColumnFormat, ...]:
    text = ColumnFormat.TEXT
    hours, minutes = ColumnFormat.HOURS_HUNDREDTHS, ColumnFormat.INTEGER
    return (ColumnFormat.DATE, text, text, text, text, text, hours, minutes, text)
