"""Pages of other files in a PDF: what a stored file is (readable PDF, image, other), an image as an
A4 page scaled to fit, numbers stamped over merged pages, and the merge itself (pypdf).

Files come from users: any of them may be damaged, encrypted or lie about its type. Reading one never
raises; it says what it found (`FileCheck`).
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageOps
from pypdf import PasswordType, PdfReader, PdfWriter, Transformation
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from coopdesk.domain.pack import FileCheck, FileKind, PieceStatus, UnreadableReason
from coopdesk.reports.fonts import printable, register_fonts

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_PDF_EXTENSIONS = (".pdf",)
_IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg")
MAX_IMAGE_SIDE = 2000  # pixels: about 170 dpi on the long side of A4, enough for a scanned page
STAMP_FONT_SIZE = 8
_MARGIN = 15 * mm

logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are reported, not logged


@contextmanager
def binary_streams() -> Iterator[None]:
    """Streams written as binary, not ASCII85: reportlab's pure-Python encoder costs more than all the
    rest of a pack with images (the PDF is a quarter smaller too)."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def _declared_kind(filename: str, media_type: str) -> FileKind:
    name = filename.lower()
    if media_type == "application/pdf" or name.endswith(_PDF_EXTENSIONS):
        return FileKind.PDF
    if media_type in ("image/png", "image/jpeg") or name.endswith(_IMAGE_EXTENSIONS):
        return FileKind.IMAGE
    return FileKind.OTHER


def file_kind(data: bytes, filename: str = "", media_type: str = "") -> FileKind:
    """PDF or image by their first bytes, else by what the document says it is."""
    if b"%PDF-" in data[:1024]:
        return FileKind.PDF
    if data.startswith((_PNG, _JPEG)):
        return FileKind.IMAGE
    return _declared_kind(filename, media_type)


