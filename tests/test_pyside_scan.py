"""PySide6's check of each imported module for the word "PySide6", quickened: the same answers as its own."""

import importlib
import sys


def test_unit_the_quick_scan_answers_as_pysides_own_and_is_put_in_once():
    import seecodesk.gui  # noqa: F401 - puts the quick scan in
    from seecodesk.gui.pyside_scan import quicken_feature_scan

    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    assert quick.quick and quicken_feature_scan() and feature._mod_uses_pyside is quick  # once
    original = quick.original
    names = ("seecodesk.gui.main_window", "seecodesk.app", "seecodesk.core.dates", "seecodesk.storage.database",
             "json", "typing", "sys", "_sqlite3", "PySide6.QtCore")
    modules = [importlib.import_module(name) for name in names]
    assert [quick(m) for m in modules] == [original(m) for m in modules] == [
        True, True, False, False, False, False, False, False, False]
