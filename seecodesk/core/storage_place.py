"""Is a database file on a network share or in a folder a cloud service syncs? (SQLite's locks do not hold there.)

A pure rule over a path and the mount table; the service reads /proc/mounts and remembers the warning.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

# Folder names the sync clients create, as they appear in a path (case-insensitive).
CLOUD_FOLDERS = {
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "내 드라이브": "Google Drive",
    "my drive": "Google Drive",
    "dropbox": "Dropbox",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "mobile documents": "iCloud",
    "com~apple~clouddocs": "iCloud",
    "mybox": "네이버 MYBOX",
    "naver mybox": "네이버 MYBOX",
    "synologydrive": "Synology Drive",
    "synology drive": "Synology Drive",
}
NETWORK_FILESYSTEMS = ("cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "9p", "sshfs", "davfs", "ncpfs", "glusterfs",
                       "ceph")


def cloud_service_in(path: PurePath) -> str | None:
    """The cloud service whose synced folder holds `path`, judged by folder names; None otherwise."""
    for part in path.parts:
        name = part.lower()
        for marker, service in CLOUD_FOLDERS.items():
            if name == marker or name.startswith(marker + " - ") or name.startswith(marker + "-"):
                return service
    return None


def network_filesystem_of(path: PurePath, mounts: Iterable[tuple[str, str]]) -> str | None:
    """The network (or FUSE) file system type of the mount holding `path`, from (mount point, type) pairs."""
    best, best_type = "", ""
    text = str(path)
    for mount_point, fs_type in mounts:
        inside = text == mount_point or text.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):  # the later of two mounts on one point is on top
            best, best_type = mount_point, fs_type
    if best_type.startswith(NETWORK_FILESYSTEMS) or best_type.startswith("fuse.") and best_type != "fuse.portal":
        return best_type
    return None


def risky_place_reason(path: PurePath, mounts: Iterable[tuple[str, str]] = ()) -> str | None:
    """A Korean sentence saying why `path` is a risky home for a database, or None when it is a local disk."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "이 데이터베이스는 네트워크 공유 폴더에 있습니다."
    service = cloud_service_in(path)
    if service:
        return f"이 데이터베이스는 {service}에서 동기화하는 폴더에 있습니다."
    fs_type = network_filesystem_of(path, mounts)
    if fs_type:
        return f"이 데이터베이스는 네트워크나 외부 저장소({fs_type})에 있습니다."
    return None


ADVICE = ("동기화 프로그램이나 다른 컴퓨터가 쓰는 중인 파일을 건드리면 데이터베이스가 손상될 수 있습니다. "
          "이 컴퓨터의 로컬 디스크로 옮겨 쓰고, 백업 폴더만 그런 곳에 두는 것을 권합니다.")
