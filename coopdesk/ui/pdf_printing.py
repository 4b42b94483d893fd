"""Printing a PDF through Qt: every page rendered by QtPdf onto the printer, scaled to fit its page.

    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        print_pdf(document, printer)

`print_pdf` is the testable part (a QPrinter writing a PDF file stands for the real printer).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300  # enough for text; beyond, pages only get slower to send


def load_pdf(data: bytes, document: QPdfDocument) -> QBuffer:
    """Load `data` into `document`; keep the returned buffer alive as long as the document."""
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def _pages(printer: QPrinter, count: int) -> range:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(count)
    return range(max(first, 1) - 1, min(last, count))


def print_pdf(
    document: QPdfDocument, printer: QPrinter, progress: Callable[[int, int], None] | None = None
) -> int:
    """Send the document's pages (the printer's page range, all by default) to `printer`; the number of
    pages printed (0 when the printer could not be opened)."""
    pages = _pages(printer, document.pageCount())
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            target = QRectF(painter.viewport())
            size = document.pagePointSize(page)
            if size.width() <= 0 or size.height() <= 0:
                continue
            scale = min(target.width() / size.width(), target.height() / size.height())
            width, height = size.width() * scale, size.height() * scale
            pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            image = document.render(page, pixels)
            x = target.left() + (target.width() - width) / 2
            y = target.top() + (target.height() - height) / 2
            painter.drawImage(QRectF(x, y, width, height), image)
            if progress is not None:
                progress(index + 1, len(pages))
    finally:
        painter.end()
    return len(pages)
