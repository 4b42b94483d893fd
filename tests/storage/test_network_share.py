from pathlib import Path

import pytest

from coopdesk.storage.network_share import (
    fs_type_of,
    linux_network_fs,
    network_share_kind,
    parse_mountinfo,
    windows_unc,
)

MOUNTINFO = r"""22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw
25 22 0:21 / /proc rw,nosuid shared:12 - proc proc rw
40 22 0:35 / /home rw,relatime shared:20 - btrfs /dev/sda3 rw
61 40 0:50 / /home/marie/Bureau\040partagé rw,relatime shared:30 - cifs //nas/bureau rw,vers=3.1.1
62 22 0:51 / /mnt/nas rw,relatime shared:31 - nfs4 nas:/export rw
63 40 0:52 / /home/marie/serveur rw,nosuid shared:32 - fuse.sshfs marie@serveur: rw
64 22 0:53 / /run/user/1000/doc rw,nosuid shared:33 - fuse.portal portal rw
65 62 0:54 / /mnt/nas/local rw shared:34 - ext4 /dev/sdb1 rw
66 22 0:55 / /media/marie/CLE rw shared:35 - vfat /dev/sdc1 rw
"""


def test_parse_unescapes_mount_points() -> None:
    points = {mount.mount_point for mount in parse_mountinfo(MOUNTINFO)}
    assert "/home/marie/Bureau partagé" in points


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/marie/coopdesk.sqlite3", None),
        ("/home/marie/Bureau partagé/coopdesk.sqlite3", "cifs"),
        ("/mnt/nas/asso/coopdesk.sqlite3", "nfs4"),
        ("/mnt/nas/local/coopdesk.sqlite3", None),  # a local disk mounted inside the share
        ("/home/marie/serveur/coopdesk.sqlite3", "fuse.sshfs"),
        ("/run/user/1000/doc/x/coopdesk.sqlite3", None),  # flatpak document portal: local
        ("/media/marie/CLE/coopdesk.sqlite3", None),
        ("/mnt/nasty/coopdesk.sqlite3", None),  # a prefix of the name is not a parent folder
    ],
)
def test_linux_network_fs(path: str, expected: str | None) -> None:
    assert linux_network_fs(path, MOUNTINFO) == expected


def test_fs_type_of_root() -> None:
    assert fs_type_of("/etc/hosts", MOUNTINFO) == "ext4"
    assert fs_type_of("/x", "garbage line\n") is None


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"\\serveur\partage\coopdesk.sqlite3", True),
        ("//serveur/partage/coopdesk.sqlite3", True),
        (r"\\?\UNC\serveur\partage\coopdesk.sqlite3", True),
        (r"\\?\C:\Users\marie\coopdesk.sqlite3", False),
        (r"C:\Users\marie\coopdesk.sqlite3", False),
    ],
)
def test_windows_unc(path: str, expected: bool) -> None:
    assert windows_unc(path) is expected


def test_local_temporary_folder_is_not_a_share(tmp_path: Path) -> None:
    assert network_share_kind(tmp_path / "coopdesk.sqlite3") is None
