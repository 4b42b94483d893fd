"""Refresh the pictures of the user guide (resources/guide/images) from `coopdesk screenshots`.

    make guide-images

Builds a demo database in a temporary folder, renders every page of the window in French, and keeps
the pages the guide shows, reduced to the width the guide displays them at.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "resources" / "guide" / "guide_fr.html"
IMAGES = GUIDE.parent / "images"
WIDTH = 900


def main() -> int:
    wanted = {Path(src).name for src in re.findall(r'<img src="([^"]+)"', GUIDE.read_text(encoding="utf-8"))}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="coopdesk-guide-") as scratch:
        folder = Path(scratch)
        database = str(folder / "demo.sqlite3")
        base = [sys.executable, "-m", "coopdesk", "--db", database, "--data-dir", str(folder)]
        subprocess.run([*base, "demo"], check=True, env=env, stdout=subprocess.DEVNULL)
        subprocess.run([*base, "--lang", "fr", "screenshots", str(folder / "shots")], check=True, env=env)
        IMAGES.mkdir(parents=True, exist_ok=True)
        missing = []
        for name in sorted(wanted):
            shot = folder / "shots" / name
            if not shot.is_file():
                missing.append(name)
                continue
            image = Image.open(shot)
            if image.width > WIDTH:
                image = image.resize((WIDTH, round(image.height * WIDTH / image.width)), Image.LANCZOS)
            image.save(IMAGES / name, optimize=True)
    if missing:
        print(f"pages without a screenshot: {', '.join(missing)}", file=sys.stderr)
        return 1
    print(f"{len(wanted)} pictures in {IMAGES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
