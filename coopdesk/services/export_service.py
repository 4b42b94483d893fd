"""Exports for other programs: contacts as vCard or CSV, calls and applications as CSV or XLSX, and one
person's file.

Every export returns bytes; the caller (the window, the command line) writes them where the user chose.
Contacts and calls are read in one session each and rendered by coopdesk.formats (vCard 4.0; CSV for
French Excel: UTF-8 with BOM, ";" and dd/mm/yyyy; XLSX with typed cells). The person's file
(GDPR access request) is the plain text of coopdesk.reports.person_report, in UTF-8.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from coopdesk.domain.applications import ApplicationFilter, ApplicationListRow
from coopdesk.domain.calls import CallFilter, CallRow, CallWindow
from coopdesk.domain.funders import ContactRow
from coopdesk.formats.table_export import (
    APPLICATION_COLUMN_FORMATS,
    APPLICATION_COLUMNS,
    APPLICATION_MONEY_COLUMNS,
    APPLICATION_STATUS_LABELS,
    CALL_COLUMN_FORMATS,
    CALL_COLUMNS,
    CONTACT_COLUMN_FORMATS,
    CONTACT_COLUMNS,
    FUNDING_TYPE_LABELS,
    RECURRENCE_LABELS,
    TOPICS_SEPARATOR,
    Cell,
    write_table_csv,
    write_xlsx,
)
from coopdesk.formats.vcard import VCardContact, write_vcards
from coopdesk.reports.person_report import render_person_text
from coopdesk.services.contact_service import ContactService
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import application_repository, call_repository, contact_repository

CALLS_SHEET_TITLE = "Appels à projets"  # the exported workbook is French by design
APPLICATIONS_SHEET_TITLE = "Dossiers"


class ExportService:
    def __init__(self, database: Database) -> None:
        self._database = database

    # -- contacts --------------------------------------------------------------------------------------

    def _contacts(self) -> list[ContactRow]:
        with self._database.session() as session:
            return contact_repository.list_contacts(session)

    def contacts_vcf(self) -> bytes:
        """Every contact (former ones included, marked) as vCard 4.0, UTF-8, for an address book."""
        cards = [
            VCardContact(
                id=row.id,
                name=row.name,
                funder=row.funder_name,
                service=row.service,
                role=row.role,
                phone=row.phone,
                email=row.email,
                topics=row.topics,
                notes=row.notes,
                active=row.active,
            )
            for row in self._contacts()
        ]
        return write_vcards(cards).encode("utf-8")

    def contacts_csv(self) -> bytes:
        """Every contact as a CSV table for French Excel (UTF-8 with BOM, ";")."""
        rows: list[Sequence[Cell]] = [
            (
                row.name,
                row.funder_name,
                row.role,
                row.service,
                row.phone,
                row.email,
                TOPICS_SEPARATOR.join(row.topics),
                row.active,
                row.last_exchange_on,
            )
            for row in self._contacts()
        ]
        return write_table_csv(CONTACT_COLUMNS, rows, column_formats=CONTACT_COLUMN_FORMATS)

    # -- calls -----------------------------------------------------------------------------------------

    def _call_rows(self, include_archived: bool, today: dt.date | None) -> list[Sequence[Cell]]:
        call_filter = CallFilter(window=CallWindow.ALL, include_archived=include_archived)
        with self._database.session() as session:
            calls = call_repository.list_calls(session, call_filter, today or dt.date.today(), [])
        return [_call_cells(call) for call in calls]

    def calls_csv(self, *, include_archived: bool = False, today: dt.date | None = None) -> bytes:
        """Every call (soonest deadline first) as a CSV table for French Excel."""
        return write_table_csv(
            CALL_COLUMNS, self._call_rows(include_archived, today), column_formats=CALL_COLUMN_FORMATS
        )

    def calls_xlsx(self, *, include_archived: bool = False, today: dt.date | None = None) -> bytes:
        """Every call as one XLSX sheet: real dates, amounts in euros, clickable links."""
        return write_xlsx(
            CALLS_SHEET_TITLE,
            CALL_COLUMNS,
            self._call_rows(include_archived, today),
            column_formats=CALL_COLUMN_FORMATS,
        )

    # -- applications ----------------------------------------------------------------------------------

    def _application_rows(self, application_filter: ApplicationFilter | None) -> list[Sequence[Cell]]:
        """Every application of the filter (its limit and offset ignored), in the table's order."""
        chosen = dataclasses.replace(application_filter or ApplicationFilter(), limit=None, offset=0)
        with self._database.session() as session:
            applications = application_repository.list_applications(session, chosen)
        return [_application_cells(application) for application in applications]

    def applications_csv(self, application_filter: ApplicationFilter | None = None) -> bytes:
        """Every application of the filter (all pages) as a CSV table for French Excel."""
        return write_table_csv(
            APPLICATION_COLUMNS,
            self._application_rows(application_filter),
            column_formats=APPLICATION_COLUMN_FORMATS,
        )

    def applications_xlsx(self, application_filter: ApplicationFilter | None = None) -> bytes:
        """Every application of the filter as one XLSX sheet, with a row of live SUM formulas below the
        amounts (requested, granted, paid, still to be received)."""
        return write_xlsx(
            APPLICATIONS_SHEET_TITLE,
            APPLICATION_COLUMNS,
            self._application_rows(application_filter),
            column_formats=APPLICATION_COLUMN_FORMATS,
            totals_row=APPLICATION_MONEY_COLUMNS,
        )

    # -- one person ------------------------------------------------------------------------------------

    def person_file(self, contact_id: int, *, today: dt.date | None = None) -> bytes:
        """Everything held about one person, as a readable UTF-8 text file. Raises NotFound."""
        record = ContactService(self._database).person_record(contact_id)
        return render_person_text(record, generated_on=today).encode("utf-8")


def _call_cells(call: CallRow) -> Sequence[Cell]:
    return (
        call.title,
        call.funder_name,
        call.reference,
        call.opens_on,
        call.predeposit_on,
        call.deadline,
        call.amount_min_cents,
        call.amount_max_cents,
        call.rate_min_percent,
        call.rate_max_percent,
        FUNDING_TYPE_LABELS[call.funding_type],
        call.multi_year,
        RECURRENCE_LABELS[call.recurrence],
        call.url,
    )


def _application_cells(application: ApplicationListRow) -> Sequence[Cell]:
    granted = application.amount_granted_cents
    return (
        application.id,
        application.title,
        APPLICATION_STATUS_LABELS[application.status],
        application.funder_name,
        application.project_title,
        application.owner_name,
        application.year,
        FUNDING_TYPE_LABELS[application.funding_type],
        application.amount_requested_cents,
        granted,
        application.paid_cents,
        None if granted is None else granted - application.paid_cents,
        application.deadline,
        application.submitted_on,
        application.decision_on,
        application.report_due_on,
    )
