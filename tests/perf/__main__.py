"""`python -m tests.perf [--quick] [--json FILE] [NAME...]`: run the benchmarks, print a table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.perf import (
    bench_aides_import,
    bench_applications,
    bench_backup,
    bench_burden_report,
    bench_document_add,
    bench_funder_search,
    bench_pack,
    bench_startup,
    bench_text_search,
    bench_time,
)
from tests.perf.harness import Result, print_table, write_json

BENCHMARKS = {
    "startup": bench_startup.run,
    "funder_search": bench_funder_search.run,
    "aides_import": bench_aides_import.run,
    "applications": bench_applications.run,
    "backup": bench_backup.run,
    "document_add": bench_document_add.run,
    "text_search": bench_text_search.run,
    "pack": bench_pack.run,
    "time": bench_time.run,
    "burden_report": bench_burden_report.run,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf")
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller data: within a minute")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"among {', '.join(BENCHMARKS)} (all)")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    results: list[Result] = []
    for name in args.names or list(BENCHMARKS):
        results.extend(BENCHMARKS[name](quick=args.quick))
    print_table(results)
    if args.json:
        write_json(results, args.json)
    return 0 if all(result.ok for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
