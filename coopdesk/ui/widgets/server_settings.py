"""The shared office database box of Paramètres › Données: a PostgreSQL server (host, port, database,
user, password), "Test the connection", "Use this server" (from the next start). The password goes to
the system keyring, never to the settings file; without a keyring it is asked at each start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import DatabaseUnreachable, NotADatabase
from coopdesk.services import server_connection
from coopdesk.services.server_connection import ConnectionProblem, ConnectionReport, ServerSettings
from coopdesk.settings import SettingsStore
from coopdesk.ui.background import run_in_background
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel


def ask_server_password(parent: QWidget | None, server_label: str) -> str | None:
    """At start, when no keyring keeps the password: ask it (None when cancelled)."""
    text, accepted = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ServerSettings", "Password of the office server"),
        QCoreApplication.translate(
            "ServerSettings",
            "This PC has no password keyring: type the password of %1 (asked at each start).",
        ).replace("%1", server_label),
        QLineEdit.EchoMode.Password,
    )
    return text if accepted else None


def connection_problem_text(detail: str) -> str:
    """A French sentence for why the connection failed; the driver's first line when not recognised."""
    problem = server_connection.connection_problem(detail)
    texts = {
        ConnectionProblem.REFUSED: QCoreApplication.translate(
            "ServerSettingsBox",
            "Connection failed: the server refuses it. Check that PostgreSQL is running on that computer "
            "and the port number.",
        ),
        ConnectionProblem.UNKNOWN_HOST: QCoreApplication.translate(
            "ServerSettingsBox",
            "Connection failed: no computer has this name on the network. Check the server.",
        ),
        ConnectionProblem.TIMEOUT: QCoreApplication.translate(
            "ServerSettingsBox",
            "Connection failed: the server does not answer. Check the network and the server's address.",
        ),
        ConnectionProblem.WRONG_LOGIN: QCoreApplication.translate(
            "ServerSettingsBox", "Connection failed: the user or the password is wrong."
        ),
        ConnectionProblem.LOGIN_NEEDED: QCoreApplication.translate(
            "ServerSettingsBox", "Connection failed: the server asks for a password."
        ),
        ConnectionProblem.NO_DATABASE: QCoreApplication.translate(
            "ServerSettingsBox",
            "Connection failed: this database does not exist on the server. Check its name.",
        ),
    }
    if problem in texts:
        return texts[problem]
    first_line = detail.splitlines()[0] if detail else ""
    return QCoreApplication.translate("ServerSettingsBox", "Connection failed: %1").replace("%1", first_line)


class ServerSettingsBox(QGroupBox):
    FIELDS = ("host", "port", "database", "user", "password")

    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_settings")
        self.setTitle(self.tr("Shared office database (PostgreSQL server)"))
        self._settings = settings
        intro = QLabel(
            self.tr(
                "For several PCs in the office, CoopDesk can use a PostgreSQL server instead of the file "
                "of this PC. The change takes effect at the next start."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. serveur.local or 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(server_connection.DEFAULT_PORT)
        self.port.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # five digits, not a line
        self.database = QLineEdit()
        self.database.setPlaceholderText("coopdesk")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)

        self.keyring_label = QLabel()
        self.keyring_label.setObjectName("keyring_status")
        self.keyring_label.setWordWrap(True)
        self.current_label = QLabel()
        self.current_label.setObjectName("server_in_use")
        self.current_label.setWordWrap(True)
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label = QLabel()
        self.result_label.setObjectName("server_result")
        self.result_label.setWordWrap(True)
        self.error_label = FieldErrorLabel()
        self.error_label.setObjectName("server_error")

        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_connection)
        self.use_button = QPushButton(self.tr("Use this server"))
        self.use_button.setObjectName("use_server")
        self.use_button.clicked.connect(self.use_this_server)
        self.local_button = QPushButton(self.tr("Use the file of this PC"))
        self.local_button.setObjectName("use_local_file")
        self.local_button.clicked.connect(self.use_local_file)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.use_button, self.local_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.current_label)
        layout.addLayout(form)
        layout.addWidget(self.keyring_label)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        self.load()

    def load(self) -> None:
        chosen = server_connection.chosen_server(self._settings)
        if chosen is not None:
            self.host.setText(chosen.host)
            self.port.setValue(chosen.port)
            self.database.setText(chosen.database)
            self.user.setText(chosen.user)
            self.current_label.setText(
                self.tr("Server chosen for the next starts: %1").replace("%1", chosen.label)
            )
        else:
            self.current_label.setText(self.tr("No server chosen: CoopDesk uses the file of this PC."))
        self.local_button.setEnabled(chosen is not None)
        if server_connection.keyring_available():
            self.keyring_label.setText(self.tr("The password is kept in the system keyring of this PC."))
        else:
            self.keyring_label.setText(
                self.tr(
                    "This PC has no password keyring: the password is not kept, CoopDesk will ask it "
                    "at each start."
                )
            )

    def server(self) -> ServerSettings:
        return ServerSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )

    def _valid_server(self) -> ServerSettings | None:
        server = self.server()
        if server_connection.problems(server):
            self.error_label.show_error(self.tr("Fill in the server, the database and the user."))
            return None
        return server

    def test_connection(self) -> None:
        self.error_label.hide_error()
        self.error_label.setToolTip("")
        self.result_label.clear()
        server = self._valid_server()
        if server is None:
            return
        password = self.password.text()
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))
        run_in_background(
            self, lambda: server_connection.check_connection(server, password), self._tested, self._failed
        )

    def _tested(self, report: ConnectionReport) -> None:
        self.test_button.setEnabled(True)
        if report.too_new:
            self.result_label.clear()
            self.error_label.show_error(
                self.tr(
                    "Connected, but this database comes from a newer CoopDesk: install the latest version."
                )
            )
        elif report.empty:
            self.result_label.setText(
                self.tr("Connection works. The database is empty: CoopDesk will create its tables at start.")
            )
        else:
            self.result_label.setText(self.tr("Connection works: this is a CoopDesk database."))

    def _failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.result_label.clear()
        if isinstance(error, DatabaseUnreachable):
            self.error_label.show_error(connection_problem_text(error.detail))
            self.error_label.setToolTip(error.detail)  # the driver's own words, for whoever helps
        elif isinstance(error, NotADatabase):
            self.error_label.show_error(
                self.tr("This database already holds other tables: it is not a CoopDesk database.")
            )
        else:
            self.error_label.show_error(error_message(error))

    def use_this_server(self) -> None:
        self.error_label.hide_error()
        server = self._valid_server()
        if server is None:
            return
        try:
            kept = server_connection.use_server(self._settings, server, self.password.text())
        except OSError as error:
            self.error_label.show_error(error_message(error))
            return
        self.password.clear()
        if kept:
            self.result_label.setText(
                self.tr(
                    "Saved. CoopDesk will use this server at the next start; the password is in the keyring."
                )
            )
        else:
            self.result_label.setText(
                self.tr("Saved. CoopDesk will use this server at the next start and will ask the password.")
            )
        self.load()

    def use_local_file(self) -> None:
        self.error_label.hide_error()
        try:
            server_connection.use_server(self._settings, None)
        except OSError as error:
            self.error_label.show_error(error_message(error))
            return
        self.result_label.setText(self.tr("Saved. CoopDesk will use the file of this PC at the next start."))
        self.load()
