"""The pack renderer and its page helpers, fed with plain rows: user text that could break a PDF,
a 300-page text, every kind of file, numbers stamped on rotated pages, bookmarks."""

from __future__ import annotations

import dataclasses
import datetime as dt
from io import BytesIO

import pytest
from pypdf import PdfReader

from coopdesk.domain.applications import PieceState
from coopdesk.domain.enums import ApplicationStatus, DocumentType
from coopdesk.domain.pack import (
    FileKind,
    PackApplication,
    PackContent,
    PackSection,
    PieceStatus,
    PlannedPiece,
    PublicAid,
    PublicAidLine,
    UnreadableReason,
)
from coopdesk.domain.rows import AssociationProfile
from coopdesk.reports.pack import render_pack
from coopdesk.reports.pdf_pages import MergedPdf, check_file, image_page, merge
from tests.pack_factory import (
    DOCX,
    change_protected_pdf,
    damaged_pdf,
    encrypted_pdf,
    jpeg_file,
    pdf_file,
    png_file,
    rotated_pdf,
)

TODAY = dt.date(2026, 11, 28)
TRICKY = "Café « l’Œuvre » & <b>co</b> </para> — 1 234,56 € 🍎👩‍🍳 fin"


def _content(**changes: object) -> PackContent:
    content = PackContent(
        application=PackApplication(
            id=1,
            title=TRICKY,
            status=ApplicationStatus.DRAFTING,
            funder_name="Région <Occitanie> & co",
            project_title="Épicerie 🍎",
            call_title="Appel & <i>",
            amount_requested_cents=12_345_67,
            owner_name="Zoé",
        ),
        association=AssociationProfile(
            name="Association œuvre & <partage>",
            siret="82314697200018",
            rna="W343009871",
            street="12 rue des Tanneurs",
            postal_code="34000",
            city="Montpellier",
            legal_representative="Camille 🙂 Roussel",
            legal_representative_role="Présidente",
            volunteers_count=3,
            purpose=TRICKY,
        ),
        sections=(PackSection("Présentation & <objectifs>", TRICKY + "\n\nSecond paragraphe."),),
        public_aid=PublicAid(
            dt.date(2024, 1, 1),
            dt.date(2026, 12, 31),
            (PublicAidLine(7, "Aide <2025>", "CAF & co", dt.date(2025, 5, 1), 4_000_00),),
        ),
        pieces=(),
        missing=(),
        made_on=TODAY,
    )
    return dataclasses.replace(content, **changes)  # type: ignore[arg-type]


def _piece(
    piece_id: int, status: PieceStatus, kind: FileKind | None, pages: int, **changes: object
) -> PlannedPiece:
    piece = PlannedPiece(
        piece_id=piece_id,
        document_type=DocumentType.OTHER,
        label=f"Pièce & <{piece_id}>",
        document_id=None if status is PieceStatus.MISSING else piece_id,
        document_title="",
        filename=f"piece{piece_id}",
        valid_until=None,
        state=PieceState.MISSING if status is PieceStatus.MISSING else PieceState.PROVIDED,
        status=status,
        kind=kind,
        pages=pages,
    )
    return dataclasses.replace(piece, **changes)  # type: ignore[arg-type]


def _strict_texts(data: bytes) -> list[str]:
    reader = PdfReader(BytesIO(data), strict=True)
    return [page.extract_text() for page in reader.pages]


def test_user_text_with_markup_accents_and_emoji_prints() -> None:
    data, pages = render_pack(_content(), {})
    texts = _strict_texts(data)
    assert len(texts) == pages
    everything = "\n".join(texts)
    assert "« l’Œuvre » & <b>co</b> </para>" in everything
    assert "€" in everything
    assert "□" in everything  # the emoji, replaced visibly
    assert "Région <Occitanie> & co" in everything


def test_the_fonts_are_embedded() -> None:
    data, _pages = render_pack(_content(), {})
    reader = PdfReader(BytesIO(data))
    fonts = set()
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:
                fonts.add((str(font["/BaseFont"]), "/FontFile2" in descriptor.get_object()))
    assert fonts
    assert all(embedded for _name, embedded in fonts)
    assert any("DejaVu" in name for name, _embedded in fonts)


def test_a_300_page_text_paginates() -> None:
    paragraph = "Lorem ipsum dolor sit amet, épicerie solidaire et accompagnement budgétaire. " * 12
    body = "\n\n".join([paragraph] * 1200) + " " + "x" * 20_000  # and a word longer than a line
    data, pages = render_pack(_content(sections=(PackSection("Très long", body),)), {})
    assert pages >= 300
    texts = _strict_texts(data)
    assert f"Page {pages} / {pages}" in texts[-1]


def test_no_association_project_funder_or_call() -> None:
    application = PackApplication(id=3, title="Sans rien", status=ApplicationStatus.IDEA)
    data, _pages = render_pack(_content(application=application, association=None, sections=()), {})
    everything = "\n".join(_strict_texts(data))
    assert "aucun financeur indiqué" in everything
    assert "Identité de l'association non renseignée." in everything
    assert "Informations manquantes" not in everything


