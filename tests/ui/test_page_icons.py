"""The sidebar's page icons: CoopDesk's own drawings, one distinct picture per page."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage

from coopdesk.paths import resource_path
from coopdesk.ui.main_window import MainWindow

ICON_SIZE = 24


def _image(icon: QIcon) -> QImage:
    pixmap = icon.pixmap(QSize(ICON_SIZE, ICON_SIZE))
    pixmap.setDevicePixelRatio(1.0)
    return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _opaque_pixels(image: QImage) -> int:
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).alpha() > 0
    )


def test_every_page_has_its_own_drawing(qtbot, registry, settings_store):
    window = MainWindow(registry, settings_store)
    qtbot.addWidget(window)

    images: dict[str, bytes] = {}
    for row in range(window.sidebar.count()):
        key = window.page_keys()[row]
        drawing = resource_path("icons", "pages", f"{key}.svg")
        assert drawing is not None, key
        assert drawing.is_file(), key
        assert not QIcon(str(drawing)).isNull(), key

        shown = _image(window.sidebar.item(row).icon())
        assert shown == _image(QIcon(str(drawing))), f"{key}: the sidebar does not show its drawing"
        assert shown.width() == ICON_SIZE, key
        assert _opaque_pixels(shown) > 20, f"{key}: an empty picture"
        images[key] = bytes(shown.constBits())

    assert len(images) == 10
    assert len(set(images.values())) == len(images), "two pages share the same picture"


def test_a_missing_drawing_falls_back_to_a_theme_icon(qtbot, registry, settings_store, monkeypatch):
    monkeypatch.setattr("coopdesk.ui.main_window.resource_path", lambda *parts: None)
    window = MainWindow(registry, settings_store)
    qtbot.addWidget(window)

    assert window.sidebar.count() == 10
    assert all(not window.sidebar.item(row).icon().isNull() for row in range(window.sidebar.count()))