def open_pdf(data: bytes) -> PdfReader:
    """A reader of the file; one protected only against changes (no password to open it, as many
    certificates downloaded from administrations) is opened as any viewer would."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        return reader


def _locked(reader: PdfReader) -> bool:
    """A password is needed to read it (an empty one was tried)."""
    return reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED


def _check_pdf(data: bytes) -> FileCheck:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(BytesIO(data), strict=False)
            if _locked(reader):
                return FileCheck(FileKind.PDF, PieceStatus.UNREADABLE, reason=UnreadableReason.ENCRYPTED)
            pages = len(reader.pages)
            for page in reader.pages:
                _ = page.mediabox.width, page.mediabox.height
                contents = page.get_contents()
                if contents is not None:
                    contents.get_data()
    except Exception:  # any parsing failure of a user's file means "damaged", never a crash
        return FileCheck(FileKind.PDF, PieceStatus.UNREADABLE, reason=UnreadableReason.DAMAGED)
    if pages == 0:
        return FileCheck(FileKind.PDF, PieceStatus.UNREADABLE, reason=UnreadableReason.EMPTY)
    return FileCheck(FileKind.PDF, PieceStatus.READABLE, pages=pages)


def _open_image(data: bytes, *, draft: int = MAX_IMAGE_SIDE) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        image = Image.open(BytesIO(data))
        if image.format == "JPEG":  # a big photo decoded at a reduced scale: much faster
            image.draft("RGB", (draft, draft))
        image.load()
        return ImageOps.exif_transpose(image)


def _check_image(data: bytes) -> FileCheck:
    try:
        image = _open_image(data, draft=64)  # every byte is still read: a truncated file fails
        if image.width < 1 or image.height < 1:
            raise ValueError("empty image")
    except Exception:  # a damaged or truncated image, a format PIL does not know
        return FileCheck(FileKind.IMAGE, PieceStatus.UNREADABLE, reason=UnreadableReason.DAMAGED)
    return FileCheck(FileKind.IMAGE, PieceStatus.READABLE, pages=1)


def check_file(data: bytes, filename: str = "", media_type: str = "") -> FileCheck:
    """What the pack can do with this file; never raises."""
    kind = file_kind(data, filename, media_type)
    if kind is FileKind.PDF:
        return _check_pdf(data)
    if kind is FileKind.IMAGE:
        return _check_image(data)
    return FileCheck(FileKind.OTHER, PieceStatus.OTHER)


# -- images as pages -----------------------------------------------------------------------------------


def image_page(data: bytes, heading: str) -> bytes:
    """A one-page PDF: `heading` at the top, the image below scaled to fit (landscape when it is wide)."""
    fonts = register_fonts()
    image = _open_image(data)
    if max(image.size) > MAX_IMAGE_SIDE:
        image.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE), reducing_gap=2.0)
    if image.mode not in ("RGB", "L", "RGBA", "LA"):
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    if image.mode in ("RGBA", "LA"):  # flatten transparency on white paper
        background = Image.new("RGB", image.size, "white")
        background.paste(image, mask=image.getchannel("A"))
        image = background
    page_size = landscape(A4) if image.width > image.height else A4
    width, height = page_size
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=page_size, invariant=True, pageCompression=1)
    pdf.setFont(fonts.bold, 11)
    pdf.drawString(_MARGIN, height - _MARGIN, printable(heading, fonts.bold)[:150])
    top = height - _MARGIN - 8 * mm
    bottom = _MARGIN + 6 * mm  # room for the page number
    box_width, box_height = width - 2 * _MARGIN, top - bottom
    scale = min(box_width / image.width, box_height / image.height)
    drawn_width, drawn_height = image.width * scale, image.height * scale
    encoded = BytesIO()
    image.save(encoded, format="JPEG", quality=88)
    pdf.drawImage(
        ImageReader(BytesIO(encoded.getvalue())),
        _MARGIN + (box_width - drawn_width) / 2,
        top - drawn_height,
        drawn_width,
        drawn_height,
    )
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# -- stamping page numbers over merged pages -----------------------------------------------------------


@dataclass(frozen=True)
class Stamp:
    width: float
    height: float
    text: str


def _stamps_pdf(stamps: Sequence[Stamp]) -> bytes:
    """One page per stamp, of the stamped page's size: the text in a white box, bottom right."""
    fonts = register_fonts()
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True, pageCompression=1)
    for stamp in stamps:
        pdf.setPageSize((stamp.width, stamp.height))
        text = printable(stamp.text, fonts.regular)
        text_width = pdf.stringWidth(text, fonts.regular, STAMP_FONT_SIZE)
        margin = min(10 * mm, stamp.width / 20)
        x = stamp.width - margin - text_width
        y = min(5 * mm, stamp.height / 30)
        pdf.setFillColorRGB(1, 1, 1)
        pdf.setStrokeColorRGB(0.6, 0.6, 0.6)
        pdf.setLineWidth(0.4)
        pdf.rect(x - 2 * mm, y - 1.5 * mm, text_width + 4 * mm, STAMP_FONT_SIZE + 2.5 * mm, fill=1, stroke=1)
        pdf.setFillColorRGB(0.15, 0.15, 0.15)
        pdf.setFont(fonts.regular, STAMP_FONT_SIZE)
        pdf.drawString(x, y, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _notice_pages(count: int) -> bytes:
    """`count` pages saying that a piece could not be joined (its pages keep their numbers)."""
    fonts = register_fonts()
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    for _ in range(count):
        pdf.setFont(fonts.regular, 12)
        pdf.drawString(
            _MARGIN, A4[1] - 2 * _MARGIN, "Cette pièce n'a pas pu être jointe : son fichier est illisible."
        )
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class MergedPdf:
    """A PDF to append and the footer text of each of its pages (None: already numbered)."""

    data: bytes
    stamps: tuple[str, ...] | None = None


def merge(parts: Sequence[MergedPdf]) -> PdfWriter:
    """Every part's pages in order, numbered where asked (rotation moved into the content first)."""
    writer = PdfWriter()
    stamped: list[tuple[int, str]] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for part in parts:
            first = len(writer.pages)
            try:
                writer.append(open_pdf(part.data), import_outline=False)
            except Exception:  # a piece that passed the check but breaks the merge: never a crash
                if part.stamps is None:
                    raise  # CoopDesk's own pages: a defect to report, not a user's file
                while len(writer.pages) > first:
                    writer.remove_page(len(writer.pages) - 1)
                notice = _notice_pages(len(part.stamps))
                writer.append(PdfReader(BytesIO(notice)), import_outline=False)
            if part.stamps is not None:
                stamped.extend(
                    (first + offset, text)
                    for offset, text in zip(range(len(writer.pages) - first), part.stamps, strict=False)
                )
        if stamped:
            stamps = []
            for index, text in stamped:
                page = writer.pages[index]
                if page.rotation % 360:
                    page.transfer_rotation_to_content()
                box = page.cropbox
                stamps.append(Stamp(float(box.width), float(box.height), text))
            overlay = PdfReader(BytesIO(_stamps_pdf(stamps)))
            for (index, _text), overlay_page in zip(stamped, overlay.pages, strict=True):
                page = writer.pages[index]
                box = page.cropbox
                page.merge_transformed_page(
                    overlay_page, Transformation().translate(float(box.left), float(box.bottom))
                )
    return writer
