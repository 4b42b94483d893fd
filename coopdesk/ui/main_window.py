"""The main window: a sidebar of pages, the current page, the menus, the database in the status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from coopdesk.domain.errors import NotFound
from coopdesk.domain.rows import AssociationProfile
from coopdesk.paths import resource_path
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import LAST_PAGE, RUNNING_TIMER, WINDOW_GEOMETRY, WINDOW_STATE, SettingsStore
from coopdesk.ui.accessibility import name_controls
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.about_dialog import AboutDialog
from coopdesk.ui.error_messages import error_message

if TYPE_CHECKING:  # each page is imported and built on first display: a faster start
    from coopdesk.ui.pages.applications_page import ApplicationsPage
    from coopdesk.ui.pages.calls_page import CallsPage
    from coopdesk.ui.pages.dashboard_page import DashboardPage
    from coopdesk.ui.pages.documents_page import DocumentsPage
    from coopdesk.ui.pages.funders_page import FundersPage
    from coopdesk.ui.pages.projects_page import ProjectsPage
    from coopdesk.ui.pages.settings_page import SettingsPage
    from coopdesk.ui.pages.time_page import TimePage
    from coopdesk.ui.reminders import DeadlineReminders
    from coopdesk.ui.widgets.timer_widget import TimerWidget

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1200, 760)
SIDEBAR_WIDTH = 180
STATUS_MESSAGE_MS = 6000

_PageT = TypeVar("_PageT", bound=QWidget)
_Built = tuple[QWidget, Callable[[], None]]


@dataclass
class _Page:
    key: str
    item: QListWidgetItem
    build: Callable[[], _Built]  # the real page and its refresh, on first display or first access
    widget: QWidget  # an empty placeholder in the stack until then
    filled_when_built: bool = False  # its constructor already loads it: no second load when first shown
    refresh: Callable[[], None] | None = None  # reload from the services (on selection and F5)

    @property
    def built(self) -> bool:
        return self.refresh is not None

    def reload(self) -> None:
        """Refresh the page if it was built (one not built yet is filled when first shown)."""
        if self.refresh is not None:
            self.refresh()


class MainWindow(QMainWindow):
    def __init__(self, registry: ServiceRegistry, settings_store: SettingsStore) -> None:
        super().__init__()
        self._registry = registry
        self._settings = settings_store
        self._about: AboutDialog | None = None
        self._pages: list[_Page] = []
        self.reminders: DeadlineReminders | None = None  # started by start_reminders() once shown
        self.setObjectName("mainWindow")  # saveState() needs names

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setIconSize(QSize(24, 24))
        self.sidebar.setSpacing(2)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()

        self._add_page(
            "dashboard",
            self.tr("Dashboard"),
            self._page_icon("dashboard", "go-home", QStyle.StandardPixmap.SP_DirHomeIcon),
            self._build_dashboard,
            filled_when_built=True,
        )
        self._add_page(
            "funders",
            self.tr("Funders"),
            self._page_icon("funders", "system-users", QStyle.StandardPixmap.SP_DirLinkIcon),
            self._build_funders,
        )
        self._add_page(
            "calls",
            self.tr("Calls for projects"),
            self._page_icon("calls", "x-office-calendar", QStyle.StandardPixmap.SP_FileDialogContentsView),
            self._build_calls,
        )
        self._add_page(
            "applications",
            self.tr("Applications"),
            self._page_icon("applications", "folder-documents", QStyle.StandardPixmap.SP_DirIcon),
            self._build_applications,
        )
        self._add_page(
            "projects",
            self.tr("Projects"),
            self._page_icon("projects", "folder", QStyle.StandardPixmap.SP_DirIcon),
            self._build_projects,
        )
        self._add_page(
            "texts",
            self.tr("Texts"),
            self._page_icon("texts", "accessories-text-editor", QStyle.StandardPixmap.SP_FileDialogListView),
            self._build_texts,
        )
        self._add_page(
            "documents",
            self.tr("Documents"),
            self._page_icon("documents", "folder-documents", QStyle.StandardPixmap.SP_FileIcon),
            self._build_documents,
        )
        self._add_page(
            "time",
            self.tr("Time"),
            self._page_icon("time", "appointment-soon", QStyle.StandardPixmap.SP_BrowserReload),
            self._build_time,
        )
        self._add_page(
            "reports",
            self.tr("Reports"),
            self._page_icon("reports", "x-office-presentation", QStyle.StandardPixmap.SP_FileDialogInfoView),
            self._build_reports,
        )
        self._add_page(
            "settings",
            self.tr("Settings"),
            self._page_icon(
                "settings", "preferences-system", QStyle.StandardPixmap.SP_FileDialogDetailedView
            ),
            self._build_settings,
        )
        self.sidebar.currentRowChanged.connect(self._page_chosen)

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
        self._restore()  # builds the page shown first, and only that one
        self.timer_widget: TimerWidget | None = None  # built when a timer starts
        if settings_store.get(RUNNING_TIMER):  # left running last time: keep or drop it, once shown
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self, self.resume_timer)

    # -- the pages, built on first display or first access ----------------------------------------

    def _build_dashboard(self) -> _Built:
        from coopdesk.ui.pages.dashboard_page import DashboardPage

        registry = self._registry
        page = DashboardPage(registry.dashboard, calendar=lambda: registry.calendar)
        page.open_requested.connect(self.open_item)
        return page, page.refresh

    def _build_funders(self) -> _Built:
        from coopdesk.ui.pages.funders_page import FundersPage

        page = FundersPage(self._registry)
        page.status_message.connect(self.show_status)
        return page, page.refresh

    def _build_calls(self) -> _Built:
        from coopdesk.ui.pages.calls_page import CallsPage

        registry = self._registry
        page = CallsPage(
            registry.calls, registry.funders, lambda: registry.aides_import, lambda: registry.exports
        )
        return page, page.refresh

    def _build_applications(self) -> _Built:
        from coopdesk.ui.pages.applications_page import ApplicationsPage

        page = ApplicationsPage(self._registry)
        return page, page.refresh

    def _build_projects(self) -> _Built:
        from coopdesk.ui.pages.projects_page import ProjectsPage

        page = ProjectsPage(self._registry)
        return page, page.refresh

    def _build_documents(self) -> _Built:
        from coopdesk.ui.pages.documents_page import DocumentsPage

        registry = self._registry
        page = DocumentsPage(registry.documents, checklist_gaps=registry.dashboard.checklist_gaps)
        page.status_message.connect(self.show_status)
        return page, page.refresh

    def _build_reports(self) -> _Built:
        from coopdesk.ui.pages.reports_page import ReportsPage

        page = ReportsPage(self._registry)
        page.status_message.connect(self.show_status)
        return page, page.refresh

    def _build_time(self) -> _Built:
        from coopdesk.ui.pages.time_page import TimePage

        page = TimePage(self._registry, self._settings)
        page.status_message.connect(self.show_status)
        return page, page.refresh

    def _build_texts(self) -> _Built:
        from coopdesk.ui.pages.texts_page import TextsPage

        page = TextsPage(self._registry)
        return page, page.refresh

    def _build_settings(self) -> _Built:
        from coopdesk.ui.pages.settings_page import SettingsPage
        from coopdesk.ui.widgets.document_settings import DocumentSettings
        from coopdesk.ui.widgets.reminder_settings import ReminderSettings

        registry = self._registry
        page = SettingsPage(registry.association, registry.volunteers, registry.database, self._settings)
        reminder_settings = ReminderSettings(self._settings)
        reminder_settings.changed.connect(self._reminders_setting_changed)
        _insert_in_data_tab(page, reminder_settings)
        _insert_in_data_tab(page, DocumentSettings(registry.shared_settings))
        page.status_message.connect(self.show_status)
        page.profile_saved.connect(self._profile_saved)
        return page, page.refresh

    def _page(self, key: str) -> _Page:
        for page in self._pages:
            if page.key == key:
                return page
        raise KeyError(key)

    def _built(self, page: _Page) -> _Page:
        """`page` with its real widget, built and put in place of its placeholder the first time."""
        if page.built:
            return page
        placeholder = page.widget
        widget, page.refresh = page.build()
        page.widget = widget
        name_controls(widget, page.item.text())
        was_current = self.stack.currentWidget() is placeholder
        self.stack.insertWidget(self.stack.indexOf(placeholder), widget)
        if was_current:
            self.stack.setCurrentWidget(widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return page

    def _typed(self, key: str, kind: type[_PageT]) -> _PageT:
        widget = self._built(self._page(key)).widget
        assert isinstance(widget, kind)
        return widget

    def is_page_built(self, key: str) -> bool:
        return self._page(key).built

    @property
    def dashboard_page(self) -> DashboardPage:
        from coopdesk.ui.pages.dashboard_page import DashboardPage

        return self._typed("dashboard", DashboardPage)

    @property
    def funders_page(self) -> FundersPage:
        from coopdesk.ui.pages.funders_page import FundersPage

        return self._typed("funders", FundersPage)

    @property
    def calls_page(self) -> CallsPage:
        from coopdesk.ui.pages.calls_page import CallsPage

        return self._typed("calls", CallsPage)

    @property
    def applications_page(self) -> ApplicationsPage:
        from coopdesk.ui.pages.applications_page import ApplicationsPage

        return self._typed("applications", ApplicationsPage)

    @property
    def projects_page(self) -> ProjectsPage:
        from coopdesk.ui.pages.projects_page import ProjectsPage

        return self._typed("projects", ProjectsPage)

    @property
    def documents_page(self) -> DocumentsPage:
        from coopdesk.ui.pages.documents_page import DocumentsPage

        return self._typed("documents", DocumentsPage)

    @property
    def settings_page(self) -> SettingsPage:
        from coopdesk.ui.pages.settings_page import SettingsPage

        return self._typed("settings", SettingsPage)

    @property
    def time_page(self) -> TimePage:
        from coopdesk.ui.pages.time_page import TimePage

        return self._typed("time", TimePage)

    # -- building -------------------------------------------------------------------------------

    def _icon(self, theme_name: str, fallback: QStyle.StandardPixmap) -> QIcon:
        return QIcon.fromTheme(theme_name, self.style().standardIcon(fallback))

    def _page_icon(self, key: str, theme_name: str, fallback: QStyle.StandardPixmap) -> QIcon:
        """The page's own drawing in resources/icons/pages; the desktop theme's icon if it is missing."""
        drawn = resource_path("icons", "pages", f"{key}.svg")
        if drawn is not None:
            icon = QIcon(str(drawn))
            if not icon.isNull():
                return icon
        return self._icon(theme_name, fallback)

    def _add_page(
        self,
        key: str,
        title: str,
        icon: QIcon,
        build: Callable[[], _Built],
        *,
        filled_when_built: bool = False,
    ) -> None:
        number = len(self._pages) + 1
        item = QListWidgetItem(icon, title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(SIDEBAR_WIDTH - 8, 40))
        if number <= 9:
            item.setToolTip(f"{title} (Ctrl+{number})")
        self.sidebar.addItem(item)
        placeholder = QWidget()
        self.stack.addWidget(placeholder)
        self._pages.append(_Page(key, item, build, placeholder, filled_when_built))

    def _build_actions(self) -> None:
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(lambda: self.select_page("settings"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh_current_page)
        self.timer_action = QAction(self.tr("Start a &timer…"), self)
        self.timer_action.setShortcut(QKeySequence("Ctrl+T"))
        self.timer_action.triggered.connect(lambda: self.start_timer())
        self.addAction(self.timer_action)  # Ctrl+T works even where the menu bar is hidden
        self.protected_backup_action = QAction(self.tr("Export a protected &backup…"), self)
        self.protected_backup_action.triggered.connect(self.export_protected_backup)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About CoopDesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.guide_action = QAction(self.tr("&Getting started guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.refresh_action)
        file_menu.addAction(self.timer_action)
        file_menu.addAction(self.protected_backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
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
        just_built = not page.built
        self._built(page)
        self.stack.setCurrentWidget(page.widget)
        if not (just_built and page.filled_when_built):
            page.reload()

    def refresh_current_page(self) -> None:
        self._built(self._pages[self.stack.currentIndex()]).reload()
        self.show_status(self.tr("Refreshed."))

    # -- opening what the dashboard lists -------------------------------------------------------

    def open_item(self, entity: str, entity_id: int) -> None:
        """Open the sheet of an application, a call or (on the funder's sheet) an exchange.

        A piece ("document") opens the Pièces page at that piece. Something deleted meanwhile is said
        in the status bar and the dashboard is reloaded.
        """
        try:
            if entity == "application":
                self._open_application(entity_id)
            elif entity == "call":
                self._open_call(entity_id)
            elif entity == "interaction":
                self._open_interaction(entity_id)
            elif entity == "document":
                self._open_document(entity_id)
        except NotFound as error:
            self.show_status(error_message(error))
            self._refresh_dashboard()

    def _open_application(self, application_id: int) -> None:
        from coopdesk.ui.dialogs.application_dialog import ApplicationDialog

        ApplicationDialog.edit(self, self._registry, application_id)
        self._refresh_dashboard()  # payments or a new status may have been recorded before Cancel

    def _open_call(self, call_id: int) -> None:
        from coopdesk.ui.dialogs.call_dialog import CallDialog

        calls = self._registry.calls
        call = calls.get(call_id)
        if CallDialog.edit(self, calls, self._registry.funders.search("", limit=None), call) is not None:
            self._refresh_dashboard()

    def _open_interaction(self, interaction_id: int) -> None:
        interaction = self._registry.interactions.get(interaction_id)
        self.select_page("funders")
        self.funders_page.select_funder(interaction.funder_id)

    def _open_document(self, document_id: int) -> None:
        self._registry.documents.get(document_id)  # NotFound: stay on the dashboard
        self.select_page("documents")
        self.documents_page.select_document(document_id)

    def _refresh_dashboard(self) -> None:
        self._page("dashboard").reload()

    # -- the timer ------------------------------------------------------------------------------

    def _timer_widget(self) -> TimerWidget:
        from coopdesk.ui.widgets.timer_widget import TimerWidget

        if self.timer_widget is None:
            self.timer_widget = TimerWidget(self._registry, self._settings, self)
            self.timer_widget.entry_recorded.connect(self._time_recorded)
            self.statusBar().insertPermanentWidget(0, self.timer_widget)
        return self.timer_widget

    def resume_timer(self) -> bool:
        """Ask whether to keep the time of a timer left running by the last start; True if it runs on."""
        return self._timer_widget().resume_at_start()

    def start_timer(self, application_id: int | None = None) -> bool:
        """Time an application: the one given, else the one selected on the Dossiers page, else the one
        the user chooses. False when nothing was started."""
        from coopdesk.ui.widgets import timer_widget

        if application_id is None and self.current_page_key() == "applications":
            selected = self.applications_page.current_application()
            application_id = selected.id if selected is not None else None
        if application_id is None:
            application_id = timer_widget.choose_application(self, self._registry.applications.list())
        if application_id is None:
            return False
        return self._timer_widget().start(application_id)

    def _time_recorded(self, _row: object) -> None:
        self._page("time").reload()
        self._refresh_dashboard()
        self.show_status(self.tr("Time recorded."))

    # -- status, title, dialogs -----------------------------------------------------------------

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def _set_title(self, association_name: str) -> None:
        self.setWindowTitle(f"CoopDesk — {association_name}" if association_name else "CoopDesk")

    def _profile_saved(self, profile: AssociationProfile) -> None:
        self._set_title(profile.name)

    def show_guide(self) -> QWidget:
        """Open (without blocking) the getting-started guide."""
        from coopdesk.ui.dialogs.guide_dialog import GuideDialog

        guide = GuideDialog(self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()
        return guide

    def shortcut_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Every keyboard shortcut, read from the actions: the menus and page keys, then each page's own
        (pages are built for this, as the user is about to see them listed)."""

        def listed(actions: list[QAction]) -> list[tuple[str, str]]:
            rows = []
            for action in actions:
                keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
                what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")
                if keys and what:
                    rows.append((what, self.tr(" or ").join(keys)))
            return rows

        def on_a_page(action: QAction) -> bool:
            owner = action.parent()
            return isinstance(owner, QWidget) and self.stack.isAncestorOf(owner)

        # The menus' and the window's own actions (timer, exports…), whoever added them.
        window_actions = [action for action in self.findChildren(QAction) if not on_a_page(action)]
        general = listed(window_actions)
        for number, page in enumerate(self._pages[:9], start=1):
            general.append((self.tr("Go to %1").replace("%1", page.item.text()), f"Ctrl+{number}"))
        groups = [(self.tr("Everywhere"), general)]
        for page in self._pages:
            widget = self._built(page).widget
            groups.append((page.item.text(), listed(widget.findChildren(QAction))))
        return groups

    def show_shortcuts(self) -> QWidget:
        """Open (without blocking) the list of keyboard shortcuts."""
        from coopdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_groups(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- reminders of the day's deadlines -------------------------------------------------------

    def start_reminders(self) -> DeadlineReminders:
        """The tray icon and daily reminders (app.run_window calls this once the window is shown)."""
        from PySide6.QtWidgets import QApplication

        from coopdesk.ui.reminders import DeadlineReminders

        if self.reminders is None:
            self.reminders = DeadlineReminders(
                self._registry.reminders,
                self._settings,
                QApplication.windowIcon(),
                self.show_status,
                parent=self,
            )
            self.reminders.open_requested.connect(self._bring_to_front)
            self.reminders.quit_requested.connect(self.close)
        return self.reminders

    def _reminders_setting_changed(self) -> None:
        if self.reminders is not None:
            self.reminders.apply_setting()

    def _bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.select_page("dashboard")

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

    def export_protected_backup(self) -> None:
        """Paramètres › Données, then the password-protected export of its backups box."""
        self.select_page("settings")
        self.settings_page.select_tab("data")
        box = self.settings_page.findChild(QWidget, "backup_settings")
        export = getattr(box, "export_protected", None)
        if export is not None:  # absent for a PostgreSQL database: the box says why instead
            export()

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
        if not self.is_page_built("settings") or not self.settings_page.is_modified():
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


def _insert_in_data_tab(page: SettingsPage, widget: QWidget) -> None:
    """Put an association-wide setting in the settings' Data tab, above its closing stretch."""
    tab = page.tabs.widget(page.TAB_KEYS.index("data"))
    layout = tab.layout() if tab is not None else None
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(max(layout.count() - 1, 0), widget)
