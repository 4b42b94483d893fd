"""Render resources/icons/coopdesk.svg into the PNG sizes of the icon theme and a Windows .ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

The PNGs are committed (resources/icons/hicolor/<size>x<size>/apps/coopdesk.png), so that neither a
bundle nor a desktop install needs an SVG renderer; run this again only when the SVG changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "coopdesk.svg"
THEME = ROOT / "resources" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "coopdesk.ico"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG}: not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        target = THEME / f"{size}x{size}" / "apps" / "coopdesk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
    scalable = THEME / "scalable" / "apps" / "coopdesk.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    largest = Image.open(THEME / "256x256" / "apps" / "coopdesk.png")
    largest.save(ICO, sizes=[(size, size) for size in (16, 24, 32, 48, 64, 128, 256)])
    print(f"{len(SIZES)} PNG sizes in {THEME}, {ICO.name} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
