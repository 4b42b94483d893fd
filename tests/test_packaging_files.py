"""The packaging files agree with each other and with CoopDesk (the bundle itself: packaging/tests)."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import coopdesk

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "org.coopdesk.CoopDesk"


def _iss() -> str:
    return (PACKAGING / "windows" / "coopdesk.iss").read_text(encoding="utf-8")


def test_the_windows_installer_script_is_complete() -> None:
    script = _iss()
    assert f'#define AppVersion "{coopdesk.__version__}"' in script
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile', script, flags=re.MULTILINE)
    assert languages == ["french", "english"]
    assert r'Name: "{group}\{#AppName}"; Filename: "{app}\coopdesk.exe"' in script  # Start menu
    windows = PACKAGING / "windows"
    for relative in re.findall(r"^(?:SetupIconFile|LicenseFile)=(.+)$", script, flags=re.MULTILINE):
        assert (windows / relative.replace("\\", "/")).is_file(), relative
    source = re.search(r'#define SourceDir "(.+)"', script)
    assert source is not None
    # The folder `make package` writes (build/dist) is the one the installer takes.
    assert (windows / source.group(1).replace("\\", "/")).resolve() == ROOT / "build" / "dist" / "coopdesk"
    # Every custom message exists in both languages.
    french = set(re.findall(r"^french\.(\w+)=", script, flags=re.MULTILINE))
    english = set(re.findall(r"^english\.(\w+)=", script, flags=re.MULTILINE))
    assert french == english
    assert set(re.findall(r"\{cm:(\w+)", script)) - {"AdditionalIcons", "UninstallProgram"} <= french


def test_the_spec_builds_the_programs_the_installer_names() -> None:
    spec = (PACKAGING / "coopdesk.spec").read_text(encoding="utf-8")
    assert 'name="coopdesk"' in spec
    assert 'name="coopdesk-cli"' in spec
    assert "coopdesk-cli.exe" in _iss()


def test_desktop_entry_and_metainfo_agree() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "coopdesk"
    assert desktop["Icon"] == APP_ID
    assert "GenericName[fr]" in desktop
    metainfo = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    releases = [release.get("version") for release in metainfo.iter("release")]
    assert coopdesk.__version__ in releases


def test_every_icon_size_is_rendered() -> None:
    theme = ROOT / "resources" / "icons" / "hicolor"
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = theme / f"{size}x{size}" / "apps" / "coopdesk.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    assert (theme / "scalable" / "apps" / "coopdesk.svg").is_file()
    assert (PACKAGING / "windows" / "coopdesk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
