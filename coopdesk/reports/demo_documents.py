"""Small, real PDF files standing in for the association's documents in the demonstration data."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

_MARGIN = 20 * mm
_TITLE_FONT = ("Helvetica-Bold", 16)
_BODY_FONT = ("Helvetica", 11)
_LEADING = 15
_FOOTER = "Document fictif – données de démonstration CoopDesk"


def demo_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF with `title` and `lines` (wrapped to the page width; overflow starts a new page).

    The output is deterministic (reportlab's invariant mode): the same title and lines always give the
    same bytes, so demo data filled twice hashes to the same blobs.
    """
    buffer = BytesIO()
    width, height = A4
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    pdf.setTitle(title)
    pdf.setAuthor("CoopDesk (démonstration)")
    text_width = width - 2 * _MARGIN

    def footer() -> None:
        pdf.setFont("Helvetica-Oblique", 8)
        pdf.drawString(_MARGIN, _MARGIN / 2, _FOOTER)

    y = height - _MARGIN
    pdf.setFont(*_TITLE_FONT)
    for part in simpleSplit(title, _TITLE_FONT[0], _TITLE_FONT[1], text_width):
        pdf.drawString(_MARGIN, y, part)
        y -= _TITLE_FONT[1] * 1.3
    y -= _LEADING
    pdf.setFont(*_BODY_FONT)
    for line in lines:
        parts: list[str] = simpleSplit(line, _BODY_FONT[0], _BODY_FONT[1], text_width) or [""]
        for part in parts:
            if y < _MARGIN:
                footer()
                pdf.showPage()
                pdf.setFont(*_BODY_FONT)
                y = height - _MARGIN
            pdf.drawString(_MARGIN, y, part)
            y -= _LEADING
    footer()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
