"""Long work off the GUI thread: one helper, results delivered back on the GUI thread.

    run_in_background(self, lambda: service.fill(today), self._filled, self._failed)

`work` runs in Qt's global thread pool; exactly one of `on_success(result)` or `on_failure(error)` is
then called on the GUI thread, unless `parent` was destroyed in the meantime (nobody is left to tell).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Bridge(QObject, Generic[T]):
    """Lives on the GUI thread: signals emitted by the worker are queued to it.

    Owned by the application object (a Qt parent), never by a Python reference: the worker thread may
    drop the last Python reference at any time, and a QObject must only be deleted on its own thread.
    It deletes itself (`deleteLater`, on the GUI thread) once the result is delivered.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        owner: QObject,
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        super().__init__(QCoreApplication.instance())
        self._owner = owner
        self._on_success = on_success
        self._on_failure = on_failure
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    def _owner_alive(self) -> bool:
        return shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver_success(self, result: T) -> None:
        self.deleteLater()
        if self._owner_alive():
            self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        self.deleteLater()
        if self._owner_alive():
            self._on_failure(error)
        else:
            log.error("Background work failed after its window closed", exc_info=error)


class _Task(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], bridge: _Bridge[T]) -> None:
        super().__init__()
        self._work = work
        self._bridge = bridge

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to on_failure, never lost in the pool
            self._bridge.failed.emit(error)
            return
        self._bridge.succeeded.emit(result)


def run_in_background(
    parent: QObject,
    work: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    """Run `work()` in the thread pool; call `on_success` or `on_failure` on the GUI thread."""
    bridge: _Bridge[T] = _Bridge(parent, on_success, on_failure)
    QThreadPool.globalInstance().start(_Task(work, bridge))


def wait_for_background_work() -> None:
    """Block until every background task is done (at exit, before the database closes)."""
    QThreadPool.globalInstance().waitForDone()
