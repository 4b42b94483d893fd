"""Every service of CoopDesk over one open database: what the window and the command line receive.

Services used at start-up are built at once; those that pull heavy libraries (openpyxl, reportlab,
the import machinery) are built on first use, so that the window opens quickly.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from coopdesk.paths import Locations, prepare_data_dir
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.association_service import AssociationService
from coopdesk.services.call_service import CallService
from coopdesk.services.contact_service import ContactService
from coopdesk.services.dashboard_service import DashboardService
from coopdesk.services.database_service import DatabaseService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.interaction_service import InteractionService
from coopdesk.services.project_service import ProjectService
from coopdesk.services.shared_settings_service import SharedSettingsService
from coopdesk.services.volunteer_service import VolunteerService
from coopdesk.storage.database import Database

if TYPE_CHECKING:
    from coopdesk.services.aides_import_service import AidesImportService
    from coopdesk.services.budget_service import BudgetService
    from coopdesk.services.burden_service import BurdenService
    from coopdesk.services.calendar_service import CalendarService
    from coopdesk.services.contacts_import_service import ContactsImportService
    from coopdesk.services.demo_service import DemoService
    from coopdesk.services.document_service import DocumentService
    from coopdesk.services.export_service import ExportService
    from coopdesk.services.history_service import HistoryService
    from coopdesk.services.pack_service import PackService
    from coopdesk.services.reminder_service import ReminderService
    from coopdesk.services.text_service import TextService
    from coopdesk.services.time_service import TimeService


class ServiceRegistry:
    def __init__(self, database: Database, locations: Locations) -> None:
        self.database_location = database.location
        self.locations = locations
        self.association = AssociationService(database)
        self.volunteers = VolunteerService(database)
        self.funders = FunderService(database)
        self.contacts = ContactService(database)
        self.interactions = InteractionService(database)
        self.calls = CallService(database)
        self.projects = ProjectService(database)
        self.applications = ApplicationService(database)
        self.dashboard = DashboardService(database)
        self.database = DatabaseService(database, locations)
        self.shared_settings = SharedSettingsService(database)
        self._database = database

    @cached_property
    def reminders(self) -> ReminderService:
        from coopdesk.services.reminder_service import ReminderService

        return ReminderService(self._database)

    @cached_property
    def demo(self) -> DemoService:
        from coopdesk.services.demo_service import DemoService

        return DemoService(self._database)

    @cached_property
    def aides_import(self) -> AidesImportService:
        from coopdesk.services.aides_import_service import AidesImportService

        return AidesImportService(self._database)

    @cached_property
    def contacts_import(self) -> ContactsImportService:
        from coopdesk.services.contacts_import_service import ContactsImportService

        return ContactsImportService(self._database)

    @cached_property
    def exports(self) -> ExportService:
        from coopdesk.services.export_service import ExportService

        return ExportService(self._database)

    @cached_property
    def calendar(self) -> CalendarService:
        from coopdesk.services.calendar_service import CalendarService

        return CalendarService(self._database)

    @cached_property
    def history(self) -> HistoryService:
        from coopdesk.services.history_service import HistoryService

        return HistoryService(self._database)

    @cached_property
    def documents(self) -> DocumentService:
        from coopdesk.services.document_service import DocumentService

        return DocumentService(self._database, self.shared_settings)

    @cached_property
    def budgets(self) -> BudgetService:
        from coopdesk.services.budget_service import BudgetService

        return BudgetService(self._database)

    @cached_property
    def time(self) -> TimeService:
        from coopdesk.services.time_service import TimeService

        return TimeService(self._database)

    @cached_property
    def texts(self) -> TextService:
        from coopdesk.services.text_service import TextService

        return TextService(self._database)

    @cached_property
    def burden(self) -> BurdenService:
        from coopdesk.services.burden_service import BurdenService

        return BurdenService(self._database, self.shared_settings)

    @cached_property
    def pack(self) -> PackService:
        from coopdesk.services.pack_service import PackService

        return PackService(self._database)

    @classmethod
    def open(cls, locations: Locations, *, must_exist: bool = False, migrate: bool = True) -> ServiceRegistry:
        """Prepare the data folder, open (create, migrate) the database: raises DatabaseProblem."""
        prepare_data_dir(locations)
        database = Database.open(
            locations.database_url, backup_dir=locations.backup_dir, must_exist=must_exist, migrate=migrate
        )
        return cls(database, locations)

    def close(self) -> None:
        self._database.dispose()
