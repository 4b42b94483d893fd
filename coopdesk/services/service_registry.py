"""Every service of CoopDesk over one open database: what the window and the command line receive."""

from __future__ import annotations

from coopdesk.paths import Locations, prepare_data_dir
from coopdesk.services.aides_import_service import AidesImportService
from coopdesk.services.association_service import AssociationService
from coopdesk.services.call_service import CallService
from coopdesk.services.contact_service import ContactService
from coopdesk.services.contacts_import_service import ContactsImportService
from coopdesk.services.dashboard_service import DashboardService
from coopdesk.services.database_service import DatabaseService
from coopdesk.services.demo_service import DemoService
from coopdesk.services.export_service import ExportService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.interaction_service import InteractionService
from coopdesk.services.volunteer_service import VolunteerService
from coopdesk.storage.database import Database


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
        self.dashboard = DashboardService(database)
        self.database = DatabaseService(database, locations)
        self.demo = DemoService(database)
        self.aides_import = AidesImportService(database)
        self.contacts_import = ContactsImportService(database)
        self.exports = ExportService(database)
        self._database = database

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
