"""Is the SQLite file on a network share? SQLite's locking is unreliable there (two PCs writing can
corrupt it): the window and `coopdesk check` warn, and suggest a PostgreSQL server instead.

The parsing is pure (tests feed sample /proc/self/mountinfo text); `network_share_kind` probes the
running system: Linux mount table, Windows UNC paths and network drives. Elsewhere it says nothing.
"""

from __future__ import annotations

import ntpath
import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "afs", "ncpfs", "9p", "ceph", "glusterfs", "davfs"}
)
LOCAL_FUSE_TYPES = frozenset({"fuse.portal", "fuse.lxcfs", "fuse.appimagelauncherfs", "fuse.bindfs"})
DRIVE_REMOTE = 4


@dataclass(frozen=True)
class Mount:
    mount_point: str
    fs_type: str


def _unescape(field: str) -> str:
    """Mount points escape space, tab, newline and backslash as \\040, \\011, \\012, \\134."""
    out, index = [], 0
    while index < len(field):
        chunk = field[index : index + 4]
        if len(chunk) == 4 and chunk[0] == "\\" and chunk[1:].isdigit():
            out.append(chr(int(chunk[1:], 8)))
            index += 4
        else:
            out.append(field[index])
            index += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[Mount]:
    mounts: list[Mount] = []
    for line in text.splitlines():
        fields = line.split()
        if "-" not in fields:
            continue
        separator = fields.index("-")
        if separator < 5 or separator + 1 >= len(fields):
            continue
        mounts.append(Mount(_unescape(fields[4]), fields[separator + 1]))
    return mounts


def is_network_fs(fs_type: str) -> bool:
    kind = fs_type.lower()
    if kind in NETWORK_FS_TYPES:
        return True
    return kind.startswith("fuse.") and kind not in LOCAL_FUSE_TYPES


def fs_type_of(path: str, mountinfo: str) -> str | None:
    """The file system type of the mount holding the absolute POSIX `path` (the last mount wins when
    several share a mount point, as in the kernel)."""
    target = PurePosixPath(path)
    best: Mount | None = None
    for mount in parse_mountinfo(mountinfo):
        point = PurePosixPath(mount.mount_point)
        if (target == point or point in target.parents) and (
            best is None or len(point.parts) >= len(PurePosixPath(best.mount_point).parts)
        ):
            best = mount
    return best.fs_type if best else None


def linux_network_fs(path: str, mountinfo: str) -> str | None:
    """The network file system type holding `path`, or None when it is local."""
    kind = fs_type_of(path, mountinfo)
    return kind if kind is not None and is_network_fs(kind) else None


def windows_unc(path: str) -> bool:
    r"""\\server\share\… (also \\?\UNC\server\…); \\?\C:\… is a local path."""
    normalized = path.replace("/", "\\")
    if normalized.upper().startswith("\\\\?\\UNC\\"):
        return True
    if normalized.startswith("\\\\?\\") or normalized.startswith("\\\\.\\"):
        return False
    return normalized.startswith("\\\\")


def _windows_drive_is_remote(path: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = ntpath.splitdrive(path)[0]
    if not drive:
        return False
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)


def network_share_kind(path: Path) -> str | None:
    """What kind of network share holds `path` ("nfs4", "cifs", "UNC", "network drive"…); None when it is
    local or cannot be told."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        text = str(path)
        if windows_unc(text):
            return "UNC"
        try:
            resolved = os.path.realpath(text)
        except OSError:
            resolved = text
        if windows_unc(resolved):
            return "UNC"
        return "network drive" if _windows_drive_is_remote(resolved) else None
    if sys.platform.startswith("linux"):
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        return linux_network_fs(os.path.realpath(path), mountinfo)
    return None