def test_every_kind_of_piece_and_the_contents_pages() -> None:
    pieces = (
        _piece(1, PieceStatus.READABLE, FileKind.PDF, 3),
        _piece(2, PieceStatus.READABLE, FileKind.IMAGE, 1),
        _piece(3, PieceStatus.UNREADABLE, FileKind.PDF, 0, reason=UnreadableReason.ENCRYPTED),
        _piece(4, PieceStatus.OTHER, FileKind.OTHER, 0),
        _piece(5, PieceStatus.MISSING, None, 0),
        _piece(6, PieceStatus.READABLE, FileKind.PDF, 1),
        _piece(7, PieceStatus.READABLE, FileKind.IMAGE, 1, include=True),
    )
    files = {1: pdf_file(3, "TROIS"), 2: png_file(), 6: rotated_pdf(), 7: jpeg_file()}
    data, pages = render_pack(_content(pieces=pieces), files)
    texts = _strict_texts(data)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} / {pages}" in text
    generated = pages - 3 - 1 - 1 - 1
    assert "TROIS 1" in texts[generated]
    assert "Pièce 2 : Pièce & <2>" in texts[generated + 3]
    assert "PDF protégé par un mot de passe" in "\n".join(texts)
    assert "fournie séparément (piece4)" in "\n".join(texts)
    contents = " ".join(next(text for text in texts if "Sommaire" in text).split())
    assert f"Pièce & <1> {generated + 1}" in contents
    reader = PdfReader(BytesIO(data))
    outline = reader.outline
    attached = outline[
        outline.index(next(item for item in outline if getattr(item, "title", "") == "Pièces jointes")) + 1
    ]
    assert [reader.get_destination_page_number(item) for item in attached] == [
        generated,
        generated + 3,
        generated + 4,
        generated + 5,
    ]


def test_check_file_never_raises() -> None:
    assert check_file(pdf_file(2)).pages == 2
    assert check_file(damaged_pdf(), "x.pdf").reason is UnreadableReason.DAMAGED
    assert check_file(encrypted_pdf()).reason is UnreadableReason.ENCRYPTED
    assert check_file(change_protected_pdf()).pages == 2  # opens without a password: merged
    assert check_file(png_file()).kind is FileKind.IMAGE
    assert check_file(jpeg_file()).status is PieceStatus.READABLE
    assert check_file(b"\x89PNG\r\n\x1a\nbroken").status is PieceStatus.UNREADABLE
    assert check_file(b"not a pdf at all", "statuts.pdf", "application/pdf").status is PieceStatus.UNREADABLE
    assert check_file(DOCX, "rapport.docx").status is PieceStatus.OTHER
    assert check_file(b"", "vide.pdf").status is PieceStatus.UNREADABLE


def test_image_page_fits_a_wide_image_on_a_landscape_page() -> None:
    page = PdfReader(BytesIO(image_page(png_file(1200, 300), "Pièce 1 : RIB"))).pages[0]
    assert page.mediabox.width > page.mediabox.height
    page = PdfReader(BytesIO(image_page(jpeg_file(300, 1200), "Pièce 2"))).pages[0]
    assert page.mediabox.width < page.mediabox.height


def test_stamps_land_on_rotated_pages_upright() -> None:
    writer = merge([MergedPdf(rotated_pdf(), ("Pièce 1 — Page 1 / 1",))])
    buffer = BytesIO()
    writer.write(buffer)
    page = PdfReader(BytesIO(buffer.getvalue()), strict=True).pages[0]
    assert page.rotation % 360 == 0
    assert page.mediabox.width > page.mediabox.height  # the turned letter page, now landscape
    assert "Page 1 / 1" in page.extract_text()


def test_a_piece_that_breaks_the_merge_becomes_notice_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.reports import pdf_pages

    real = pdf_pages.PdfWriter.append
    calls = {"count": 0}

    def flaky(self: object, *args: object, **kwargs: object) -> None:
        calls["count"] += 1
        if calls["count"] == 2:  # the first piece
            real(self, *args, **kwargs)  # type: ignore[arg-type]
            raise ValueError("broken object stream")
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_pages.PdfWriter, "append", flaky)
    pieces = (
        _piece(1, PieceStatus.READABLE, FileKind.PDF, 2),
        _piece(2, PieceStatus.READABLE, FileKind.PDF, 1),
    )
    data, pages = render_pack(_content(pieces=pieces), {1: pdf_file(2, "UN"), 2: pdf_file(1, "DEUX")})
    texts = _strict_texts(data)
    assert len(texts) == pages
    assert "n'a pas pu être jointe" in texts[-3]
    assert "n'a pas pu être jointe" in texts[-2]
    assert "DEUX 1" in texts[-1]
    assert f"Page {pages - 1} / {pages}" in texts[-2]


def test_a_pdf_protected_only_against_changes_is_merged() -> None:
    writer = merge([MergedPdf(change_protected_pdf(), ("Pièce 1 — Page 1 / 2", "Pièce 1 — Page 2 / 2"))])
    buffer = BytesIO()
    writer.write(buffer)
    texts = _strict_texts(buffer.getvalue())
    assert "Attestation 2" in texts[1]
    assert "Page 2 / 2" in texts[1]
