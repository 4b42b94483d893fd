"""run_in_background: the work runs off the GUI thread, the callbacks on it."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from coopdesk.ui.background import run_in_background, wait_for_background_work


def test_success_is_delivered_on_the_gui_thread(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    gui_thread = threading.get_ident()
    worked_in: list[int] = []
    results: list[tuple[int, int]] = []

    def work() -> int:
        worked_in.append(threading.get_ident())
        return 42

    run_in_background(owner, work, lambda value: results.append((value, threading.get_ident())), pytest_fail)
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(42, gui_thread)]
    assert worked_in != [gui_thread]


def test_failure_is_delivered_on_the_gui_thread(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    failures: list[tuple[BaseException, int]] = []

    def work() -> int:
        raise ValueError("la base est occupée")

    run_in_background(owner, work, pytest_fail, lambda error: failures.append((error, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(failures))
    [(error, thread)] = failures
    assert isinstance(error, ValueError)
    assert thread == threading.get_ident()


def test_nothing_is_delivered_to_a_destroyed_owner(qtbot):
    owner = QWidget()
    release = threading.Event()
    delivered: list[object] = []
    run_in_background(owner, lambda: release.wait(5), delivered.append, delivered.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    wait_for_background_work()
    qtbot.wait(20)
    assert delivered == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def pytest_fail(value: object) -> None:
    raise AssertionError(f"unexpected callback with {value!r}")
