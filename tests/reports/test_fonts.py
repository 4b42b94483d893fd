from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from coopdesk.reports.fonts import MISSING_GLYPH, paragraph_markup, printable, register_fonts


def test_the_shipped_font_is_found_and_embedded() -> None:
    fonts = register_fonts()
    assert fonts.embedded
    assert (
        printable("Épicerie « Le Panier » : 1 234 € — cœur’s") == "Épicerie « Le Panier » : 1 234 € — cœur’s"
    )


def test_characters_the_font_lacks_are_replaced_visibly() -> None:
    assert printable("Merci 🙏 !") == f"Merci {MISSING_GLYPH} !"
    assert printable("a\u200db") == "ab"  # a zero-width joiner is dropped, not boxed
    assert printable("nul\x00") == f"nul{MISSING_GLYPH}"


def test_markup_is_escaped_and_renders() -> None:
    markup = paragraph_markup("<b>pas gras</b> & Cie\n2e ligne 🎉")
    assert markup.startswith("&lt;b&gt;pas gras&lt;/b&gt; &amp; Cie<br/>")
    out = io.BytesIO()
    style = ParagraphStyle("p", fontName=register_fonts().regular)
    SimpleDocTemplate(out).build([Paragraph(markup, style)])
    text = PdfReader(io.BytesIO(out.getvalue()), strict=True).pages[0].extract_text()
    assert "<b>pas gras</b> & Cie" in text
