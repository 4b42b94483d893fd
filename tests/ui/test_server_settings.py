"""Paramètres › Données: the shared office database (PostgreSQL) box."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from coopdesk.services.server_connection import ServerSettings, chosen_server, stored_password
from coopdesk.settings import SettingsStore
from coopdesk.ui.background import wait_for_background_work
from coopdesk.ui.widgets.server_settings import ServerSettingsBox
from tests.services.test_server_connection import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def fill(box: ServerSettingsBox, port: int = 5432) -> None:
    box.host.setText("serveur.local")
    box.port.setValue(port)
    box.database.setText("coopdesk")
    box.user.setText("tresoriere")
    box.password.setText("s3cret!")


def test_use_this_server_keeps_the_password_in_the_keyring(
    qtbot, settings_store: SettingsStore, memory_keyring: MemoryKeyring
) -> None:
    box = ServerSettingsBox(settings_store)
    qtbot.addWidget(box)
    assert not box.local_button.isEnabled()
    fill(box)
    box.use_this_server()
    server = ServerSettings("serveur.local", 5432, "coopdesk", "tresoriere")
    assert chosen_server(SettingsStore(settings_store.path)) == server
    assert stored_password(server) == "s3cret!"
    assert "s3cret" not in settings_store.path.read_text(encoding="utf-8")
    assert box.password.text() == ""
    assert box.local_button.isEnabled()
    box.use_local_file()
    assert chosen_server(SettingsStore(settings_store.path)) is None
    assert memory_keyring.values == {}


def test_without_keyring_the_box_says_the_password_will_be_asked(
    qtbot, settings_store: SettingsStore, no_keyring: None
) -> None:
    box = ServerSettingsBox(settings_store)
    qtbot.addWidget(box)
    with_keyring_text = box.keyring_label.text()
    fill(box)
    box.use_this_server()
    assert "s3cret" not in settings_store.path.read_text(encoding="utf-8")
    assert chosen_server(SettingsStore(settings_store.path)) is not None
    assert with_keyring_text


def test_missing_fields_are_refused(qtbot, settings_store: SettingsStore) -> None:
    box = ServerSettingsBox(settings_store)
    qtbot.addWidget(box)
    box.use_this_server()
    assert box.error_label.has_error()
    assert not settings_store.path.exists()


def test_connection_test_reports_an_unreachable_server(qtbot, settings_store: SettingsStore) -> None:
    box = ServerSettingsBox(settings_store)
    qtbot.addWidget(box)
    fill(box, port=1)
    box.host.setText("127.0.0.1")
    box.test_connection()
    wait_for_background_work()
    qtbot.waitUntil(lambda: box.error_label.has_error())
    assert "s3cret" not in box.error_label.text()
    assert box.test_button.isEnabled()
    assert "Connection refused" not in box.error_label.text()  # said in the user's words
    assert "Connection refused" in box.error_label.toolTip()  # the driver's, for whoever helps


@pytest.mark.postgresql
def test_connection_test_on_a_real_server(qtbot, settings_store: SettingsStore, postgres_server) -> None:
    import uuid
    from urllib.parse import unquote, urlsplit

    name = f"t_{uuid.uuid4().hex[:12]}"
    postgres_server.create_database(name)
    try:
        url = urlsplit(postgres_server.url(name))
        box = ServerSettingsBox(settings_store)
        qtbot.addWidget(box)
        box.host.setText(url.hostname or "")
        box.port.setValue(url.port or 5432)
        box.database.setText(name)
        box.user.setText(unquote(url.username or ""))
        box.password.setText(unquote(url.password or ""))
        box.test_connection()
        wait_for_background_work()
        qtbot.waitUntil(lambda: box.test_button.isEnabled())
        assert not box.error_label.has_error()
        assert box.result_label.text()
    finally:
        postgres_server.drop_database(name)


def test_the_port_field_keeps_its_own_width(qtbot, settings_store: SettingsStore) -> None:
    box = ServerSettingsBox(settings_store)
    qtbot.addWidget(box)
    box.resize(1000, 500)
    box.show()
    qtbot.waitExposed(box)
    assert box.port.width() < box.host.width() / 3
    assert box.port.width() >= box.port.sizeHint().width()
