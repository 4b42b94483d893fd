"""Multi-year grants (CPO), on SQLite and PostgreSQL: one compte rendu per financed year, each due six
months after the end of its fiscal year, tracked on the dashboard and in the ICS export until filed;
amounts per year that do not add up to the amount granted are refused with both figures."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from coopdesk.domain.applications import ApplicationInput, TransitionInput
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import DeadlineKind
from coopdesk.domain.errors import FieldErrors, YearsDoNotAddUp
from coopdesk.domain.rows import AssociationProfile
from coopdesk.domain.workflow import year_report_due_date
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.association_service import AssociationService
from coopdesk.services.calendar_service import CalendarService
from coopdesk.services.dashboard_service import DashboardService
from coopdesk.storage.database import Database

D = dt.date
YEARS = ((2027, 800_000), (2028, 800_000), (2029, 800_000))


def test_each_year_is_due_six_months_after_its_fiscal_year() -> None:
    assert [year_report_due_date(year, D(2029, 12, 31)) for year in (2027, 2028, 2029)] == [
        D(2028, 6, 30),
        D(2029, 6, 30),
        D(2030, 6, 30),
    ]
    # a fiscal year ending on 30 June: the year 2027 ends in the fiscal year 07/2027–06/2028
    assert year_report_due_date(2027, None, fiscal_year_end_month=6, fiscal_year_end_day=30) == D(
        2028, 12, 31
    )
    # a period ending within the year: that day's fiscal year
    assert year_report_due_date(2029, D(2029, 3, 31), fiscal_year_end_month=6, fiscal_year_end_day=30) == D(
        2029, 12, 31
    )


def _cpo(service: ApplicationService, years: tuple[tuple[int, int], ...] = YEARS) -> int:
    row = service.create(
        ApplicationInput(
            title="CPO épicerie 2027-2029",
            multi_year=True,
            year_amounts=years,
            amount_requested_cents=2_400_000,
            period_start=D(2027, 1, 1),
            period_end=D(2029, 12, 31),
        )
    )
    row = service.transition(row.id, row.version, TransitionInput(S.DRAFTING))
    row = service.transition(row.id, row.version, TransitionInput(S.SUBMITTED, submitted_on=D(2026, 10, 1)))
    return row.id


def test_a_grant_whose_years_do_not_add_up_is_refused_with_the_figures(database: Database) -> None:
    service = ApplicationService(database)
    application_id = _cpo(service)
    row = service.get(application_id)
    with pytest.raises(FieldErrors) as error:
        service.transition(
            row.id,
            row.version,
            TransitionInput(S.PARTIALLY_GRANTED, decision_on=D(2027, 1, 10), amount_granted_cents=2_100_000),
        )
    refusal = error.value.errors["amount_granted_cents"]
    assert isinstance(refusal, YearsDoNotAddUp)
    assert (refusal.years_total_cents, refusal.granted_cents) == (2_400_000, 2_100_000)
    assert service.get(application_id).status is S.SUBMITTED  # nothing changed
    # the years corrected first (no grant yet: nothing to compare with), the decision goes through
    corrected = ((2027, 700_000), (2028, 700_000), (2029, 700_000))
    row = service.update(row.id, row.version, _with(row.to_input(), year_amounts=corrected))
    row = service.transition(
        row.id,
        row.version,
        TransitionInput(S.PARTIALLY_GRANTED, decision_on=D(2027, 1, 10), amount_granted_cents=2_100_000),
    )
    assert row.amount_granted_cents == 2_100_000
    # once granted, amounts per year typed that do not add up are refused on the years
    wrong = ((2027, 700_000), (2028, 700_000), (2029, 800_000))
    with pytest.raises(FieldErrors) as error:
        service.update(row.id, row.version, _with(row.to_input(), year_amounts=wrong))
    refusal = error.value.errors["year_amounts"]
    assert isinstance(refusal, YearsDoNotAddUp)
    assert (refusal.years_total_cents, refusal.granted_cents) == (2_200_000, 2_100_000)
    assert service.get(row.id).year_amounts == corrected


def _with(data: ApplicationInput, **changes: object) -> ApplicationInput:
    import dataclasses

    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def test_one_report_per_year_on_the_dashboard_and_in_the_calendar(database: Database) -> None:
    AssociationService(database).save_profile(AssociationProfile(name="Épicerie du Lez"))
    service = ApplicationService(database)
    application_id = _cpo(service)
    row = service.get(application_id)
    row = service.transition(
        row.id,
        row.version,
        TransitionInput(S.GRANTED, decision_on=D(2027, 1, 10), amount_granted_cents=2_400_000),
    )
    assert [(r.year, r.due_on, r.filed_on) for r in row.year_reports] == [
        (2027, D(2028, 6, 30), None),
        (2028, D(2029, 6, 30), None),
        (2029, D(2030, 6, 30), None),
    ]
    today = D(2029, 1, 15)

    def reports() -> list[tuple[int | None, dt.date]]:
        deadlines = DashboardService(database).summary(today, horizon_days=365).deadlines
        return [
            (d.year, d.due_on) for d in deadlines if d.kind is DeadlineKind.REPORT and d.entity_id == row.id
        ]

    # 2027 overdue, 2028 within the horizon, 2029 beyond it; never the one report of the whole period
    assert reports() == [(2027, D(2028, 6, 30)), (2028, D(2029, 6, 30))]
    calendar = icalendar.Calendar.from_ical(CalendarService(database).export_ics(today, horizon_days=365))
    events = {str(event["UID"]): str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert events[f"application-{row.id}-report-2027@coopdesk"].startswith(
        "Compte rendu financier 2027 : CPO"
    )
    assert f"application-{row.id}-report-2028@coopdesk" in events

    # the report of 2027 filed: it leaves the dashboard, the filed day is kept with the year
    row = service.update(
        row.id, row.version, _with(row.to_input(), year_reports_filed=((2027, D(2028, 5, 20)),))
    )
    assert row.year_reports_filed == ((2027, D(2028, 5, 20)),)
    assert reports() == [(2028, D(2029, 6, 30))]
    # saving the application again (a note changed) keeps it
    row = service.update(row.id, row.version, _with(row.to_input(), notes="Avenant signé."))
    assert row.year_reports[0].filed_on == D(2028, 5, 20)
    # a report filed for a year the grant does not cover is refused
    with pytest.raises(FieldErrors) as error:
        service.update(
            row.id, row.version, _with(row.to_input(), year_reports_filed=((2031, D(2032, 1, 5)),))
        )
    assert set(error.value.errors) == {"year_amounts"}


def test_a_multi_year_operating_grant_has_a_compte_rendu_per_year(database: Database) -> None:
    from coopdesk.domain.budget import CompteRenduUnavailable
    from coopdesk.domain.enums import RequestObject
    from coopdesk.services.budget_service import BudgetService

    service = ApplicationService(database)
    row = service.create(
        ApplicationInput(
            title="CPO fonctionnement 2027-2029",
            request_object=RequestObject.OPERATION,
            multi_year=True,
            year_amounts=((2027, 500_000), (2028, 600_000), (2029, 700_000)),
            period_start=D(2027, 1, 1),
            period_end=D(2029, 12, 31),
        )
    )
    row = service.transition(row.id, row.version, TransitionInput(S.DRAFTING))
    row = service.transition(row.id, row.version, TransitionInput(S.SUBMITTED, submitted_on=D(2026, 10, 1)))
    row = service.transition(
        row.id,
        row.version,
        TransitionInput(S.GRANTED, decision_on=D(2027, 1, 10), amount_granted_cents=1_800_000),
    )
    budgets = BudgetService(database)
    assert budgets.report_years(row.id) == (2027, 2028, 2029)
    # the grant is in the association's budget of each year it funds, with that year's amount
    for year, cents in ((2027, 500_000), (2028, 600_000), (2029, 700_000)):
        (line,) = [item for item in budgets.association_budget(year).products.items if item.application]
        assert line.planned_cents == cents
        report = budgets.compte_rendu(row.id, year)
        assert report.budget.owner.fiscal_year == year
        assert report.application.amount_cents == cents
    assert budgets.compte_rendu(row.id).budget.owner.fiscal_year == 2027  # the first year by default
    with pytest.raises(CompteRenduUnavailable) as error:
        budgets.compte_rendu(row.id, 2031)
    assert error.value.reason == "no_year"
