"""Importing a 2,000-aid Aides-territoires file must take at most 5 s: parse, preview and apply.

The file is `make_aids_payload(2000)` (about 5.7 MB of compact JSON with HTML descriptions, as the API
writes it). Each run starts from a fresh, empty SQLite database (created and migrated outside the
timing), then times `AidesImportService.preview` (reading the JSON included) followed by `apply` of
every aid: 2,000 new calls and the funders of their first financers. A second figure times importing
the very same file again into the filled database, which must report every call unchanged (and write
nothing). The baseline is the budget itself (5 s): a ratio of 1.0 means it just fits.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from coopdesk.formats.aides_territoires import AidFilter
from coopdesk.services.aides_import_service import AidesImportService
from coopdesk.storage.database import Database
from tests.formats.aides_factory import dump, make_aids_payload
from tests.perf.harness import Result, print_table

AIDS = 2_000
BUDGET_S = 5.0


def _import(service: AidesImportService, data: bytes) -> tuple[float, float, int, int]:
    """Seconds for preview and apply; the new and unchanged counts reported."""
    start = time.perf_counter()
    preview = service.preview([("aides.json", data)], AidFilter())
    middle = time.perf_counter()
    report = service.apply(preview)
    end = time.perf_counter()
    return middle - start, end - middle, report.new, report.unchanged


def run(quick: bool) -> list[Result]:
    runs = 1 if quick else 5
    data = dump(make_aids_payload(AIDS, seed=2026))
    first: list[tuple[float, float, int, int]] = []
    again: list[tuple[float, float, int, int]] = []
    for index in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            database = Database.open(f"sqlite:///{Path(folder) / f'import-{index}.sqlite3'}")
            try:
                service = AidesImportService(database)
                first.append(_import(service, data))
                again.append(_import(service, data))
            finally:
                database.dispose()
    if any(new != AIDS for _, _, new, _ in first):
        raise RuntimeError(f"the first import did not create {AIDS} calls: {first}")
    if any((new, unchanged) != (0, AIDS) for _, _, new, unchanged in again):
        raise RuntimeError(f"re-importing the same file changed something: {again}")

    def result(name: str, timings: list[tuple[float, float, int, int]], what: str) -> Result:
        totals = [preview + apply for preview, apply, _, _ in timings]
        preview_s = statistics.median(preview for preview, _, _, _ in timings)
        apply_s = statistics.median(apply for _, apply, _, _ in timings)
        return Result(
            name=name,
            measured_s=statistics.median(totals),
            baseline_s=BUDGET_S,
            target_ratio=1.0,
            runs=len(timings),
            note=(
                f"{what}; preview (parsing included) {preview_s * 1000:.0f} ms, "
                f"apply {apply_s * 1000:.0f} ms; "
                f"{len(data) / 1e6:.1f} MB of JSON"
            ),
        )

    return [
        result("aides import: 2,000 new aids", first, f"{AIDS} new calls on a fresh SQLite database"),
        result("aides import: same file again", again, f"{AIDS} reported unchanged, nothing written"),
    ]


if __name__ == "__main__":
    found = run(quick="--quick" in sys.argv)
    print_table(found)
    sys.exit(0 if all(result.ok for result in found) else 1)
