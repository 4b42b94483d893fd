"""The fonts of every PDF CoopDesk writes, and how user text is made safe for them.

DejaVu Sans is shipped in `resources/fonts` (Bitstream Vera licence) and embedded in each PDF, so that
accents, €, œ, « » and ’ print the same on every PC. A character the font lacks (an emoji, a rare
script) is replaced by a visible "□" instead of vanishing or breaking the document; when the TTF files
cannot be found, the PDF falls back to Helvetica with the same replacement for what WinAnsi lacks.

    fonts = register_fonts()
    Paragraph(paragraph_markup(user_text), style_using(fonts.regular))
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from coopdesk.paths import resource_path

MISSING_GLYPH = "□"
_FILES = {
    "CoopDeskSans": "DejaVuSans.ttf",
    "CoopDeskSans-Bold": "DejaVuSans-Bold.ttf",
    "CoopDeskSans-Oblique": "DejaVuSans-Oblique.ttf",
}


@dataclass(frozen=True)
class FontNames:
    regular: str
    bold: str
    italic: str
    embedded: bool  # False: the Helvetica fallback (fonts folder missing)


@functools.cache
def register_fonts() -> FontNames:
    """Register the embedded fonts with reportlab once; their names for styles and canvases."""
    paths = {name: resource_path("fonts", filename) for name, filename in _FILES.items()}
    if any(path is None for path in paths.values()):
        return FontNames("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", embedded=False)
    for name, path in paths.items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        "CoopDeskSans",
        normal="CoopDeskSans",
        bold="CoopDeskSans-Bold",
        italic="CoopDeskSans-Oblique",
        boldItalic="CoopDeskSans-Bold",
    )
    return FontNames("CoopDeskSans", "CoopDeskSans-Bold", "CoopDeskSans-Oblique", embedded=True)


@functools.cache
def _covered(font_name: str) -> frozenset[int] | None:
    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    char_to_glyph = getattr(face, "charToGlyph", None)
    return frozenset(char_to_glyph) if char_to_glyph is not None else None


def _printable_char(char: str, covered: frozenset[int] | None) -> str:
    if char in "\n\t":
        return char
    if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn"):
        return "" if unicodedata.category(char) == "Cf" else MISSING_GLYPH
    if covered is None:  # a standard font: what WinAnsi (cp1252) can encode
        try:
            char.encode("cp1252")
        except UnicodeEncodeError:
            return MISSING_GLYPH
        return char
    return char if ord(char) in covered else MISSING_GLYPH


def printable(text: str, font_name: str | None = None) -> str:
    """`text` with every character the font cannot draw replaced by "□" (format characters such as
    zero-width joiners dropped), so that nothing vanishes silently and nothing crashes the renderer."""
    name = font_name or register_fonts().regular
    covered = _covered(name)
    return "".join(_printable_char(char, covered) for char in unicodedata.normalize("NFC", text))


def paragraph_markup(text: str, font_name: str | None = None) -> str:
    """User text as reportlab Paragraph markup: printable, `< > &` escaped, line breaks kept."""
    return escape(printable(text, font_name)).replace("\n", "<br/>")
