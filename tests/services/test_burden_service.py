"""The burden report: figures computed in SQL, equal to the plain sums of the time entries, on SQLite and
PostgreSQL; time spent before any application counted under its funder; bad filters refused."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from coopdesk.domain.burden import BurdenFilter, BurdenReport
from coopdesk.domain.enums import ApplicationStatus, TimeActivity
from coopdesk.domain.errors import InvalidValue, NotFound
from coopdesk.services.burden_service import (
    BURDEN_COLUMNS,
    BURDEN_MINUTES_COLUMN,
    BurdenService,
    table_rows,
)
from coopdesk.services.shared_settings_service import SharedSettingsService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import Application, Association, Call, Funder, TimeEntry, Volunteer

TODAY = dt.date(2026, 11, 28)
YEAR = BurdenFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
S = ApplicationStatus


def _service(database: Database) -> BurdenService:
    return BurdenService(database, SharedSettingsService(database))


def _funder(name: str) -> Funder:
    return Funder(name=name, normalized_name=name.lower(), kind="state_service", level="departmental")


@dataclass(frozen=True)
class Ids:
    ddets: int
    caf: int
    call_caf: int
    granted: int
    refused: int
    withdrawn: int
    drafting: int
    sophie: int
    yanis: int


def _fill(database: Database) -> Ids:
    """DDETS: a granted application (10 000 €) with 3 h and a refused one with 5 h; CAF: a withdrawn
    application with 1 h 30, 2 h on the CAF itself and 30 min on one of its calls (no application);
    a drafting application of the DDETS with 45 min in 2025 (outside the year)."""
    with database.session() as session:
        session.add(Association(name="Épicerie <solidaire> & co"))
        ddets, caf = _funder("DDETS de l'Hérault"), _funder("CAF <de> l'Hérault & co")
        sophie, yanis = Volunteer(name="Sophie"), Volunteer(name="Yanis")
        session.add_all([ddets, caf, sophie, yanis])
        session.flush()
        call = Call(title="Appel CAF 2026", funder_id=caf.id)
        session.add(call)
        apps = {
            "granted": Application(
                title="Épicerie 2026",
                funder_id=ddets.id,
                status=S.GRANTED.value,
                amount_granted_cents=1_000_000,
            ),
            "refused": Application(title="Camion", funder_id=ddets.id, status=S.REFUSED.value),
            "withdrawn": Application(title="Ateliers", funder_id=caf.id, status=S.WITHDRAWN.value),
            "drafting": Application(title="Chambre froide", funder_id=ddets.id, status=S.DRAFTING.value),
        }
        session.add_all(apps.values())
        session.flush()

        def entry(
            minutes: int, day: dt.date, activity: TimeActivity, volunteer: Volunteer | None, **target: int
        ) -> TimeEntry:
            return TimeEntry(
                minutes=minutes,
                spent_on=day,
                activity=activity.value,
                volunteer_id=volunteer.id if volunteer else None,
                **target,
            )

        day = dt.date(2026, 3, 10)
        session.add_all(
            [
                entry(120, day, TimeActivity.WRITING, sophie, application_id=apps["granted"].id),
                entry(60, day, TimeActivity.PLATFORM_ENTRY, yanis, application_id=apps["granted"].id),
                entry(240, day, TimeActivity.WRITING, sophie, application_id=apps["refused"].id),
                entry(
                    60, dt.date(2026, 12, 31), TimeActivity.MEETINGS, None, application_id=apps["refused"].id
                ),
                entry(
                    90, dt.date(2026, 1, 1), TimeActivity.RESEARCH, yanis, application_id=apps["withdrawn"].id
                ),
                entry(120, day, TimeActivity.MEETINGS, sophie, funder_id=caf.id),
                entry(30, day, TimeActivity.RESEARCH, yanis, call_id=call.id),
                entry(
                    45,
                    dt.date(2025, 12, 31),
                    TimeActivity.WRITING,
                    sophie,
                    application_id=apps["drafting"].id,
                ),
            ]
        )
        return Ids(
            ddets.id, caf.id, call.id, apps["granted"].id, apps["refused"].id, apps["withdrawn"].id,
            apps["drafting"].id, sophie.id, yanis.id,
        )  # fmt: skip


def test_figures_of_a_year(database: Database) -> None:
    ids = _fill(database)
    report = _service(database).report(YEAR, TODAY)

    assert report.association_name == "Épicerie <solidaire> & co"
    assert (report.entries, report.minutes, report.applications) == (7, 720, 3)
    assert report.refused_applications == 1
    assert report.withdrawn_applications == 1
    assert report.minutes_no_return == 300 + 90
    assert report.minutes_without_application == 150
    # Euros per hour: 10 000 € over the hours of the applications whose outcome is known (3 + 5 + 1,5 h).
    assert report.granted_cents == 1_000_000
    assert report.minutes_decided == 570
    assert report.cents_per_hour == round(1_000_000 * 60 / 570)
    # Valued at the default 12,02 € an hour: 12 h -> 144,24 €.
    assert report.hourly_valuation_cents == 1202
    assert report.hourly_valuation_is_default
    assert report.valuation_cents == 14_424

    funders = {row.funder_id: row for row in report.by_funder}
    assert funders[ids.ddets].minutes == 480
    assert funders[ids.ddets].applications == 2
    assert funders[ids.ddets].granted_cents == 1_000_000
    assert funders[ids.ddets].minutes_no_return == 300
    assert funders[ids.ddets].cents_per_hour == 125_000  # 10 000 € / 8 h
    assert funders[ids.caf].minutes == 240  # 1 h 30 withdrawn + 2 h on the funder + 30 min on its call
    assert funders[ids.caf].minutes_without_application == 150
    assert funders[ids.caf].cents_per_hour == 0
    assert [row.funder_id for row in report.by_funder] == [ids.ddets, ids.caf]  # most hours first

    applications = {(row.application_id, row.funder_id): row for row in report.by_application}
    assert applications[(ids.granted, ids.ddets)].minutes == 180
    assert applications[(ids.granted, ids.ddets)].granted_cents == 1_000_000
    assert applications[(ids.refused, ids.ddets)].granted_cents is None
    assert applications[(None, ids.caf)].minutes == 150  # "sans dossier"
    assert applications[(None, ids.caf)].status is None
    assert (ids.drafting, ids.ddets) not in applications  # its time is in 2025

    assert {row.activity: row.minutes for row in report.by_activity} == {
        TimeActivity.WRITING: 360,
        TimeActivity.MEETINGS: 180,
        TimeActivity.RESEARCH: 120,
        TimeActivity.PLATFORM_ENTRY: 60,
    }
    assert {row.volunteer_id: row.minutes for row in report.by_volunteer} == {
        ids.sophie: 480,
        ids.yanis: 180,
        None: 60,
    }
    assert {row.status: row.minutes for row in report.by_status} == {
        S.GRANTED: 180,
        S.REFUSED: 300,
        S.WITHDRAWN: 90,
        None: 150,
    }


def test_filters_by_funder_volunteer_status(database: Database) -> None:
    ids = _fill(database)
    service = _service(database)

    caf = service.report(BurdenFilter(YEAR.start, YEAR.end, funder_id=ids.caf), TODAY)
    assert caf.funder_name == "CAF <de> l'Hérault & co"
    assert (caf.minutes, caf.applications, caf.minutes_without_application) == (240, 1, 150)

    yanis = service.report(BurdenFilter(YEAR.start, YEAR.end, volunteer_id=ids.yanis), TODAY)
    assert yanis.volunteer_name == "Yanis"
    assert yanis.minutes == 180

    refused = service.report(BurdenFilter(YEAR.start, YEAR.end, statuses=frozenset({S.REFUSED})), TODAY)
    assert (refused.minutes, refused.applications, refused.minutes_without_application) == (300, 1, 0)

    december_31 = service.report(BurdenFilter(dt.date(2025, 12, 31), dt.date(2025, 12, 31)), TODAY)
    assert december_31.minutes == 45  # both ends of the period are included


def test_a_period_without_time_is_an_empty_report(database: Database) -> None:
    _fill(database)
    report = _service(database).report(BurdenFilter(dt.date(2010, 1, 1), dt.date(2010, 12, 31)), TODAY)
    assert report.is_empty
    assert (report.minutes, report.applications, report.valuation_cents) == (0, 0, 0)
    assert report.by_application == report.by_funder == report.by_activity == report.by_volunteer == ()
    assert report.cents_per_hour is None


def test_bad_filters_are_refused(database: Database) -> None:
    _fill(database)
    service = _service(database)
    with pytest.raises(InvalidValue) as inverted:
        service.report(BurdenFilter(dt.date(2026, 2, 1), dt.date(2026, 1, 31)), TODAY)
    assert inverted.value.kind == "period"
    with pytest.raises(NotFound) as unknown_funder:
        service.report(BurdenFilter(YEAR.start, YEAR.end, funder_id=999), TODAY)
    assert unknown_funder.value.entity == "funder"
    with pytest.raises(NotFound) as unknown_volunteer:
        service.report(BurdenFilter(YEAR.start, YEAR.end, volunteer_id=999), TODAY)
    assert unknown_volunteer.value.entity == "volunteer"


def test_the_hourly_valuation_is_shared_and_used(database: Database) -> None:
    _fill(database)
    service = _service(database)
    assert service.hourly_valuation() == (1202, True)
    service.set_hourly_valuation(1500)
    assert _service(database).hourly_valuation() == (1500, False)
    report = service.report(YEAR, TODAY)
    assert report.valuation_cents == 18_000  # 12 h at 15 €
    assert not report.hourly_valuation_is_default
    with pytest.raises(InvalidValue):
        service.set_hourly_valuation(-1)
    service.reset_hourly_valuation()
    assert service.hourly_valuation() == (1202, True)


# -- consistency: the report's totals are the plain sums of the entries -----------------------------------


def _random_entries(database: Database, seed: int) -> None:
    rng = random.Random(seed)
    with database.session() as session:
        funders = [_funder(f"Financeur {index}") for index in range(6)]
        volunteers = [Volunteer(name=f"Bénévole {index}") for index in range(5)]
        session.add_all(funders + volunteers)
        session.flush()
        calls = [Call(title=f"Appel {index}", funder_id=rng.choice(funders).id) for index in range(4)]
        calls.append(Call(title="Appel sans financeur"))
        applications = [
            Application(
                title=f"Dossier {index}",
                funder_id=rng.choice([*(funder.id for funder in funders), None]),
                status=rng.choice(list(S)).value,
                amount_granted_cents=rng.choice([None, 250_000, 1_000_000]),
            )
            for index in range(30)
        ]
        session.add_all(calls + applications)
        session.flush()
        entries = []
        for _ in range(1500):
            target = rng.random()
            kwargs: dict[str, int | None] = {}
            if target < 0.7:
                kwargs["application_id"] = rng.choice(applications).id
            elif target < 0.8:
                kwargs["funder_id"] = rng.choice(funders).id
            elif target < 0.95:
                kwargs["call_id"] = rng.choice(calls).id
            entries.append(
                TimeEntry(
                    minutes=rng.randint(1, 600),
                    spent_on=dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 729)),
                    activity=rng.choice(list(TimeActivity)).value,
                    volunteer_id=rng.choice([*(volunteer.id for volunteer in volunteers), None]),
                    **kwargs,
                )
            )
        session.add_all(entries)


def _expected(database: Database, chosen: BurdenFilter) -> tuple[int, int, dict[int | None, int]]:
    """(minutes, entries, minutes per funder) from every entry read one by one, the funder found by hand."""
    with database.session() as session:
        app_funders = {row.id: (row.funder_id, row.status) for row in session.scalars(select(Application))}
        call_funders = {row.id: row.funder_id for row in session.scalars(select(Call))}
        total = count = 0
        per_funder: dict[int | None, int] = {}
        for entry in session.scalars(select(TimeEntry)):
            if not chosen.start <= entry.spent_on <= chosen.end:
                continue
            if chosen.volunteer_id is not None and entry.volunteer_id != chosen.volunteer_id:
                continue
            funder_id, status = app_funders.get(entry.application_id, (None, None))  # type: ignore[arg-type]
            if funder_id is None:
                funder_id = entry.funder_id
            if funder_id is None and entry.call_id is not None:
                funder_id = call_funders[entry.call_id]
            if chosen.funder_id is not None and funder_id != chosen.funder_id:
                continue
            if chosen.statuses and (status is None or S(status) not in chosen.statuses):
                continue
            total += entry.minutes
            count += 1
            per_funder[funder_id] = per_funder.get(funder_id, 0) + entry.minutes
    return total, count, per_funder


def _check_partitions(report: BurdenReport, minutes: int, entries: int) -> None:
    assert report.minutes == minutes
    assert report.entries == entries
    for rows in (report.by_application, report.by_funder, report.by_activity, report.by_volunteer):
        assert sum(row.minutes for row in rows) == minutes
    assert sum(row.entries for row in report.by_application) == entries
    assert sum(row.entries for row in report.by_activity) == entries
    assert sum(row.entries for row in report.by_volunteer) == entries
    assert sum(row.applications for row in report.by_funder) == report.applications
    assert (
        sum(row.minutes_without_application for row in report.by_funder) == report.minutes_without_application
    )
    assert sum(row.minutes_no_return for row in report.by_funder) == report.minutes_no_return
    assert sum(row.granted_cents for row in report.by_funder) == report.granted_cents
    exported = table_rows(report)
    assert sum(int(row[BURDEN_MINUTES_COLUMN] or 0) for row in exported) == minutes
    # The CSV/XLSX columns (hundredths of hours, valuation in cents) add up to the report's totals.
    assert sum(int(row[6] or 0) for row in exported) == (minutes * 200 + 60) // 120
    assert sum(int(row[8] or 0) for row in exported) == report.valuation_cents
    assert sum(report.valuations_of([row.minutes for row in report.by_funder])) == report.valuation_cents
    assert sum(report.valuations_of([row.minutes for row in report.by_volunteer])) == report.valuation_cents
    assert BURDEN_COLUMNS[BURDEN_MINUTES_COLUMN] == "Minutes"


@pytest.mark.parametrize("seed", [1, 2])
def test_totals_equal_the_sums_of_the_entries(database: Database, seed: int) -> None:
    _random_entries(database, seed)
    service = _service(database)
    with database.session() as session:
        funder_ids = list(session.scalars(select(Funder.id)))
        volunteer_ids = list(session.scalars(select(Volunteer.id)))
    filters = [
        BurdenFilter(dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        BurdenFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        BurdenFilter(dt.date(2025, 6, 15), dt.date(2026, 3, 1)),
        BurdenFilter(dt.date(2025, 1, 1), dt.date(2026, 12, 31), funder_id=funder_ids[0]),
        BurdenFilter(dt.date(2025, 1, 1), dt.date(2026, 12, 31), volunteer_id=volunteer_ids[1]),
        BurdenFilter(
            dt.date(2025, 1, 1), dt.date(2026, 12, 31), statuses=frozenset({S.REFUSED, S.WITHDRAWN})
        ),
        BurdenFilter(
            dt.date(2025, 3, 1), dt.date(2026, 9, 30), funder_id=funder_ids[2], volunteer_id=volunteer_ids[0]
        ),
    ]
    for chosen in filters:
        minutes, entries, per_funder = _expected(database, chosen)
        report = service.report(chosen, TODAY)
        _check_partitions(report, minutes, entries)
        assert {row.funder_id: row.minutes for row in report.by_funder} == per_funder
        assert service.total_minutes(chosen) == (minutes, entries)


def test_totals_equal_the_sums_of_the_time_export(database: Database) -> None:
    """The entries exported by `coopdesk export time` (one line each), added up by period and funder as a
    treasurer would in a spreadsheet, give the report's totals."""
    from coopdesk.domain.dates import parse_date
    from coopdesk.formats.french_csv import read_table
    from coopdesk.services.time_service import TIME_COLUMNS, TIME_MINUTES_COLUMN, TimeService

    _random_entries(database, 3)
    exported = read_table(TimeService(database).export_csv(), "temps.csv")
    assert exported.header == TIME_COLUMNS
    day, funder = TIME_COLUMNS.index("Date"), TIME_COLUMNS.index("Financeur")
    lines = [
        (parse_date(row.cells[day]), row.cells[funder], int(row.cells[TIME_MINUTES_COLUMN]))
        for row in exported.rows
    ]
    service = _service(database)
    with database.session() as session:
        funders = {name: funder_id for funder_id, name in session.execute(select(Funder.id, Funder.name))}
    for start, end in [
        (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        (dt.date(2025, 7, 1), dt.date(2026, 6, 30)),
    ]:
        report = service.report(BurdenFilter(start, end), TODAY)
        in_period = [(name, minutes) for spent_on, name, minutes in lines if start <= spent_on <= end]
        assert report.minutes == sum(minutes for _name, minutes in in_period)
        assert report.entries == len(in_period)
        for row in report.by_funder:
            assert row.minutes == sum(
                minutes for name, minutes in in_period if funders.get(name) == row.funder_id
            )
