"""First start: demonstration data written in the background with a busy indicator, or Paramètres."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from coopdesk.domain.errors import DatabaseNotEmpty
from coopdesk.domain.rows import DemoSummary
from coopdesk.ui.dialogs.first_run_dialog import FirstRunChoice, FirstRunDialog

pytestmark = pytest.mark.usefixtures("french")


class FakeDemo:
    """Stands for DemoService: blocks until released, so that the busy state can be seen."""

    def __init__(self, error: Exception | None = None) -> None:
        self.release = threading.Event()
        self.days: list[dt.date] = []
        self.threads: list[int] = []
        self._error = error

    def fill(self, today: dt.date) -> DemoSummary:
        self.days.append(today)
        self.threads.append(threading.get_ident())
        self.release.wait(5)
        if self._error is not None:
            raise self._error
        return DemoSummary(6, 9, 12, 5, 3, 14, 10, 11, 40)


def _dialog(qtbot, demo) -> FirstRunDialog:
    dialog = FirstRunDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_offers_the_two_choices_in_french(qtbot):
    dialog = _dialog(qtbot, FakeDemo())
    assert dialog.windowTitle() == "Bienvenue dans CoopDesk"
    assert dialog.demo_button.text() == "Explorer avec des données de démonstration"
    assert dialog.create_button.text() == "Créer mon association"
    assert dialog.progress.isHidden()


def test_create_my_association(qtbot):
    dialog = _dialog(qtbot, FakeDemo())
    dialog.create_button.click()
    assert dialog.choice == FirstRunChoice.CREATE
    assert dialog.result() == 1


def test_demo_data_is_written_in_the_background_with_a_busy_indicator(qtbot):
    demo = FakeDemo()
    dialog = _dialog(qtbot, demo)

    dialog.demo_button.click()

    assert dialog.busy
    assert not dialog.progress.isHidden()
    assert dialog.progress_label.text() == "Création des données de démonstration…"
    assert not dialog.demo_button.isEnabled()
    assert not dialog.create_button.isEnabled()
    dialog.reject()  # Échap while writing: ignored
    assert dialog.isVisible()

    demo.release.set()
    qtbot.waitUntil(lambda: dialog.choice is not None)
    assert dialog.choice == FirstRunChoice.DEMO
    assert dialog.result() == 1
    assert demo.threads != [threading.get_ident()]
    assert abs((demo.days[0] - dt.date.today()).days) <= 1


def test_a_failed_demo_says_why_and_lets_the_user_choose_again(qtbot):
    demo = FakeDemo(DatabaseNotEmpty("/tmp/t.sqlite3"))
    demo.release.set()
    dialog = _dialog(qtbot, demo)

    dialog.demo_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)

    assert dialog.choice is None
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Les données de démonstration n’ont pas pu être créées")
    assert "contient déjà des données" in dialog.error.text()
    assert dialog.create_button.isEnabled()
    assert dialog.progress.isHidden()


def test_with_the_real_demo_service(qtbot, registry):
    dialog = _dialog(qtbot, registry.demo)
    dialog.demo_button.click()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=60_000)
    assert dialog.choice == FirstRunChoice.DEMO
    assert not registry.database.is_empty()


def test_without_a_demo_service_the_demo_button_is_disabled(qtbot):
    dialog = _dialog(qtbot, None)
    assert not dialog.demo_button.isEnabled()
    assert dialog.create_button.isEnabled()
