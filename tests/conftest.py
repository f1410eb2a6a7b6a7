"""Shared fixtures. Qt must run offscreen and user state must not leak between tests."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from seecodesk.demo import populate_demo  # noqa: E402
from seecodesk.storage.database import open_database, open_memory_database  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Each test gets its own SeeCoDesk home and QSettings location."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SEECODESK_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def db():
    """An empty, migrated in-memory database."""
    database = open_memory_database()
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo network written once per test session; copy it, never change it."""
    path = tmp_path_factory.mktemp("demo") / "demo.seecodesk"
    from seecodesk.demo import write_demo_database

    write_demo_database(path)
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path):
    """A private copy of the demo database file, with its data folder (product photos)."""
    import shutil

    target = tmp_path / "demo.seecodesk"
    shutil.copyfile(demo_template, target)
    files = demo_template.with_name(f"{demo_template.stem}_files")
    if files.is_dir():
        shutil.copytree(files, tmp_path / f"{target.stem}_files")
    return target


@pytest.fixture
def demo_db(demo_path):
    """The demo network, opened."""
    database = open_database(demo_path)
    yield database
    database.close()


@pytest.fixture
def workspace(demo_path):
    """The demo network opened as the window opens it (without the single-user lock)."""
    from seecodesk.services.workspace import open_workspace

    ws = open_workspace(demo_path, lock=False)
    yield ws
    ws.db.close()


__all__ = ["populate_demo"]


@pytest.fixture
def one_person_shop(tmp_path):
    """An organisation whose phone is its representative's mobile; she agreed to network use only."""
    from seecodesk.core.members import Consent, Organisation, Person
    from seecodesk.services.members import MemberService

    network_only = Consent("2024-01-02", "이름, 연락처, 이메일", "연락", "탈퇴 후 3년", third_party=False)
    path = tmp_path / "shop.seecodesk"
    db = open_database(path)
    members = MemberService(db)
    shop = members.save_organisation(Organisation("별빛공방", representative="홍다인", phone="010-5094-7338"))
    members.save_person(Person("홍다인", organisation_id=shop.id, mobile="010-5094-7338", consents=[network_only]))
    members.save_organisation(Organisation("가람협동조합", phone="041-730-1234"))
    yield db, path
    db.close()
