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
