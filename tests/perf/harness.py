"""A tiny benchmark harness: timings, medians, ratios against a baseline, a table and a JSON file."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Result:
    name: str
    measured_s: float
    baseline_s: float
    target_ratio: float
    runs: int
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.measured_s / self.baseline_s if self.baseline_s else float("inf")

    @property
    def ok(self) -> bool:
        return self.ratio <= self.target_ratio


def median_time(work: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def run_python(code_or_module: list[str], env: dict[str, str] | None = None) -> None:
    """Run a fresh interpreter (the real cost of a start, imports included); fail loudly on error."""
    completed = subprocess.run(
        [sys.executable, *code_or_module], capture_output=True, text=True, env=env, check=False
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{code_or_module} failed:\n{completed.stderr}")


def print_table(results: list[Result]) -> None:
    header = f"{'benchmark':<38} {'measured':>10} {'baseline':>10} {'ratio':>7} {'target':>7}  ok"
    print(header)
    print("-" * len(header))
    for result in results:
        print(
            f"{result.name:<38} {result.measured_s * 1000:>8.1f}ms {result.baseline_s * 1000:>8.1f}ms "
            f"{result.ratio:>7.2f} {result.target_ratio:>7.2f}  {'yes' if result.ok else 'NO'}"
        )
        if result.note:
            print(f"    {result.note}")


def write_json(results: list[Result], path: Path) -> None:
    payload = [{**asdict(result), "ratio": result.ratio, "ok": result.ok} for result in results]
    path.write_text(json.dumps(payload, indent=2), encoding="utf-8")
