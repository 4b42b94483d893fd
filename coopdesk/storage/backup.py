"""Online backups of a SQLite database through SQLite's own backup API (safe while in use)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

ProgressCallback = Callable[[int, int], None]  # (pages copied, total pages)


def online_backup(source: Path, target: Path, progress: ProgressCallback | None = None) -> Path:
    """Copy `source` into a new file `target` (owner-only), page by page, while others may write."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + ".partiel")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=256, progress=report)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, target)
    return target


def timestamped_name(prefix: str, now: dt.datetime | None = None) -> str:
    moment = now or dt.datetime.now().astimezone()
    return f"{prefix}-{moment:%Y-%m-%d-%H%M%S}.sqlite3"
