"""Unit tests of core/storage_place.py: which database folders are warned about (network shares,
cloud-synced folders, network and FUSE mounts) and which are a plain local disk."""

from pathlib import PurePosixPath, PureWindowsPath

import pytest

from seecodesk.core.storage_place import cloud_service_in, network_filesystem_of, risky_place_reason

MOUNTS = [("/", "ext4"), ("/mnt/nas", "cifs"), ("/mnt/nas/local", "ext4"), ("/media/usb", "vfat"),
          ("/home/a/box", "fuse.sshfs"), ("/run/user/1000/doc", "fuse.portal"), ("/srv/share", "nfs4"),
          ("/mnt", "tmpfs")]


@pytest.mark.parametrize(("path", "service"), [
    (PureWindowsPath(r"C:\Users\a\OneDrive\회의\db.seecodesk"), "OneDrive"),
    (PureWindowsPath(r"C:\Users\a\OneDrive - 가람협의회\db.seecodesk"), "OneDrive"),
    (PurePosixPath("/home/a/Dropbox-Personal/db.seecodesk"), "Dropbox"),
    (PureWindowsPath(r"G:\내 드라이브\db.seecodesk"), "Google Drive"),
    (PurePosixPath("/Users/a/Library/Mobile Documents/com~apple~CloudDocs/db.seecodesk"), "iCloud"),
    (PureWindowsPath(r"D:\MYBOX\db.seecodesk"), "네이버 MYBOX"),
    (PurePosixPath("/home/a/SynologyDrive/db.seecodesk"), "Synology Drive"),
    (PurePosixPath("/home/a/dropboxes/db.seecodesk"), None),
    (PurePosixPath("/home/a/my onedrive/db.seecodesk"), None),
    (PurePosixPath("/home/a/문서/db.seecodesk"), None),
])
def test_unit_cloud_folders_are_known_by_their_names(path, service):
    assert cloud_service_in(path) == service
    assert (risky_place_reason(path) is None) is (service is None)
    if service:
        assert service in risky_place_reason(path)


@pytest.mark.parametrize(("path", "fs_type"), [
    ("/mnt/nas/db.seecodesk", "cifs"), ("/mnt/nas", "cifs"), ("/mnt/nas/local/db.seecodesk", None),
    ("/mnt/nasty/db.seecodesk", None), ("/media/usb/db.seecodesk", None), ("/home/a/box/db.seecodesk", "fuse.sshfs"),
    ("/run/user/1000/doc/db.seecodesk", None), ("/srv/share/x/db.seecodesk", "nfs4"), ("/home/a/db.seecodesk", None),
])
def test_unit_the_deepest_mount_decides(path, fs_type):
    assert network_filesystem_of(PurePosixPath(path), MOUNTS) == fs_type
    reason = risky_place_reason(PurePosixPath(path), MOUNTS)
    assert (reason is None) is (fs_type is None)
    if fs_type:
        assert fs_type in reason


def test_unit_network_shares_by_their_spelling():
    assert risky_place_reason(PureWindowsPath(r"\\nas\공유\db.seecodesk")) is not None
    assert risky_place_reason(PurePosixPath("//nas/share/db.seecodesk")) is not None
    assert risky_place_reason(PurePosixPath("/home/a/db.seecodesk")) is None
    assert network_filesystem_of(PurePosixPath("/x"), []) is None


def test_unit_a_network_root_and_odd_mount_names_are_found():
    assert network_filesystem_of(PurePosixPath("/home/a/db.seecodesk"), [("/", "nfs")]) == "nfs"
    assert network_filesystem_of(PurePosixPath("/mnt/NASX/db.seecodesk"), [("/", "ext4"), ("/mnt/NASX", "cifs")]) == "cifs"
    assert network_filesystem_of(PurePosixPath("/home/a/db.seecodesk"), [("/mnt", "cifs")]) is None


def test_unit_of_two_mounts_on_one_folder_the_later_one_is_on_top():
    # /proc/mounts lists mounts in the order they were made: a share mounted over a local folder hides it.
    assert network_filesystem_of(PurePosixPath("/mnt/nas/db.seecodesk"), [("/mnt/nas", "ext4"), ("/mnt/nas", "cifs")]) == "cifs"
    assert network_filesystem_of(PurePosixPath("/mnt/nas/db.seecodesk"), [("/mnt/nas", "cifs"), ("/mnt/nas", "ext4")]) is None
