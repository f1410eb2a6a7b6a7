"""SeeCoDesk: the desktop office of a local social economy network (사회적경제 네트워크 사무국)."""

import importlib
import sys

__version__ = "0.1.0"


def _import_sqlite_utils_without_pandas() -> None:
    """Import sqlite_utils while hiding pandas and numpy from it.

    sqlite_utils imports pandas and numpy eagerly (about 0.4 s) only to map their types in
    `insert`; we never insert pandas objects, and the window must open fast. pandas stays
    importable afterwards for the CSV/XLSX exchange, which imports it when it runs.
    """
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        # A None entry makes `import name` raise ImportError.
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        importlib.import_module("sqlite_utils")
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


_import_sqlite_utils_without_pandas()
