"""The application pack: a pack of about 30 pages with 10 merged pieces and every budget part (the
association's budget of the year, the project's budget, its plan de financement) builds within 2 s.

A SQLite database holds the association, an application with six long sections (about 15 generated
pages with the cover, contents, identity, declaration and list of pieces) and ten pieces: seven PDFs
(one to three pages), two images (a PNG scan and a JPEG photo) and a PDF with a turned page. What is
measured is the whole `PackService.build`: reading, checking every file, two layout runs, the merge,
the page numbers stamped on every merged page. The baseline is the budget: a ratio of 1.0 just fits.
"""

from __future__ import annotations

import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from coopdesk.domain.enums import DocumentType
from coopdesk.services.pack_service import PackService
from coopdesk.storage.database import Database
from tests.pack_factory import TODAY, PieceSpec, jpeg_file, pdf_file, png_file, rotated_pdf, seed_application
from tests.perf.harness import Result, median_time, print_table

_PARAGRAPH = (
    "L'épicerie solidaire accueille les foyers orientés par les travailleurs sociaux : accueil, "
    "écoute, accompagnement budgétaire, ateliers cuisine et lutte contre le gaspillage alimentaire. "
) * 5


def _pieces() -> tuple[PieceSpec, ...]:
    kinds = list(DocumentType)
    specs = [
        PieceSpec(
            kinds[index % len(kinds)], f"Pièce {index + 1}", pdf_file(1 + index % 3, f"Pièce {index + 1}")
        )
        for index in range(7)
    ]
    specs.append(PieceSpec(DocumentType.RIB, "RIB scanné", png_file(1600, 1100), "rib.png", "image/png"))
    specs.append(PieceSpec(DocumentType.OTHER, "Photo", jpeg_file(2000, 3000), "photo.jpg", "image/jpeg"))
    specs.append(PieceSpec(DocumentType.INSURANCE_CERTIFICATE, "Assurance", rotated_pdf()))
    return tuple(specs)


def run(quick: bool) -> list[Result]:
    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(f"sqlite:///{Path(folder) / 'pack.sqlite3'}")
        try:
            sections = tuple((f"Rubrique {number}", "\n\n".join([_PARAGRAPH] * 9)) for number in range(1, 7))
            # every budget part of a project request: the association's budget of the year, the
            # project's, and its plan de financement
            application_id = seed_application(
                database,
                pieces=_pieces(),
                sections=sections,
                charges_cents=30_000_00,
                association_charges_cents=120_000_00,
                investment_cents=26_000_00,
            )
            service = PackService(database)
            plan = service.plan(application_id, TODAY)
            start = time.perf_counter()
            data = service.build(application_id, plan, today=TODAY)  # the first one loads the fonts
            first = time.perf_counter() - start
            pages = len(PdfReader(BytesIO(data)).pages)
            merged = sum(1 for piece in plan.pieces if piece.merged)
            measured = median_time(lambda: service.build(application_id, plan, today=TODAY), runs)
        finally:
            database.dispose()
    return [
        Result(
            name="pack: 30 pages, 10 merged pieces, association + project budgets + investment plan",
            measured_s=measured,
            baseline_s=2.0,
            target_ratio=1.0,
            runs=runs,
            note=f"{pages} pages, {merged} pieces merged, {len(data) // 1024} KiB; first build {first:.2f} s",
        )
    ]


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
