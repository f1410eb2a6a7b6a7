"""The Qt window. The only package (with app.py) that imports PySide6."""

import PySide6  # noqa: F401 - loaded first: the scan below is PySide6's own

from seecodesk.gui.pyside_scan import quicken_feature_scan

quicken_feature_scan()
