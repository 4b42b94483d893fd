"""Adding a 20 MB PDF to the permanent file within 1 s: stat, streamed SHA-256, one INSERT of the blob
and the document, on SQLite and (when its binaries are installed) PostgreSQL.

Each run adds different bytes (the first kilobyte changes), so that every run really stores a blob: a
file already stored would only cost its hash. The baseline is the budget: a ratio of 1.0 just fits.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coopdesk.domain.documents import DocumentInput
from coopdesk.domain.enums import DocumentType
from coopdesk.services.document_service import DocumentService
from coopdesk.services.shared_settings_service import SharedSettingsService
from coopdesk.storage.database import Database
from tests.perf.harness import Result, print_table
from tests.postgres_server import PostgresServer, PostgresStartError, PostgresUnavailable

SIZE = 20 * 1024 * 1024
BUDGET_S = 1.0


def _pdf(folder: Path, number: int) -> Path:
    path = folder / f"rapport-activite-{number}.pdf"
    body = os.urandom(SIZE - 2048)  # incompressible, like a scanned PDF
    path.write_bytes(b"%PDF-1.7\n" + f"{number:08d}".encode() * 128 + body + b"\n%%EOF\n")
    return path


def _measure(database: Database, folder: Path, runs: int) -> list[float]:
    service = DocumentService(database, SharedSettingsService(database))
    timings = []
    for number in range(runs):
        path = _pdf(folder, number)
        start = time.perf_counter()
        service.add_file(path, DocumentInput(DocumentType.ACTIVITY_REPORT, f"Rapport {number}"))
        timings.append(time.perf_counter() - start)
        path.unlink()
    return timings


@contextmanager
def _postgres() -> Iterator[str | None]:
    try:
        server = PostgresServer.start()
    except (PostgresUnavailable, PostgresStartError):
        yield None
        return
    try:
        server.create_database("bench_documents")
        yield server.url("bench_documents")
    finally:
        server.stop()


def _result(name: str, timings: list[float]) -> Result:
    ordered = sorted(timings)
    return Result(
        name=name,
        measured_s=ordered[len(ordered) // 2],
        baseline_s=BUDGET_S,
        target_ratio=1.0,
        runs=len(timings),
        note=f"20 MB file; slowest {max(timings) * 1000:.0f} ms",
    )


def run(quick: bool) -> list[Result]:
    runs = 3 if quick else 9
    results = []
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(f"sqlite:///{Path(folder) / 'documents.sqlite3'}")
        try:
            results.append(_result("document add 20 MB: SQLite", _measure(database, Path(folder), runs)))
        finally:
            database.dispose()
        with _postgres() as url:
            if url is not None:
                database = Database.open(url)
                try:
                    timings = _measure(database, Path(folder), runs)
                    results.append(_result("document add 20 MB: PostgreSQL", timings))
                finally:
                    database.dispose()
    return results


if __name__ == "__main__":
    found = run(quick="--quick" in sys.argv)
    print_table(found)
