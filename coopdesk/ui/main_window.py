"""The main window: a sidebar of pages, the current page, the menus, the database in the status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from coopdesk.domain.rows import AssociationProfile
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import LAST_PAGE, WINDOW_GEOMETRY, WINDOW_STATE, SettingsStore
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.about_dialog import AboutDialog
from coopdesk.ui.pages.applications_page import ApplicationsPage
from coopdesk.ui.pages.calls_page import CallsPage
from coopdesk.ui.pages.dashboard_page import DashboardPage
from coopdesk.ui.pages.funders_page import FundersPage
from coopdesk.ui.pages.projects_page import ProjectsPage
from coopdesk.ui.pages.settings_page import SettingsPage

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1200, 760)
SIDEBAR_WIDTH = 180
STATUS_MESSAGE_MS = 6000


@dataclass(frozen=True)
class _Page:
    key: str
    widget: QWidget
    item: QListWidgetItem
    refresh: Callable[[], None]  # reload from the services (on selection and F5)


class MainWindow(QMainWindow):
    def __init__(self, registry: ServiceRegistry, settings_store: SettingsStore) -> None:
        super().__init__()
        self._registry = registry
        self._settings = settings_store
        self._about: AboutDialog | None = None
        self._pages: list[_Page] = []
        self.setObjectName("mainWindow")  # saveState() needs names

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setIconSize(QSize(24, 24))
        self.sidebar.setSpacing(2)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()

        self.dashboard_page = DashboardPage(registry.dashboard, calendar=lambda: registry.calendar)
        self.settings_page = SettingsPage(
            registry.association, registry.volunteers, registry.database, settings_store
        )
        self._add_page(
            "dashboard",
            self.tr("Dashboard"),
            self._icon("go-home", QStyle.StandardPixmap.SP_DirHomeIcon),
            self.dashboard_page,
            self.dashboard_page.refresh,
        )
        self.funders_page = FundersPage(registry)
        self.funders_page.status_message.connect(self.show_status)
        self._add_page(
            "funders",
            self.tr("Funders"),
            self._icon("system-users", QStyle.StandardPixmap.SP_DirLinkIcon),
            self.funders_page,
            self.funders_page.refresh,
        )
        self.calls_page = CallsPage(
            registry.calls, registry.funders, lambda: registry.aides_import, lambda: registry.exports
        )
        self._add_page(
            "calls",
            self.tr("Calls for projects"),
            self._icon("x-office-calendar", QStyle.StandardPixmap.SP_FileDialogContentsView),
            self.calls_page,
            self.calls_page.refresh,
        )
        self.applications_page = ApplicationsPage(registry)
        self._add_page(
            "applications",
            self.tr("Applications"),
            self._icon("folder-documents", QStyle.StandardPixmap.SP_DirIcon),
            self.applications_page,
            self.applications_page.refresh,
        )
        self.projects_page = ProjectsPage(registry)
        self._add_page(
            "projects",
            self.tr("Projects"),
            self._icon("folder", QStyle.StandardPixmap.SP_DirIcon),
            self.projects_page,
            self.projects_page.refresh,
        )
        self._add_page(
            "settings",
            self.tr("Settings"),
            self._icon("preferences-system", QStyle.StandardPixmap.SP_FileDialogDetailedView),
            self.settings_page,
            self.settings_page.refresh,
        )
        self.sidebar.currentRowChanged.connect(self._page_chosen)
        self.settings_page.status_message.connect(self.show_status)
        self.settings_page.profile_saved.connect(self._profile_saved)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self.database_label = QLabel(self.tr("Database: %1").replace("%1", registry.database_location))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label)

        profile = registry.association.profile()
        self._set_title(profile.name if profile else "")
        self._restore()

    # -- building -------------------------------------------------------------------------------

    def _icon(self, theme_name: str, fallback: QStyle.StandardPixmap) -> QIcon:
        return QIcon.fromTheme(theme_name, self.style().standardIcon(fallback))

    def _add_page(
        self, key: str, title: str, icon: QIcon, widget: QWidget, refresh: Callable[[], None]
    ) -> None:
        number = len(self._pages) + 1
        item = QListWidgetItem(icon, title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(SIDEBAR_WIDTH - 8, 40))
        if number <= 9:
            item.setToolTip(f"{title} (Ctrl+{number})")
        self.sidebar.addItem(item)
        self.stack.addWidget(widget)
        self._pages.append(_Page(key, widget, item, refresh))

    def _build_actions(self) -> None:
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(lambda: self.select_page("settings"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh_current_page)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About CoopDesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.refresh_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        # Ctrl+1…Ctrl+9: the pages in sidebar order.
        self.page_actions: list[QAction] = []
        for number, page in enumerate(self._pages[:9], start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=page.key: self.select_page(key))
            self.addAction(action)
            self.page_actions.append(action)

    # -- pages ----------------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [page.key for page in self._pages]

    def current_page_key(self) -> str:
        return self._pages[self.stack.currentIndex()].key

    def select_page(self, key: str) -> None:
        """Show the page named `key` ("dashboard", "settings"); an unknown key raises KeyError."""
        for row, page in enumerate(self._pages):
            if page.key == key:
                self.sidebar.setCurrentRow(row)
                return
        raise KeyError(key)

    def _page_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._pages):
            return
        page = self._pages[row]
        self.stack.setCurrentWidget(page.widget)
        page.refresh()

    def refresh_current_page(self) -> None:
        self._pages[self.stack.currentIndex()].refresh()
        self.show_status(self.tr("Refreshed."))

    # -- status, title, dialogs -----------------------------------------------------------------

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def _set_title(self, association_name: str) -> None:
        self.setWindowTitle(f"CoopDesk — {association_name}" if association_name else "CoopDesk")

    def _profile_saved(self, profile: AssociationProfile) -> None:
        self._set_title(profile.name)

    def show_about(self) -> AboutDialog:
        """Open (without blocking) the About dialog."""
        if self._about is None:
            self._about = AboutDialog(self._registry.database_location, self)
        self._about.open()
        return self._about

    # -- geometry, state and last page, kept across starts ----------------------------------------

    def _restore(self) -> None:
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
            available = self.screen().availableGeometry().size() * 0.9  # small laptop screens
            self.resize(DEFAULT_SIZE.boundedTo(available))
        state = self._settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        last = self._settings.get(LAST_PAGE)
        self.select_page(last if last in self.page_keys() else self.page_keys()[0])

    def save_window_settings(self) -> None:
        self._settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        self._settings.set(WINDOW_STATE, bytes(self.saveState().toBase64().data()).decode("ascii"))
        self._settings.set(LAST_PAGE, self.current_page_key())
        try:
            self._settings.save()
        except OSError as error:  # losing the window's size is no reason to refuse to close
            log.warning("Window settings not saved to %s: %s", self._settings.path, error)

    def _may_close(self) -> bool:
        """Offer to save a profile being typed; False when the user cancels closing."""
        if not self.settings_page.is_modified():
            return True
        self.select_page("settings")
        self.settings_page.select_tab("association")
        choice = message_box.save_discard_cancel(
            self,
            self.tr("Unsaved changes"),
            self.tr("The association's profile was changed but not saved. Save it before closing?"),
        )
        if choice == message_box.SaveChoice.SAVE:
            return self.settings_page.save_profile()
        return choice == message_box.SaveChoice.DISCARD

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        self.save_window_settings()
        super().closeEvent(event)
