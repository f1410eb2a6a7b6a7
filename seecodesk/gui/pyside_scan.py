"""PySide6's look at every module an import statement names: the same answer, without tokenizing its source.

Once loaded, PySide6 checks each module named in an import statement for the first time (any module,
the standard library's too) for the word "PySide6", to know which modules its `from __feature__ import`
switches may apply to (this program uses none). It asks `inspect.getsource`, which reads and tokenizes
the whole file: 0.1-0.6 ms a module, ~6 ms of the start-up before the first paint. Searching the
file's bytes gives the same answer in a few microseconds. PySide6 keeps the check in a private
module: when that is not there (another PySide6 version), nothing is changed.
"""

import sys
from collections.abc import Callable
from types import ModuleType


def quicken_feature_scan() -> bool:
    """Replace PySide6's source scan with a byte search of the module's file; True when in place."""
    feature = sys.modules.get("shibokensupport.feature")
    scan: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if scan is None:
        return False
    if getattr(scan, "quick", False):
        return True
    original = scan

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.quick = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
