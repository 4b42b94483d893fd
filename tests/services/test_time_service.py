"""Time entries on SQLite and PostgreSQL: saving and refusing, filters and totals, a full day,
the export, the dashboard figures, and entries kept when their application is deleted."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest

from coopdesk.domain.applications import ApplicationInput, TransitionInput
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import FunderKind, TimeActivity
from coopdesk.domain.errors import FieldErrors, InvalidValueCode, NotFound, StaleEdit
from coopdesk.domain.funders import FunderInput
from coopdesk.domain.rows import VolunteerInput
from coopdesk.domain.time_entries import DayOverfull, TimeEntryInput, TimeFilter
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.dashboard_service import DashboardService
from coopdesk.services.demo_service import DemoService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.time_service import TimeService
from coopdesk.services.volunteer_service import VolunteerService
from coopdesk.storage.database import Database

TODAY = dt.date(2026, 11, 28)
D = dt.date


@dataclasses.dataclass
class World:
    service: TimeService
    applications: ApplicationService
    volunteer: int
    other_volunteer: int
    funder: int
    application: int


@pytest.fixture
def world(database: Database) -> World:
    volunteers = VolunteerService(database)
    funder = FunderService(database).create(FunderInput(name="CAF de l'Hérault", kind=FunderKind.CAF)).id
    applications = ApplicationService(database)
    application = applications.create(ApplicationInput(title="Épicerie 2027", funder_id=funder)).id
    return World(
        service=TimeService(database),
        applications=applications,
        volunteer=volunteers.create(VolunteerInput(name="Sophie Martin")).id,
        other_volunteer=volunteers.create(VolunteerInput(name="Karim Benali")).id,
        funder=funder,
        application=application,
    )


def entry(world: World, **changes: object) -> TimeEntryInput:
    base = TimeEntryInput(
        volunteer_id=world.volunteer,
        spent_on=D(2026, 11, 20),
        minutes=90,
        activity=TimeActivity.WRITING,
        application_id=world.application,
        note="  budget prévisionnel  ",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_an_entry_is_saved_and_read_back(world: World) -> None:
    row = world.service.create(entry(world), TODAY)
    assert row.volunteer_name == "Sophie Martin"
    assert row.application_title == "Épicerie 2027"
    assert row.funder_name == "CAF de l'Hérault"
    assert row.funder_id == world.funder
    assert (row.minutes, row.activity, row.note) == (90, TimeActivity.WRITING, "budget prévisionnel")
    assert world.service.get(row.id) == row


def test_an_entry_on_a_funder_without_application(world: World) -> None:
    row = world.service.create(entry(world, application_id=None, funder_id=world.funder), TODAY)
    assert row.application_id is None
    assert row.funder_name == "CAF de l'Hérault"


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"minutes": -30}, "minutes", InvalidValueCode.NEGATIVE),
        ({"minutes": 0}, "minutes", InvalidValueCode.OUT_OF_RANGE),
        ({"minutes": 1441}, "minutes", InvalidValueCode.TOO_LARGE),
        ({"volunteer_id": None}, "volunteer_id", InvalidValueCode.REQUIRED),
        ({"application_id": None}, "target", InvalidValueCode.REQUIRED),
        ({"spent_on": None}, "spent_on", InvalidValueCode.REQUIRED),
        ({"spent_on": D(2026, 11, 30)}, "spent_on", InvalidValueCode.OUT_OF_RANGE),
        ({"note": "x" * 2001}, "note", InvalidValueCode.TOO_LONG),
    ],
)
def test_bad_entries_are_refused_at_their_field(
    world: World, changes: dict[str, object], field: str, code: InvalidValueCode
) -> None:
    with pytest.raises(FieldErrors) as caught:
        world.service.create(entry(world, **changes), TODAY)
    assert caught.value.errors[field].code is code
    assert world.service.totals().count == 0


def test_tomorrow_is_accepted_for_late_evenings(world: World) -> None:
    assert world.service.create(entry(world, spent_on=TODAY + dt.timedelta(days=1)), TODAY).minutes == 90


def test_unknown_references_are_not_found(world: World) -> None:
    with pytest.raises(NotFound):
        world.service.create(entry(world, application_id=9999), TODAY)
    with pytest.raises(NotFound):
        world.service.create(entry(world, volunteer_id=9999), TODAY)


def test_more_than_a_day_asks_for_a_confirmation(world: World) -> None:
    world.service.create(entry(world, minutes=20 * 60), TODAY)
    with pytest.raises(DayOverfull) as caught:
        world.service.create(entry(world, minutes=5 * 60), TODAY)
    assert (caught.value.already_minutes, caught.value.total_minutes) == (1200, 1500)
    # another volunteer, or another day: no question
    world.service.create(entry(world, minutes=5 * 60, volunteer_id=world.other_volunteer), TODAY)
    world.service.create(entry(world, minutes=5 * 60, spent_on=D(2026, 11, 21)), TODAY)
    confirmed = world.service.create(entry(world, minutes=5 * 60), TODAY, allow_overfull_day=True)
    assert confirmed.minutes == 300


def test_editing_an_entry_does_not_count_it_twice_in_its_day(world: World) -> None:
    row = world.service.create(entry(world, minutes=20 * 60), TODAY)
    updated = world.service.update(row.id, row.version, entry(world, minutes=23 * 60), TODAY)
    assert updated.minutes == 1380
    with pytest.raises(StaleEdit):
        world.service.update(row.id, row.version, entry(world, minutes=60), TODAY)


def test_delete_and_undo(world: World) -> None:
    row = world.service.create(entry(world), TODAY)
    deleted = world.service.delete(row.id)
    assert world.service.totals().count == 0
    restored = world.service.restore(deleted)
    assert (restored.minutes, restored.note, restored.application_id) == (90, row.note, world.application)
    with pytest.raises(NotFound):
        world.service.delete(9999)


def test_filters_and_total(world: World) -> None:
    world.service.create(entry(world, minutes=30, spent_on=D(2026, 10, 1)), TODAY)
    world.service.create(entry(world, minutes=45, volunteer_id=world.other_volunteer), TODAY)
    world.service.create(entry(world, minutes=60, application_id=None, funder_id=world.funder), TODAY)
    assert world.service.totals().minutes == 135
    november = TimeFilter(start=D(2026, 11, 1), end=D(2026, 11, 30))
    assert world.service.totals(november).minutes == 105
    assert [row.minutes for row in world.service.entries(november)] == [60, 45]
    karim = TimeFilter(volunteer_id=world.other_volunteer)
    assert world.service.totals(karim).minutes == 45
    on_application = TimeFilter(application_id=world.application)
    assert world.service.totals(on_application).minutes == 75


def test_deleting_an_application_keeps_its_time_on_its_funder(world: World) -> None:
    row = world.service.create(entry(world), TODAY)
    world.applications.delete(world.application)
    kept = world.service.get(row.id)
    assert kept.application_id is None
    assert kept.funder_id == world.funder
    assert kept.funder_name == "CAF de l'Hérault"
    assert (kept.minutes, kept.note) == (90, "budget prévisionnel")
    assert kept.version > row.version


def test_targets_list_applications_funders_and_calls(world: World) -> None:
    kinds = {(choice.kind, choice.id) for choice in world.service.targets()}
    assert ("application", world.application) in kinds
    assert ("funder", world.funder) in kinds
    assert world.service.volunteer_named("  sophie   MARTIN ") == world.volunteer
    assert world.service.volunteer_named("Personne") is None


def test_export_csv_and_xlsx(world: World) -> None:
    world.service.create(entry(world, note='=HYPERLINK("x")'), TODAY)
    world.service.create(entry(world, minutes=20, spent_on=D(2026, 11, 1), note=""), TODAY)
    text = world.service.export_csv().decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("Date;Bénévole;Dossier;Financeur")
    assert lines[1].startswith("01/11/2026;Sophie Martin;Épicerie 2027;CAF de l'Hérault;;rédaction;0,33;20;")
    assert ";1,50;90;\"'=HYPERLINK" in lines[2]  # never run as a formula

    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(world.service.export_xlsx())).active
    assert sheet is not None
    assert sheet["G2"].value == pytest.approx(0.33)
    assert sheet["H3"].value == 90
    assert sheet["G4"].value == "=SUM(G2:G3)"
    assert sheet["H4"].value == "=SUM(H2:H3)"


def test_dashboard_time_figures(world: World, database: Database) -> None:
    dashboard = DashboardService(database)
    assert dashboard.time_figures(TODAY).cents_per_hour is None
    world.service.create(entry(world, minutes=600), TODAY)
    world.service.create(entry(world, minutes=120, spent_on=D(2026, 10, 3)), TODAY)
    world.service.create(entry(world, minutes=60, application_id=None, funder_id=world.funder), TODAY)
    applications = world.applications
    row = applications.get(world.application)
    row = applications.transition(row.id, row.version, TransitionInput(S.DRAFTING))
    row = applications.transition(
        row.id, row.version, TransitionInput(S.SUBMITTED, submitted_on=D(2026, 3, 1))
    )
    applications.transition(
        row.id,
        row.version,
        TransitionInput(S.GRANTED, decision_on=D(2026, 6, 1), amount_granted_cents=1_200_000),
    )
    figures = dashboard.time_figures(TODAY)
    assert figures.month_minutes == 660
    assert figures.year_application_minutes == 720
    assert figures.cents_per_hour == 100_000  # 12,000 € for 12 hours


def test_demo_entries_look_right(database: Database) -> None:
    DemoService(database).fill(TODAY)
    service = TimeService(database)
    rows = service.entries()
    assert len(rows) == service.totals().count
    assert 250 <= len(rows) <= 350
    assert all(row.volunteer_name for row in rows)
    assert all(row.application_title or row.funder_name or row.call_title for row in rows)
    assert all(0 < row.minutes <= 1440 and row.spent_on <= TODAY for row in rows)
    assert any(row.application_id is None for row in rows)


def test_a_volunteer_is_found_without_accents_unless_two_names_fold_alike(
    world: World, database: Database
) -> None:
    volunteers = VolunteerService(database)
    helene = volunteers.create(VolunteerInput(name="Hélène Vidal")).id
    assert world.service.volunteer_named("helene vidal") == helene
    assert world.service.volunteer_named("HÉLÈNE VIDAL") == helene
    assert world.service.volunteer_named("Hélène") is None
    other = volunteers.create(VolunteerInput(name="Helene Vidal")).id
    assert world.service.volunteer_named("Helene Vidal") == other  # the exact spelling wins
    assert world.service.volunteer_named("hélene vidal") is None  # two candidates: none is guessed
