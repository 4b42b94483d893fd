"""Projets: the list, the selected project's summary per funder, new / edit / delete."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.applications import ProjectInput, ProjectRow
from coopdesk.domain.enums import ApplicationStatus
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.project_dialog import ProjectDialog
from coopdesk.ui.formatting import money, percent, status_label
from coopdesk.ui.pages.projects_page import ProjectsPage

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 11, 28)


def _euros(cents: int) -> str:
    return money(cents, with_cents=cents % 100 != 0)


@pytest.fixture
def page(qtbot, registry) -> ProjectsPage:
    registry.demo.fill(TODAY)
    shown = ProjectsPage(registry)
    qtbot.addWidget(shown)
    shown.refresh()
    return shown


def test_lists_every_project(page, registry):
    assert sorted(page.shown_titles()) == sorted(project.title for project in registry.projects.list())
    assert page.summary is not None  # the first project is summarised at once, no empty panel
    assert page.summary.project.title == page.shown_titles()[0]
    assert page.detail_stack.currentWidget() is not page.empty_label
    assert page.edit_action.isEnabled()


def test_the_summary_per_funder_matches_the_service(page, registry):
    for project in registry.projects.list():
        assert page.select_project(project.id)
        expected = registry.projects.summary(project.id)
        assert page.summary == expected
        assert page.detail_stack.currentWidget() is page.details_scroll
        assert page.summary_title.text() == project.title
        assert page.description_label.text() == project.description
        rows = sorted(page.funder_texts())
        assert rows == sorted(
            [
                line.funder_name,
                ", ".join(status_label(status) for status in line.statuses),
                _euros(line.requested_cents),
                _euros(line.granted_cents),
                _euros(line.paid_cents),
            ]
            for line in expected.funders
        )
        set_aside = registry.projects.set_aside_requested(project.id)
        assert page.requested_value.text() == _euros(
            sum(line.requested_cents for line in expected.funders) - set_aside
        )
        assert page.granted_value.text() == _euros(sum(line.granted_cents for line in expected.funders))
        assert page.paid_value.text() == _euros(sum(line.paid_cents for line in expected.funders))
        assert page.planned_value.text() == _euros(expected.planned_charges_cents)
        assert expected.uncovered_percent is not None
        assert page.uncovered_value.text() == percent(expected.uncovered_percent)


def test_without_a_budget_the_uncovered_share_is_a_dash(qtbot, registry):
    project = registry.projects.create(ProjectInput(title="Sans budget"))
    page = ProjectsPage(registry)
    qtbot.addWidget(page)
    page.refresh()
    assert page.select_project(project.id)
    assert page.planned_value.text() == "—"
    assert page.uncovered_value.text() == "—"
    assert page.funder_stack.currentWidget() is page.no_application
    assert page.period_label.text().endswith("—")


def test_new_project_selects_what_was_saved(page, registry, monkeypatch):
    def create(parent, service, volunteers, project):
        assert project is None
        assert volunteers == registry.volunteers.list()
        return service.create(ProjectInput(title="Jardin partagé", starts_on=dt.date(2027, 4, 1)))

    monkeypatch.setattr(ProjectDialog, "edit", staticmethod(create))
    page.new_action.trigger()
    current = page.current_project()
    assert current is not None
    assert current.title == "Jardin partagé"
    assert "Jardin partagé" in page.shown_titles()
    assert page.summary_title.text() == "Jardin partagé"


def test_edit_opens_the_selected_project(page, registry, monkeypatch):
    first = registry.projects.list()[0]
    page.select_project(first.id)
    edited: list[ProjectRow | None] = []

    def edit(parent, service, volunteers, project):
        edited.append(project)
        return service.update(project.id, project.version, ProjectInput(title="Renamed"))

    monkeypatch.setattr(ProjectDialog, "edit", staticmethod(edit))
    page.edit_on_enter.trigger()
    assert edited == [first]
    assert page.summary_title.text() == "Renamed"


def test_deleting_a_project_with_applications_is_refused_with_a_message(page, registry, monkeypatch):
    project = next(p for p in registry.projects.list() if registry.projects.summary(p.id).applications)
    page.select_project(project.id)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(message_box, "ask", lambda *args: True)
    monkeypatch.setattr(message_box, "warn", lambda parent, title, text: warned.append((title, text)))

    assert not page.delete_current()

    assert len(warned) == 1
    assert project.title in warned[0][1]
    assert registry.projects.get(project.id) == project
    assert project.title in page.shown_titles()


def test_deleting_a_project_without_applications_after_confirmation(page, registry, monkeypatch):
    project = registry.projects.create(ProjectInput(title="Éphémère"))
    page.refresh()
    page.select_project(project.id)
    monkeypatch.setattr(message_box, "ask", lambda *args: False)
    assert not page.delete_current()
    assert "Éphémère" in page.shown_titles()

    monkeypatch.setattr(message_box, "ask", lambda *args: True)
    assert page.delete_current()
    assert "Éphémère" not in page.shown_titles()
    assert page.summary is not None
    assert page.summary.project.id != project.id


def test_the_page_fits_a_small_laptop_and_the_summary_gets_its_room_when_there_is(page, qtbot):
    # 1024 pixels of screen, less the sidebar: the page must not force a wider window.
    assert page.minimumSizeHint().width() <= 1024 - 180 - 100
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.summary_width > 0
    list_width, summary_width = page.splitter.sizes()
    assert summary_width >= page.summary_width  # every status and amount of the funder table visible
    assert list_width >= 200

    page.resize(700, 500)  # smaller than the summary wants: both sides shrink, nothing is forced
    qtbot.waitUntil(lambda: sum(page.splitter.sizes()) < 700)
    list_width, summary_width = page.splitter.sizes()
    assert list_width >= 200
    assert summary_width < page.summary_width


def test_refused_or_withdrawn_requests_are_shown_apart_from_the_requested_total(page, registry):
    shown_any = False
    for project in registry.projects.list():
        assert page.select_project(project.id)
        set_aside = registry.projects.set_aside_requested(project.id)
        summary = registry.projects.summary(project.id)
        assert page.set_aside_cents == set_aside
        assert page.totals_form.isRowVisible(page.set_aside_value) == (set_aside > 0)
        if set_aside:
            shown_any = True
            assert page.set_aside_value.text() == _euros(set_aside)
            live = sum(
                row.amount_requested_cents or 0
                for row in summary.applications
                if row.status not in {ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN}
            )
            assert page.requested_value.text() == _euros(live)
    assert shown_any  # the demo has a project with a refused request
